"""What "it" stands for when its own sentence named an event before it: "Organisers of a rock concert in Dibrugarh,
which a private events company had planned, called it off": "it" is the concert of its own sentence, not a
celebration of the sentence before (tasks/extract/celebration_names.py reads "it" just after a mention); the
noun then decides whether a celebration was called off. Round cc23.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon


def event_noun_before(pronoun: Token) -> Token | None:
    """The last event noun (lexicons/celebration.txt, celebration_generic.txt) heading a phrase before ``pronoun`` in its
    sentence; not a noun that modifies another ("a private events company": a firm)."""
    nouns = lexicon("celebration") | lexicon("celebration_generic")
    found = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "NOUN" and t.dep_ != "compound" and in_lexicon(t, nouns)]
    return found[-1] if found else None
