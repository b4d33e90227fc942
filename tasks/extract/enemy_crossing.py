"""A crossing into the land of the force's enemy is an invasion or a raid, never a retreat: "Russian troops crossed
into Ukraine after leaving their posts in Belarus" (data/adversaries.jsonl: at war that day). The crossing rules read
an internment, posts left or a demarcation line as the signs of a flight into a neighbour ("crossed into the Rwandan
town of Gisenyi, where they were disarmed"); the side found for the force and the state its "into" phrase names (a
state by name, or a town's state) tell them apart. Read once per RETREAT row whose trigger is "cross".
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from tasks.extract import tree
from tasks.normalize import places
from tasks.normalize.adversaries import enemies_of

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext


def into_enemy_land(trigger: Token, side: str | None, context: "DocumentContext", day: date | None) -> bool:
    """Does the crossing ``trigger`` go into a state at war with ``side`` (or into one of its towns)?"""
    if side is None or trigger.lemma_.lower() != "cross":
        return False
    enemies = set(enemies_of(side, day))
    if not enemies:
        return False
    goals = [tree.phrase(o).text for p in trigger.children if p.dep_ == "prep" and p.lower_ == "into" for o in p.children if o.dep_ == "pobj"]
    return any((places.side_of(goal) or context.geocoder.authority_of(goal, day)) in enemies for goal in goals)
