"""Places and sides: a small gazetteer and a table of demonyms and armed groups.

Both are data files beside this module. Names of up to three letters match
only in upper case ("US", "UK", "SDF"), so that "us" the pronoun is not a side.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Name:
    text: str
    code: str
    kind: str  # sides: "state" or "group"; places: "city", "feature" or "region"


def _load(filename: str) -> list[dict]:
    raw = resources.files("tasks.normalize").joinpath("data", filename).read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row.get("names"), list) or not row.get("code", row.get("country")):
            raise ValueError(f"{filename}:{n}: needs 'names' and a code")
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def side_names() -> list[Name]:
    return [Name(n, row["code"], row["kind"]) for row in _load("sides.jsonl") for n in row["names"]]


@lru_cache(maxsize=1)
def place_names() -> list[Name]:
    return [Name(n, row["country"], row.get("kind", "city")) for row in _load("places.jsonl") for n in row["names"]]


@lru_cache(maxsize=1)
def continents() -> frozenset[str]:
    """Names of continents and world regions: never more specific than a country."""
    raw = resources.files("tasks.normalize").joinpath("data", "continents.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


SPECIFICITY = {"city": 0, "feature": 1, "region": 2}


def _regex(names: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = sorted(set(names), key=len, reverse=True)
    # "Russian-installed authorities", "Russian-controlled Kherson": the side of the name
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in longest_first) + r")(?=-(?:installed|appointed|controlled|led|run|occupied)\b|(?![\w-]))", re.I)


@lru_cache(maxsize=2)
def _matcher(which: str) -> tuple[re.Pattern[str], dict[str, Name]]:
    names = side_names() if which == "sides" else place_names()
    table = {}
    for name in names:
        table.setdefault(name.text.lower(), name)
    return _regex(tuple(table)), table


@lru_cache(maxsize=8192)
def find(text: str, which: str) -> tuple[tuple[int, int, Name], ...]:
    """Every side or place named in a sentence or phrase: ``(start, end, Name)`` (cached: sentences are asked many times)."""
    return scan(text, which)


def scan(text: str, which: str) -> tuple[tuple[int, int, Name], ...]:
    """Every side or place named in ``text`` (a whole document: not cached)."""
    regex, table = _matcher(which)
    out = []
    for m in regex.finditer(text):
        word = m.group(1)
        if len(word) <= 3 and word != word.upper():
            continue
        name = table[word.lower()]
        if which == "sides" and word.lower().endswith("'s"):
            continue
        out.append((m.start(1), m.end(1), name))
    return tuple(out)


def side_of(text: str) -> str | None:
    """The side a phrase names: an armed group before a state, then the first named."""
    found = find(text, "sides")
    groups = [n for _, _, n in found if n.kind == "group"]
    if groups:
        return groups[0].code
    return found[0][2].code if found else None


def country_of(place: str) -> str | None:
    """The ISO code of the country a gazetteer place lies in."""
    found = find(place, "places")
    return found[0][2].code if found else None
