"""A spaCy component: the speaker of an inverted quote whose participle the parser read as a second clause said.

'"We deserted our unit," said a Russian soldier interviewed in Yerevan': the parser makes "interviewed" a clausal
complement of "said" with "soldier" its subject, and leaves "said" with no subject, so the speaker is lost. A verb
cannot report two clauses at once: when a verb has a clause it reports before it (the quote) and, after it, a bare
past participle (no auxiliary) whose subject stands between the two, that subject is the verb's own and the
participle a reduced relative on it ("a soldier interviewed in Yerevan", "an officer stationed near Kharkiv"). The
component moves those arcs; words and tags stay.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "sitrep_said_participle"


@Language.component(NAME)
def said_participle(doc: Doc) -> Doc:
    for verb in doc:
        found = _misread(verb)
        if found is not None:
            speaker, participle = found
            speaker.head, speaker.dep_ = verb, "nsubj"
            participle.head, participle.dep_ = speaker, "acl"
    return doc


def _misread(verb: Token) -> tuple[Token, Token] | None:
    """(speaker, participle) when ``verb`` reports a clause before it and a subject's bare participle after it."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not any(c.i < verb.i for c in clauses):
        return None
    for participle in (c for c in clauses if c.i > verb.i and c.tag_ == "VBN"):
        kids = list(participle.children)
        if any(k.dep_ in ("aux", "auxpass", "dobj") for k in kids):
            return None
        subjects = [k for k in kids if k.dep_ == "nsubj" and verb.i < k.i < participle.i]
        if subjects:
            return subjects[0], participle
    return None


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
