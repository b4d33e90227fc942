"""A town's name before an event noun: "the Kherson pullout", "Kherson Pullback" says where, not who.

A proper-noun compound before an event noun is its actor when it names a side ("US pullout", "Hamas
withdrawal"); when it names a place that is no side's name, it is the place the event happened in.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.normalize import places


def names_the_place_left(modifier: Token) -> bool:
    """Is ``modifier`` a proper-noun compound naming a place that stands for no side?"""
    return (
        modifier.dep_ == "compound" and modifier.pos_ == "PROPN"
        and bool(places.find(modifier.text, "places")) and places.side_of(modifier.text) is None
    )
