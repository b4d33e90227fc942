"""A spaCy component: a verb's object the parser made the subject of an "as" clause after it.

"Sudan cancels Independence Day celebrations as war continues": the parser hangs "celebrations" on
"continues" as its subject and the clause's own subject "war" on "as" as the object of a preposition, so
the cancel verb is left without an object. A subordinator ("as", tagged a marker) takes no object; when a
marker holds one, the noun before it that the clause took is the verb's object and the marker's object is
the clause's subject. The component moves those arcs; the words and tags stay.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "sitrep_as_object"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@Language.component(NAME)
def as_object(doc: Doc) -> Doc:
    for clause in list(doc):
        found = _misread(clause)
        if found is not None:
            taken, marker, own_subject = found
            taken.head, taken.dep_ = clause.head, "dobj"
            marker.head, marker.dep_ = clause, "mark"
            own_subject.head, own_subject.dep_ = clause, "nsubj"
            clause.dep_ = "advcl"
    return doc


def _misread(clause: Token) -> tuple[Token, Token, Token] | None:
    """(the verb's object, "as", the clause's own subject) when ``clause`` is a clausal complement of a verb with
    a subject and no object, and the clause's first subject stands between that verb and an "as" whose words
    before the clause are one noun phrase (hung on "as", or a second subject of the clause)."""
    verb, doc = clause.head, clause.doc
    if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or verb.pos_ != "VERB" or verb.i > clause.i:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    subjects = sorted((c for c in clause.children if c.dep_ in SUBJECT_DEPS and verb.i < c.i < clause.i), key=lambda t: t.i)
    if not subjects or subjects[0].i + 1 >= clause.i:
        return None
    taken, marker = subjects[0], doc[subjects[0].i + 1]
    if marker.lower_ != "as" or not (marker.head.i == clause.i and marker.dep_ == "mark" or marker.head.i == taken.i and marker.dep_ == "prep"):
        return None
    inside = range(marker.i + 1, clause.i)
    roots = [doc[i] for i in inside if doc[i].head.i not in inside]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return taken, marker, roots[0]


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
