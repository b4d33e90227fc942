"""Events' places → canonical places with coordinates, on the GeoNames index.

``location`` stays as the text names it; these columns say which place that is.
A place is resolved in the light of its document: the countries the article
names (its sides and places) come first, and places near the other places it
names ("Sovetsk" near Kaliningrad, not the town in Kirov Oblast). A place that
cannot be resolved keeps its ``location`` with null coordinates: never dropped,
never guessed.

A place is never its own evidence: the countries and places that resolve a
name are those of the document's other mentions. The scan reads every name out
of context first ("Bethlehem" alone is Belém, Brazil, which GeoNames also calls
Bethlehem); counted as context, that reading would vote for itself against the
West Bank the rest of the article names.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cached_property

from tasks.extract.named_regions import regions_named
from tasks.normalize import places
from tasks.normalize.geo import NEAR_KM, Place, gazetteer, km
from tasks.normalize.geo_text import normalise
from tasks.normalize.history import authority_at

COLUMNS = ("place_name", "country_code", "admin1", "lat", "lon", "geo_precision", "geonames_id")
CONTEXT_PLACES = 5  # how many of the document's most named places disambiguate the others
EMPTY = dict.fromkeys(COLUMNS)
WORLD_CITY_POPULATION = 1_000_000  # a city this big is named from anywhere ("talks in Geneva" in a story about Kyiv)


class Geocoder:
    """Resolves the places of one document, with what the document says about where it is."""

    def __init__(self, place_mentions: list[tuple[str, str]], countries_named: list[str], text: str = "", named_as: list[str] | None = None):
        self._mentions = place_mentions  # (text as written, ISO code of the project gazetteer)
        self._text = text  # the document, for the regions it names
        self._named = countries_named
        self._named_as = named_as or [""] * len(countries_named)  # how each was written: a capital ("Tripoli's") is no evidence for itself
        self._cache: dict[tuple[str, str | None], Place | None] = {}
        self._anchors: dict[str, Place] = {}  # a place known to lie inside a region the document names: "Sovetsk", in the Kaliningrad region
        self._apposed: dict[str, Place] = {}  # a town as written with the region or country after its comma: "Paris, Texas"
        self._qualifiers: dict[str, str] = {}  # "Paris" → "Texas": the region or country that says which town it is
        self._aliases: dict[str, str] = {}  # a place as written → the place it stands for in this document

    def again(self) -> "Geocoder":
        """A geocoder for a second pass over the same document: what it reads off the document's
        mentions is kept, what this pass taught it (``place_in``, ``stands_for``) is not."""
        fresh = Geocoder(self._mentions, self._named, self._text, self._named_as)
        fresh.__dict__.update({k: v for k, v in self.__dict__.items() if k in ("countries", "near", "_apposed", "_qualifiers")})
        return fresh

    @cached_property
    def countries(self) -> list[str]:
        """ISO codes of the countries the document names, most named first; a place counts for the country
        the others place it in ("Bethlehem" in a story about Gaza is no vote for Brazil)."""
        counts = Counter(self._named) + Counter(self._country_in_context(text, code) for text, code in self._mentions)
        return [code for code, _ in counts.most_common() if len(code) == 3]

    def _country_in_context(self, text: str, code: str) -> str:
        """The country of a mention read in the light of the others, when they name it; else what the name
        means alone (a "Victoria" the others do not place is not Hong Kong's)."""
        place = self.place(text)
        inside = place is not None and place.country_code in self._countries_besides(normalise(text))
        return place.country_code if inside else code

    @cached_property
    def near(self) -> list[Place]:
        """The document's most named specific places, resolved: the neighbourhood of the others."""
        return self._near_besides("")

    @cached_property
    def _mention_keys(self) -> list[str]:
        """Each mention's name, normalised once (the context of every place compares them all)."""
        return [normalise(text) for text, _ in self._mentions]

    @cached_property
    def _named_keys(self) -> list[str]:
        return [normalise(text) for text in self._named_as]

    @cached_property
    def _besides(self) -> dict[str, list[str]]:
        return {}  # _countries_besides, remembered per key

    def _countries_besides(self, key: str) -> list[str]:
        """The countries the document names, but for what its mentions of the place ``key`` (normalised) say."""
        if key not in self._besides:
            named = (code for code, name in zip(self._named, self._named_keys) if not (key and _same_name(name, key)))
            mentioned = (code for (_, code), name in zip(self._mentions, self._mention_keys) if not _same_name(name, key))
            counts = Counter(named) + Counter(mentioned)
            self._besides[key] = [code for code, _ in counts.most_common() if len(code) == 3]
        return self._besides[key]

    def _lead_besides(self, key: str) -> str | None:
        """The country the document names more often than any other, but for its mentions of the place ``key``."""
        named = (code for code, name in zip(self._named, self._named_keys) if not (key and _same_name(name, key)))
        mentioned = (code for (_, code), name in zip(self._mentions, self._mention_keys) if not _same_name(name, key))
        top = [(code, n) for code, n in (Counter(named) + Counter(mentioned)).most_common(3) if len(code) == 3][:2]
        return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None

    def _near_besides(self, key: str) -> list[Place]:
        """The document's most named specific places but the place ``key`` (normalised), each resolved by the others."""
        counts = Counter(text for (text, _), name in zip(self._mentions, self._mention_keys) if not _same_name(name, key))
        out = []
        for text, _ in counts.most_common(CONTEXT_PLACES):
            place = gazetteer().resolve(text, countries=self._countries_besides(normalise(text)))
            if place is not None and place.precision in ("city", "point"):
                out.append(place)
        return out

    def place(self, location: str | None, side: str | None = None) -> Place | None:
        if not location:
            return None
        location = self._aliases.get(location, location)
        if location in self._apposed:
            return self._apposed[location]
        key = (location, side)
        if key not in self._cache:
            own = normalise(location)
            countries = ([side] if side and len(side) == 3 else []) + [c for c in self._countries_besides(own) if c != side]
            anchor = self._anchors.get(location)
            near = [anchor] if anchor is not None else self._near_besides(own)
            lead = self._lead_besides(own)  # not the side: "Russian troops captured Artemovsk" in the Donbas
            place = gazetteer().resolve(location, countries=countries, near=near, regions=regions_named(self._text, location), lead=lead)
            self._cache[key] = None if self._out_of_this_world(location, place, near) else place
        return self._cache[key]

    def _out_of_this_world(self, location: str, place: Place | None, near: list[Place]) -> bool:
        """A small town far from every other place the document names, in a country nothing else in it
        names: the gazetteer's only reading of a name it lacks ("Cornwall" in a story about Newquay is
        the county, not the town in Ontario). Unresolved rather than guessed."""
        if place is None or place.precision != "city" or place.population >= WORLD_CITY_POPULATION:
            return False
        others = set(self._named) | {code for text, code in self._mentions if text != location}
        anchors = [p for p in near if p.lat is not None and p.precision != "country" and p.name != place.name]
        return (
            bool(others) and bool(anchors) and place.country_code not in others
            and all(km((place.lat, place.lon), (a.lat, a.lon)) > NEAR_KM for a in anchors)
        )

    def place_in(self, location: str, region: Place) -> Place | None:
        """``location`` read as a place inside ``region`` (its towns are near its centre), remembered for the document."""
        place = gazetteer().resolve(location, countries=[region.country_code] if region.country_code else [], near=[region])
        if place is not None and place.admin1 == region.name:
            self._anchors[location] = region
            self._cache = {k: v for k, v in self._cache.items() if k[0] != location}
            return place
        return None

    def apposed(self, location: str, qualifier: str) -> None:
        """The document writes ``location`` with ``qualifier`` after a comma ("Paris, Texas", "Bethlehem,
        Pennsylvania", "Durham, England"): a region or country read alone, the town is the one inside it."""
        area = gazetteer().resolve(qualifier)
        if area is None or area.precision not in ("admin1", "country") or not area.country_code:
            return
        inside = (p for p in gazetteer().candidates(location) if p.country_code == area.country_code and (area.precision == "country" or p.admin1 == area.admin1))
        place = next(inside, None)  # "Moscow, Idaho": the town in Idaho, however big the other Moscow
        if place is not None:
            self._apposed[location] = place
            self._qualifiers[location] = qualifier
            self._cache = {k: v for k, v in self._cache.items() if k[0] != location}

    def is_apposed(self, location: str) -> bool:
        """Is ``location`` a town the document names with its region or country after a comma (``apposed``)?"""
        return location in self._apposed

    def only_qualifies(self, location: str, others: list[str | None]) -> bool:
        """Is ``location`` only the region or country that says which of ``others`` is meant ("Texas" of "Paris, Texas")?"""
        return any(self._qualifiers.get(other or "") == location for other in others)

    def stands_for(self, location: str, other: str) -> None:
        """In this document, ``location`` as written ("the Kaliningrad region", for "a town in" it) is ``other``."""
        self._aliases[location] = other
        self._cache = {k: v for k, v in self._cache.items() if k[0] != location}

    def columns(self, location: str | None, side: str | None = None) -> dict:
        place = self.place(location, side)
        if place is None:
            return dict(EMPTY)
        return {
            "place_name": place.name,
            "country_code": place.country_code,
            "admin1": place.admin1,
            "lat": place.lat,
            "lon": place.lon,
            "geo_precision": place.precision,
            "geonames_id": place.geonames_id,
        }

    def country_of(self, location: str | None) -> str | None:
        """The ISO alpha-3 code of the country a place lies in: resolved, else the project gazetteer's."""
        place = self.place(location)
        if place is not None and place.country_code:
            return place.country_code
        return places.country_of(location) if location else None

    def authority_of(self, location: str | None, day: date | None = None) -> str | None:
        """Whose authorities run a place on ``day``: its country's, unless another state's run it (Sevastopol since 2014)."""
        place = self.place(location)
        if place is not None and place.country_code:
            return authority_at(place.country_code, place.lat, place.lon, day)
        return self.country_of(location)


def _same_name(one: str, other: str) -> bool:
    """Two normalised mentions of one place: the same, or one the other with a word after it ("glastonbury town")."""
    return bool(one) and bool(other) and (one == other or one.startswith(other + " ") or other.startswith(one + " "))
