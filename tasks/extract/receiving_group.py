"""An armed group named before only as whom others gave way to: no antecedent for the next force named bare.

"Hundreds of Islamic State fighters gave themselves up to the Syrian Democratic Forces, an SDF commander said.
Another group of about 50 men surrendered at a checkpoint": the SDF is named only as the receiver of a surrender
(and as a report's source), so the 50 men are not its own; they are the fighters of the group named before it.
"Dozens of junta soldiers defected to the People's Defence Force. Last week a whole platoon deserted": the PDF is
whom the soldiers went over to. A receiver is the object of "to" after a verb of giving way
(lexicons/give_way_to_form.txt: "surrendered to", "defected to") or of going over with a particle
(lexicons/go_over_to_form.txt: "gave themselves up to", "crossed over to").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from tasks.extract.patterns import lexicon
from tasks.extract.reporting_force import only_reports

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

REACH = 90  # characters before a name: "gave themselves up to the Kurdish Peshmerga" fits


@lru_cache(maxsize=1)
def _to_before() -> re.Pattern[str]:
    direct = "|".join(sorted(lexicon("give_way_to_form"), key=len, reverse=True))
    particle = "|".join(sorted(lexicon("go_over_to_form"), key=len, reverse=True))
    objects = r"(?:(?:themselves|himself|herself|itself|(?:their|his|her|its)\s+[\w'’-]+)\s+)?"
    return re.compile(
        rf"\b(?:(?:{direct})\s+{objects}(?:(?:up|over|in)\s+)?|(?:{particle})\s+{objects}(?:up|over|in)\s+)to\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,2}}$",
        re.I,
    )


@lru_cache(maxsize=1)
def _at_site_before() -> re.Pattern[str]:
    forms = "|".join(sorted(lexicon("give_way_to_form") | lexicon("go_over_to_form"), key=len, reverse=True))
    return re.compile(rf"\b(?:{forms})\s+(?:(?:themselves|himself|herself)\s+)?(?:(?:up|over|in)\s+)?at\s+(?:a|an|the)\s+$", re.I)


def only_receives(text: str, start: int) -> bool:
    """Is the name at ``start`` the object of "to" after a verb of giving way or going over ("surrendered to",
    "gave themselves up to"), or the owner of the post they gave themselves up at ("handed themselves over at a
    Peshmerga checkpoint": lexicons/held_position.txt)?"""
    before = text[max(0, start - REACH) : start]
    if _to_before().search(before) is not None:
        return True
    if _at_site_before().search(before) is None:
        return False
    after = re.match(r"[\w'’.-]+(?:\s+[\w'’.-]+)??\s+([\w-]+)", text[start : start + 60])
    return after is not None and after.group(1).lower() in lexicon("held_position")


def giving_way_group(context: "DocumentContext", start: int, group: str | None, enemy: Callable[[str], str | None]) -> str | None:
    """``group``, the armed group named last before ``start``, unless every mention of it there is as a receiver
    or a report's source: then the other group named there otherwise, else the receiver's one enemy (``enemy``:
    "soldiers defected to the PDF. A platoon deserted": the junta's), else none."""
    if group is None:
        return None
    found = [(a, n.code) for a, _, n in reversed(context.sides_in(0, start)) if n.kind == "group"]
    mine = [a for a, code in found if code == group]
    if not mine or not any(only_receives(context.text, a) for a in mine):
        return group
    if any(not only_receives(context.text, a) and not only_reports(context.text, a) for a in mine):
        return group
    other = next((code for a, code in found if code != group and not only_receives(context.text, a) and not only_reports(context.text, a)), None)
    return other or enemy(group)
