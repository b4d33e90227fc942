"""Who a side was on a date: states that were another state, and areas another state's authorities run.

"Moscow pulled out of Afghanistan in 1989" is the Soviet Union. ``data/predecessor_states.jsonl`` holds one line per succession: the state's
``code``, the code it ``was`` (ISO 3166-3 for a former state) ``from`` one date
``until`` another, and the ``source``. An event dated in that time takes the
former code; an undated one keeps the code it has.

"Sevastopol cancelled its Victory Day parade" is a cancellation by Russian-installed
authorities: ``data/de_facto_authorities.jsonl`` lists areas whose authorities
are another state's than the country the gazetteer files them under, as a box of
coordinates with the dates of that control and the ``source``. The gazetteer's
country stays as it is; only who acts there (``authority_at``) changes.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def successions() -> dict[str, tuple[str, date, date]]:
    raw = resources.files("tasks.normalize").joinpath("data", "predecessor_states.jsonl").read_text(encoding="utf-8")
    out = {}
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not {"code", "was", "from", "until", "source"} <= set(row):
            raise ValueError(f"predecessor_states.jsonl:{n}: needs code, was, from, until and source")
        out[row["code"]] = (row["was"], date.fromisoformat(row["from"]), date.fromisoformat(row["until"]))
    return out


def side_as_of(code: str | None, day: date | None) -> str | None:
    """The code of the state ``code`` names on ``day``: the former state's while it stood."""
    if code is None or day is None or code not in successions():
        return code
    was, start, until = successions()[code]
    return was if start <= day < until else code


@lru_cache(maxsize=1)
def _authorities() -> tuple[dict, ...]:
    raw = resources.files("tasks.normalize").joinpath("data", "de_facto_authorities.jsonl").read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not {"area", "country", "authority", "from", "until", "south", "north", "west", "east", "source"} <= set(row):
            raise ValueError(f"de_facto_authorities.jsonl:{n}: needs area, country, authority, from, until, the box and source")
        rows.append({**row, "from": date.fromisoformat(row["from"]), "until": date.fromisoformat(row["until"]) if row["until"] else None})
    return tuple(rows)


def authority_at(country: str | None, lat: float | None, lon: float | None, day: date | None) -> str | None:
    """Whose authorities act at a point of ``country`` on ``day`` (today when undated): ``country`` unless an area says otherwise."""
    if country is None or lat is None or lon is None:
        return country
    for row in _authorities():
        inside = row["south"] <= lat <= row["north"] and row["west"] <= lon <= row["east"]
        in_time = day is None or (row["from"] <= day and (row["until"] is None or day < row["until"]))
        if row["country"] == country and inside and in_time:
            return row["authority"]
    return country
