"""A bare refusal told by a part of the speakers: '"Some of us have already refused," one Ukrainian reservist said',
'"Half of us refused," a sergeant of the brigade told the BBC'. The doer is a count or part of "us" (count_of_us.py)
and the speaker a soldier (the actor gate's armed speaker, participants.py); a part of a unit that refuses, with
nothing else named as what was refused, refuses its duty: the ontology's members of an armed force who refuse to
fight or deploy. A whole "we" or "I" that refuses is left out: '"They offered us a corridor and we refused," the
commander said' refuses an offer, not the fight. The rule context ``own_refusal``."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.count_of_us import count_of_us
from tasks.extract.order_before import refuses_nothing_named


def part_of_us_refuses(trigger: Token) -> bool:
    """``trigger`` is a bare refusal ("have already refused") whose subject is a count or part of "us"."""
    return refuses_nothing_named(trigger) and any(c.dep_ == "nsubj" and count_of_us(c) for c in trigger.children)
