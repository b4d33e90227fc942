"""The authority of a venue the place data do not know: "Across the border, Bethlehem will mark Christmas without
celebrations. The municipality said it had cancelled the tree-lighting ceremony ... in Manger Square": a square, a
park or a ground that no gazetteer resolves lies in the town its paragraph names just before, whose authorities run
it (PSE for Bethlehem's), not in the country the article names most (Lebanon, in a story of its border)."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext


def venue_town_authority(where: list[str | None], context: "DocumentContext", start: int, day: date | None) -> str | None:
    """Whose authorities run the town named just before a cancellation whose places (``where``) all fail to resolve,
    when the document names that country; None when one resolves (its own authority decides) or none is named."""
    named = [p for p in where if p]
    if not named or any(context.geocoder.place(p) is not None or context.geocoder.country_of(p) for p in named):
        return None
    town = context.nearby_place(start, whole_document=False)
    authority = context.geocoder.authority_of(town, day) if town else None
    return authority if authority in context.geocoder.countries else None  # not Hong Kong's Victoria, in a story of Australia's Victoria
