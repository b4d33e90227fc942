"""A region or a country as the event's place, and a town inside it that the event's own participants name.

"In the Kursk region, the town of Sudzha has called off its parade", "In Myanmar, a whole garrison in Hpakant
laid down its weapons", "In Borno State, soldiers in Monguno refused orders": the scene names the region or the
country, the actor (or what was cancelled) names the town in it. The ontology's ``location`` is the most specific
place the event happened, so the town is the place, a row for each town so named ("two border towns, Shebekino
and Valuyki"). GeoNames (``tasks.normalize.geo``) says whether the town lies in the region or country; a place
the event refuses (an origin, a speaker's town, a destination) is never taken.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import arguments, place_spans, tree
from tasks.extract.name_scan import is_country
from tasks.extract.town_region import _town_name
from tasks.normalize.geo import Place, gazetteer


def finer_towns(found: list[str], trigger: Token, spans: list[Span], refused: set[int]) -> list[str]:
    """The towns that the participant ``spans`` (and the trigger's subject) name inside the regions or
    countries ``found``; ``found`` itself when one of its places is no region or country, or no such town."""
    regions = [_region(name) for name in found if name]
    if not regions or any(region is None for region in regions):
        return found
    subjects = [tree.phrase(c) for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    kept = [trigger.doc[t.i : t.i + 1] for span in [*spans, *subjects] for t in arguments._kept_at(span.root)]  # "troops stationed in Myawaddy"
    towns: list[Span] = []
    for span in [*spans, *subjects, *kept]:
        for token in span:
            if token.i in refused:
                continue
            town = place_spans.place_span(token)
            if town is None or any(t.i in refused for t in town) or any(t.start == town.start for t in towns) or is_country(town.text) or town.text in found:
                continue
            if any(lies_in(_town_name(town), region) for region in regions):
                towns.append(town)
    return [town.text for town in towns] or found


def lies_in(name: str, region: Place) -> bool:
    """Is there a town of that name in ``region`` (a country: anywhere in it)? The event's scene names the
    region, so a name that is also a town elsewhere ("Bunol": Spain's and the Philippines') is the one inside."""
    return any(p.precision == "city" and p.country_code == region.country_code and (region.precision == "country" or p.admin1 == region.admin1)
               for p in gazetteer().candidates(name))


def _region(name: str) -> Place | None:
    place = gazetteer().resolve(name)
    return place if place is not None and place.precision in ("admin1", "country") else None
