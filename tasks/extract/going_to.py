"""The "be going to" future: "The city is not going to hold a parade", "There is not going to be a parade".

The parser hangs the negation on "going", not on the infinitive it governs, and the infinitive looks like an aim
("to hold"). For a rule whose negation is the event ("will not be held"), a negated "going to" is the same decision
as a negated "will": the celebration is off.
"""
from __future__ import annotations

from spacy.tokens import Token


def going_future(verb: Token) -> Token | None:
    """The "going" of a "be going to" future whose infinitive ``verb`` is ("is not going to hold"), or None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lower_ != "going":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in head.children):
        return None  # "kept going to hold talks": no future
    return head


def negated_going_future(verb: Token) -> Token | None:
    """The "going" of a negated "be going to" future over ``verb`` ("is not going to take place"), or None."""
    going = going_future(verb)
    return going if going is not None and any(c.dep_ == "neg" for c in going.children) else None
