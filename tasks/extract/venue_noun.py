"""An event noun that is where people are, not what a force did: "Western diplomats meeting at a retreat outside
Helsinki were told as much" (the ontology's RETREAT Not: "a retreat as a place or meeting"). Only a noun of
lexicons/venue_event_noun.txt as the object of "at": "forces in retreat", "the retreat from Kherson" and "present at
the surrender" (no venue noun) stay events."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def at_a_venue(trigger: Token) -> bool:
    """Is ``trigger`` a venue noun after "at" ("at a retreat outside Helsinki")?"""
    return (
        trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "at"
        and trigger.lemma_.lower() in lexicon("venue_event_noun")
    )
