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


def _rows(filename: str, required: tuple[str, ...]) -> list[dict]:
    """The rows of ``data/<filename>``, each checked for the ``required`` keys; ``from``/``until`` as dates."""
    raw = resources.files("tasks.normalize").joinpath("data", filename).read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        missing = [key for key in required if key not in row]
        if missing:
            raise ValueError(f"{filename}:{n}: needs {', '.join(missing)}")
        rows.append({**row, **{k: date.fromisoformat(row[k]) if row[k] else None for k in ("from", "until")}})
    return rows


@lru_cache(maxsize=1)
def successions() -> dict[str, tuple[str, date, date]]:
    rows = _rows("predecessor_states.jsonl", ("code", "was", "from", "until", "source"))
    return {row["code"]: (row["was"], row["from"], row["until"]) for row in rows}


def side_as_of(code: str | None, day: date | None) -> str | None:
    """The code of the state ``code`` names on ``day``: the former state's while it stood."""
    if code is None or day is None or code not in successions():
        return code
    was, start, until = successions()[code]
    return was if start <= day < until else code


@lru_cache(maxsize=1)
def _authorities() -> tuple[dict, ...]:
    return tuple(_rows("de_facto_authorities.jsonl", ("area", "country", "authority", "from", "until", "south", "north", "west", "east", "source")))


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
