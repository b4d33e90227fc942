"""How a desertion was done is no other event: "the battalions deserted en masse, slipping away into the hills
at night" (b25 of the second article set): the participle that tells the manner of the desertion is the same
act of leaving, not a retreat of its own (the ontology: a unit retreating on orders is a RETREAT; deserting is not)."""
from __future__ import annotations

from spacy.tokens import Token


def manner_participles(trigger: Token, offset: int) -> set[int]:
    """Start offsets of the present participles hung on a desertion's trigger as adverbial clauses."""
    return {offset + child.idx for child in trigger.children if child.dep_ == "advcl" and child.tag_ == "VBG"}
