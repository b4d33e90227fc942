"""States that were another state before a date: "Moscow pulled out of Afghanistan in 1989" is the Soviet Union.

``data/predecessor_states.jsonl`` holds one line per succession: the state's
``code``, the code it ``was`` (ISO 3166-3 for a former state) ``from`` one date
``until`` another, and the ``source``. An event dated in that time takes the
former code; an undated one keeps the code it has.
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
