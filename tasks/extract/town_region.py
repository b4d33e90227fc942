"""A region named beside a town of the same event only says where the town lies: "Khampat town of Sagaing Region",
"the Nagaoka fireworks festival in Niigata Prefecture", "the Shan New Year festival in Lashio". The town is the most
specific place (the ontology's ``location``), so the region gives no row of its own; places listed as a pair
("from Kherson and the Kherson region") stay two."""
from __future__ import annotations

from spacy.tokens import Span

from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon
from tasks.extract.tree import first_conjunct
from tasks.normalize.geo import Place, gazetteer


def holds_another(span: Span, found: list[Span]) -> bool:
    """Is ``span`` a region or a country that holds a town among the event's other places ``found``?"""
    region = _region(span)
    if region is None:
        return False
    return any(other.start != span.start and not _listed_together(span, other) and _lies_in(other, span, region) for other in found)


def _region(span: Span) -> Place | None:
    place = gazetteer().resolve(span.text)
    if place is not None and place.precision in ("admin1", "country"):
        return place
    return None


def _town_name(span: Span) -> str:
    """The name of a town written with its kind noun ("Dhamar town" -> "Dhamar")."""
    if len(span) > 1 and span[-1].text.islower() and span[-1].lemma_.lower() in lexicon("settlement_kind"):
        return span[:-1].text
    return span.text


def _lies_in(town: Span, span: Span, region: Place) -> bool:
    """Does GeoNames put a town of ``town``'s name in ``region``, or does the sentence ("Khampat town of Sagaing
    Region": the town's kind noun, then "of" and the region)?"""
    name = _town_name(town)
    if is_country(name):
        return False
    if _kind_of_region(town, span):
        return True
    towns = [p for p in gazetteer().candidates(name) if p.precision == "city"]
    if region.precision == "country":
        return bool(towns) and all(p.country_code == region.country_code for p in towns)
    return any(p.country_code == region.country_code and p.admin1 == region.admin1 for p in towns)


def _kind_of_region(town: Span, span: Span) -> bool:
    kind = town[-1] if town[-1].pos_ == "NOUN" else town.root.head
    if kind.pos_ != "NOUN" or kind.lemma_.lower() not in lexicon("place_kind_after_name"):
        return False
    return any(g.i in range(span.start, span.end) for c in kind.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _listed_together(a: Span, b: Span) -> bool:
    """ "from Kherson and the Kherson region": two places the text lists, not one inside the other."""
    return first_conjunct(a.root).i == first_conjunct(b.root).i
