"""Who a side fights: "enemy troops" in a statement of one side are the other's (``data/adversaries.jsonl``);
and who fights beside it: a position handed to an ally is relieved, not surrendered (``data/allies.jsonl``)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from tasks.normalize.tables import numbered_rows


@lru_cache(maxsize=2)
def _pairs(table: str = "adversaries.jsonl") -> tuple[tuple[frozenset[str], date, date | None], ...]:
    out = []
    for n, row in numbered_rows(table):
        sides = row.get("sides")
        if not (isinstance(sides, list) and len(set(sides)) == 2 and row.get("from") and row.get("source")):
            raise ValueError(f"{table}:{n}: needs two 'sides', 'from' and 'source'")
        until = date.fromisoformat(row["until"]) if row.get("until") else None
        out.append((frozenset(sides), date.fromisoformat(row["from"]), until))
    return tuple(out)


def _partners(table: str, side: str, day: date | None, undated_all: bool = False) -> list[str]:
    """The sides paired with ``side`` in ``table`` on ``day``, in the table's order. An undated text is read as of
    now (the pairs not over), or, with ``undated_all``, as of any time the table covers."""
    def holds(start: date, until: date | None) -> bool:
        if day is None:
            return undated_all or until is None
        return start <= day and (until is None or day <= until)
    return [other for sides, start, until in _pairs(table) if side in sides and holds(start, until) for other in sorted(sides - {side})]


def enemies_of(side: str, day: date | None = None) -> list[str]:
    """The sides at war with ``side`` on ``day`` (an undated text: the wars not over)."""
    return _partners("adversaries.jsonl", side, day)


def allies_of(side: str, day: date | None = None) -> list[str]:
    """The sides fighting beside ``side`` on ``day`` ("Wagner handed its positions to regular Russian troops"); an
    undated text: any time they did (an alliance is not presumed over, as a war is not presumed going on)."""
    return _partners("allies.jsonl", side, day, undated_all=True)


def enemy_of(side: str | None, named: set[str] = frozenset(), day: date | None = None) -> str | None:
    """The enemy ``side`` means: the one of its enemies the document names, else its only enemy; None if unsure."""
    if side is None:
        return None
    enemies = enemies_of(side, day)
    in_document = [e for e in enemies if e in named]
    if len(in_document) == 1:
        return in_document[0]
    return enemies[0] if len(enemies) == 1 and not in_document else None
