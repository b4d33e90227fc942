"""A past negation bounded by "until": "did not surrender until 1974", "Soviet soldiers did not leave Afghanistan
until February 1989" tell when the event happened, not that it did not. Only in the past ("did", "had"): "will not
withdraw until the elections are held" stays a condition on the future."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def happened_at_last(verb: Token) -> bool:
    """Is the negated ``verb`` past and bounded by an "until" phrase or clause of its own?"""
    if not any(c.dep_ == "aux" and c.lower_ in lexicon("past_auxiliary") for c in verb.children):
        return False
    until = lexicon("prep_until")
    if any(c.dep_ == "prep" and c.lower_ in until for c in verb.children):
        return True  # "did not surrender until 1974"
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in until for m in c.children) for c in verb.children)
