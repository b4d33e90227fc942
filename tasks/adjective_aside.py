"""A spaCy component: a subject with an adjective aside between commas that the parser read as the aside's subject.

"Many soldiers, unpaid for months and without air support, simply took off their uniforms and went home": the
parser makes "soldiers" the subject of "unpaid" and hangs "unpaid" on "took" as an adverbial clause, leaving the
main verb with no subject. An adjective (or a bare past participle, "exhausted by the shelling") set off by commas
after a noun describes that noun; when the verb after the aside has no subject of its own, the noun is its subject.
The component moves the two arcs; the words and tags stay.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "sitrep_adjective_aside"
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


@Language.component(NAME)
def adjective_aside(doc: Doc) -> Doc:
    repairs = {aside.i: found for aside in doc if (found := _misread(aside)) is not None}
    for i, (subject, verb) in repairs.items():
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subject.head, subject.dep_ = verb, "nsubjpass" if passive else "nsubj"
        doc[i].head, doc[i].dep_ = subject, "amod"  # the aside describes its noun
    return doc


def _misread(aside: Token) -> tuple[Token, Token] | None:
    """(subject, verb) when ``aside`` is an adjective or a bare past participle hung as an adverbial clause on a
    later verb with no subject, its own subject a noun before it, a comma on each side of the aside."""
    bare_participle = aside.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in aside.children)
    if aside.dep_ != "advcl" or not (aside.pos_ == "ADJ" or bare_participle):
        return None
    verb = aside.head
    subjects = [c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i and c.pos_ in ("NOUN", "PROPN")]
    if len(subjects) != 1 or verb.i <= aside.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = aside.doc
    before, after = doc[subjects[0].i + 1 : aside.i], doc[aside.right_edge.i + 1 : verb.i]
    if not any(t.text == "," for t in before) or not any(t.text == "," for t in after):
        return None
    return subjects[0], verb


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
