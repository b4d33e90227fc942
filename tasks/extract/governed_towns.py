"""The town whose own government cancels a celebration, over a place of the sentence that lies outside it.

"The city government of Culiacan, Sinaloa, has cancelled the Independence Day celebrations, including the Grito de
Dolores", "In Lanao del Sur, the municipal government of Butig cancelled its town fiesta", "The Tel Aviv-Yafo
municipality called off the fireworks, saying the city cannot celebrate while hostages remain in Gaza": a town's
council, mayor or municipality (lexicons/municipal_office.txt) cancels what was to be held in that town. A region or
country the sentence names (the scene) is wider than the governed town, which is the place. A venue of the town (a
square, a street, a park) and any town the sentence names stay: a council may ban a march planned in another town
("Belgrade's city council banned the Pride march planned in Novi Sad"), so a town of another region (a place in the
celebration's name, "the Grito de Dolores", or in a quoted reason, "while hostages remain in Gaza") is left alone.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import place_spans, tree
from tasks.extract.celebration_towns import town_at
from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon
from tasks.normalize.geo import gazetteer


def governed_town(actor: Token | None) -> Span | None:
    """The town the actor governs: "the city government of Culiacan", "the mayor of Valparaiso", "the Haifa
    municipality", "Kaunas City Council"; None when the actor is no town's own government."""
    if actor is None:
        return None
    words = lexicon("municipal_office")
    phrase = tree.phrase(actor)
    if not any(t.lower_ in words for t in phrase if t.i <= actor.i):
        return None  # "the Iraqi government", "the decision of Khorasan Razavi Governorate": no town's own office
    named = [t for t in actor.children if t.dep_ in ("compound", "poss") and t.i < actor.i]
    named += [g for g in tree.prep_objects(actor, {"of"})]
    for token in named:
        span = place_spans.place_span(token) or town_at(token)  # "Kraków's city council", the name tagged a person
        place = gazetteer().resolve(span.text) if span is not None and not is_country(span.text) else None
        if place is not None and place.precision == "city":
            return span
    return None


def over_outer_places(found: list[str | None], actor: Token | None, reporter: Span | None) -> list[str | None]:
    """``found``, or the town the actor governs when every place found is a region or country; a pronoun actor is the reporting subject's ("The Haifa municipality
    said it had scrapped the fireworks")."""
    if actor is not None and actor.pos_ == "PRON" and reporter is not None:
        actor = reporter.root
    town = governed_town(actor)
    if town is None or not found:
        return found
    if all(name and name.lower() != town.text.lower() and (_region_by_kind(name) or _outside(name)) for name in found):
        return [town.text]
    return found


def _region_by_kind(name: str) -> bool:
    """Is ``name`` written as a region ("Sulu province", "Niigata Prefecture": lexicons/region_kind.txt)? GeoNames
    files some provinces under their capital towns' names."""
    words = name.lower().split()
    return len(words) > 1 and words[-1] in lexicon("region_kind")


def _venue_by_kind(name: str) -> bool:
    """Is ``name`` written as a site of a town ("Red Square", "Island Park", "the Old City": lexicons/site.txt,
    venue_site.txt, town_kind.txt), whatever town elsewhere GeoNames files under the same words?"""
    words = name.lower().split()
    return len(words) > 1 and words[-1] in lexicon("site") | lexicon("venue_site") | lexicon("town_kind")


def _outside(name: str) -> bool:
    """Is ``name`` a region or a country? A name GeoNames does not know (a street) or writes as a site ("Red
    Square") is a venue of the town, and a town elsewhere may be where the council banned it ("Belgrade's city
    council banned the march planned in Novi Sad"): neither is outside."""
    place = gazetteer().resolve(name)
    if place is None or _venue_by_kind(name):
        return False
    return place.precision in ("admin1", "country")
