"""A venue named as one part of a cancellation that covers the canceller's whole town is no place of its own: "no
public Christmas celebrations would be held on Rynok Square or anywhere else in the city", "cancelled this year's
Christmas celebrations, including the lighting of the tree in Manger Square". The town is the place; a venue
whose own event alone is cancelled ("scraps Waalkade fireworks show") stays the place."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def parts_of_the_whole(trigger: Token, nouns: list[Token]) -> set[int]:
    """The tokens of the venues that the celebration ``nouns`` list as examples ("including ...") or that the
    trigger extends to the whole town ("on the square or anywhere else in the city")."""
    found = {t.i for noun in nouns for p in noun.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_venue_example") for t in p.subtree}
    adverbs = [t.head if t.dep_ == "advmod" and t.head.pos_ == "ADV" else t for t in trigger.subtree if t.lower_ in lexicon("whole_place_adverb")]  # "anywhere else"
    wider = [t for t in adverbs if t.dep_ in ("conj", "advmod") and t.head.i in _venue_line(trigger)]
    if wider:
        around = {t.i for w in wider for t in w.subtree}
        found |= {t.i for p in trigger.children if p.dep_ == "prep" for t in p.subtree} - around
    return found


def _venue_line(trigger: Token) -> set[int]:
    """The trigger and its prepositions: where "or anywhere else" joins ("held on the square or elsewhere in the city",
    "held on the square, or anywhere else")."""
    return {trigger.i} | {p.i for p in trigger.children if p.dep_ == "prep"}
