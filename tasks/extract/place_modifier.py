"""A town's name before an event noun: "the Kherson pullout", "Kherson Pullback" says where, not who.

A proper-noun compound before an event noun is its actor when it names a side ("US pullout", "Hamas
withdrawal"); when it names a place that is no side's name, it is the place the event happened in. A
state's capital is a place there too ("the Kabul withdrawal", "the Kabul airlift"): the capital stands for
its government as a subject ("Kabul refused"), not as the town a withdrawal left.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from tasks.normalize import places, tables


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """The capitals of the sides table's states that are not also a state's own name or demonym."""
    rows = tables.load("states.jsonl")
    own = {n for row in rows for field in ("names", "demonyms") for n in row.get(field, ())}
    return frozenset(c for row in rows for c in row.get("capitals", ()) if c not in own)


def names_the_place_left(modifier: Token) -> bool:
    """Is ``modifier`` a proper-noun compound naming a place that stands for no side, or a state's capital?"""
    if modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and places.find(modifier.text, "places"):
        return places.side_of(modifier.text) is None or modifier.text.lower() in _capitals()
    return (  # "the Kyiv pullback": the capital tagged as an adjective
        modifier.dep_ in ("compound", "amod") and modifier.text[:1].isupper() and modifier.text.lower() in _capitals()
    )


def places_before(trigger: Token) -> list[Token]:
    """The places named as compounds before an event noun ("the Kherson retreat": Kherson)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for c in trigger.children if c.i < trigger.i and names_the_place_left(c)]
