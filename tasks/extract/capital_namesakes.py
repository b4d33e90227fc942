"""A capital's name that the document means as another town of that name.

"Tripoli's municipality cancelled the Eid celebrations after clashes in northern Lebanon": the
sides table reads "Tripoli" as Libya's capital, but the geocoder, reading the document, places
the town in Lebanon; the body that cancels is the Lebanese town's.
"""
from __future__ import annotations

from datetime import date

from tasks.extract.context import DocumentContext
from tasks.normalize import places


def namesake_authority(actor_words: str, context: DocumentContext, day: date | None) -> str | None:
    """Whose authorities run the town a capital's name in the actor stands for, when the document places that
    town in another country than the capital's; None when it is the capital (or names no capital)."""
    capitals = {(a, b) for a, b, name in places.find(actor_words, "places") if name.kind == "city"}
    for a, b, name in places.find(actor_words, "sides"):
        if name.kind != "state" or (a, b) not in capitals:
            continue  # a group, the state's own name ("Libya's municipalities") or a nation ("Durham, England")
        place = context.geocoder.place(actor_words[a:b])
        if place is not None and place.country_code and place.country_code != name.code:
            return context.geocoder.authority_of(actor_words[a:b], day)
        return None
    return None
