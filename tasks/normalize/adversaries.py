"""Who a side fights: "enemy troops" in a statement of one side are the other's (``data/adversaries.jsonl``)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from tasks.normalize.tables import numbered_rows


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[frozenset[str], date, date | None], ...]:
    out = []
    for n, row in numbered_rows("adversaries.jsonl"):
        sides = row.get("sides")
        if not (isinstance(sides, list) and len(set(sides)) == 2 and row.get("from") and row.get("source")):
            raise ValueError(f"adversaries.jsonl:{n}: needs two 'sides', 'from' and 'source'")
        until = date.fromisoformat(row["until"]) if row.get("until") else None
        out.append((frozenset(sides), date.fromisoformat(row["from"]), until))
    return tuple(out)


def enemies_of(side: str, day: date | None = None) -> list[str]:
    """The sides at war with ``side`` on ``day`` (an undated text is read as of now: the wars not over), in the table's order."""
    return [
        other
        for sides, start, until in _pairs()
        if side in sides and (until is None if day is None else start <= day and (until is None or day <= until))
        for other in sorted(sides - {side})
    ]


def enemy_of(side: str | None, named: set[str] = frozenset(), day: date | None = None) -> str | None:
    """The enemy ``side`` means: the one of its enemies the document names, else its only enemy; None if unsure."""
    if side is None:
        return None
    enemies = enemies_of(side, day)
    in_document = [e for e in enemies if e in named]
    if len(in_document) == 1:
        return in_document[0]
    return enemies[0] if len(enemies) == 1 and not in_document else None
