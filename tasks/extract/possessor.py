"""Whose event a possessive pronoun says: "German troops have completed their departure from Mali".

An event noun with "their" or "its" before it, as the object of a verb, belongs to that verb's subject:
the troops who completed their departure are the ones who departed.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def possessor_subject(noun: Token) -> list[Token]:
    """The subject of the verb whose object ``noun`` is, when a possessive pronoun stands for it."""
    if noun.dep_ != "dobj" or not any(c.dep_ == "poss" and c.lower_ in lexicon("pronoun_possessive") for c in noun.children):
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj"]
