"""One trigger, one reading: when two rules read the same word as the same event and one of them finds who did
it, the row of the rule that found nobody is the same event read worse ("Rebel commanders in Marawi signed the
capitulation": the signers' row, not the bare noun's row with no actor, whose side and place fell back to the
dateline). Rows of other words, other types or other realis are left alone."""
from __future__ import annotations


def without_actorless_twins(rows: list[dict]) -> list[dict]:
    """``rows`` less each row with no actor whose trigger, type and realis another row with an actor shares."""
    read = {(r["trigger_start"], r["event_type"], r["realis"]) for r in rows if r["actor"] is not None}
    return [r for r in rows if r["actor"] is not None or (r["trigger_start"], r["event_type"], r["realis"]) not in read]
