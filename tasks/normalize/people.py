"""Leaders whose names stand for a side while they hold office ("Putin said", "Haftar's forces").

``data/people.jsonl`` holds one line per tenure: the side's code, the person's names,
``from`` and ``to`` (ISO dates; a year or a month where the day is not known; ``to``
null while in office) and the role. A person may have several tenures, on several
sides ("al-Sharaa": HTS, then SYR).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from tasks.normalize import tables


@dataclass(frozen=True)
class Tenure:
    code: str
    names: tuple[str, ...]
    start: date
    end: date | None
    role: str
    capitalised: frozenset[str] = frozenset()


def parse_day(text: str, last: bool = False) -> date:
    """``2023``, ``2023-08`` or ``2023-08-23``: a partial date is its first day, or its last with ``last``."""
    parts = [int(p) for p in text.split("-")]
    if not 1 <= len(parts) <= 3:
        raise ValueError(f"not a date: {text!r}")
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
    day = parts[2] if len(parts) > 2 else (calendar.monthrange(year, month)[1] if last else 1)
    return date(year, month, day)


@lru_cache(maxsize=1)
def tenures() -> tuple[Tenure, ...]:
    out = []
    for n, row in enumerate(tables.load("people.jsonl"), 1):
        start = parse_day(row["from"])
        end = parse_day(row["to"], last=True) if row.get("to") else None
        if end is not None and end < start:
            raise ValueError(f"people.jsonl:{n}: 'to' is before 'from'")
        out.append(Tenure(row["code"], tuple(row["names"]), start, end, row["role"], frozenset(row.get("capitalised", ()))))
    return tuple(out)


@lru_cache(maxsize=1)
def latest() -> dict[str, Tenure]:
    """Each person's name and their latest tenure: the side a name stands for when no date is known."""
    out: dict[str, Tenure] = {}
    for t in sorted(tenures(), key=lambda t: t.start):
        for name in t.names:
            out[name] = t
    return out


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip().lower()


def side_of_person(name: str, on: date | None = None) -> str | None:
    """The side ``name`` stands for on the day ``on`` (the person held office then), or,
    without a date, the side of their latest tenure. ``name`` may carry a title
    ("President Vladimir Putin"): the longest person's name in it counts."""
    key = _key(name)
    names = latest()
    if key not in names:
        found = [n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", key)]
        if not found:
            return None
        key = max(found, key=len)
    held = [t for t in tenures() if key in t.names]
    if on is not None:
        held = [t for t in held if t.start <= on and (t.end is None or on <= t.end)]
    return max(held, key=lambda t: t.start).code if held else None
