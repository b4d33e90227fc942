"""Who a side fights: "enemy troops" in a statement of one side are the other's (``data/adversaries.jsonl``);
and who fights beside it: a position handed to an ally is relieved, not surrendered (``data/allies.jsonl``)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from tasks.normalize import places
from tasks.normalize.tables import numbered_rows


@lru_cache(maxsize=1)
def state_codes() -> frozenset[str]:
    """The codes of the states of the sides data (not its armed groups)."""
    return frozenset(n.code for n in places.side_names() if n.kind == "state")


def enemy_states(code: str | None, day: date | None = None) -> set[str]:
    """The states at war with the state ``code`` on ``day`` (an undated text: the wars not over); none for a
    group or an unknown code."""
    states = state_codes()
    return {e for e in enemies_of(code, day) if e in states} if code in states else set()


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


def _partners(table: str, side: str, day: date | None) -> list[str]:
    """The sides paired with ``side`` in ``table`` on ``day`` (an undated text is read as of now: the pairs not
    over), in the table's order."""
    return [
        other
        for sides, start, until in _pairs(table)
        if side in sides and (until is None if day is None else start <= day and (until is None or day <= until))
        for other in sorted(sides - {side})
    ]


def enemies_of(side: str, day: date | None = None) -> list[str]:
    """The sides at war with ``side`` on ``day``."""
    return _partners("adversaries.jsonl", side, day)


def allies_of(side: str, day: date | None = None) -> list[str]:
    """The sides fighting beside ``side`` on ``day`` ("Wagner handed its positions to regular Russian troops", in May
    2023); an undated text, as for wars, reads only the alliances not over (not "Iraqi troops handed Basra to
    American forces", of 2003, as if the 2004-2011 alliance held)."""
    return _partners("allies.jsonl", side, day)


def enemy_of(side: str | None, named: set[str] = frozenset(), day: date | None = None) -> str | None:
    """The enemy ``side`` means: the one of its enemies the document names, else its only enemy; None if unsure."""
    if side is None:
        return None
    enemies = enemies_of(side, day)
    in_document = [e for e in enemies if e in named]
    if len(in_document) == 1:
        return in_document[0]
    return enemies[0] if len(enemies) == 1 and not in_document else None
