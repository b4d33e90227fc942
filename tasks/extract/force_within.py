"""The force a desertion happens in: "desertions in the Russian army", "desertion rates in the Afghan National Army",
"a mutiny within the 15th regiment". The in-phrase of the event noun, or of the tally noun it modifies ("rates",
"cases"), names who deserted only when it is a force: "desertion in Tigray" names a place, not a deserter."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def force_within(trigger: Token, objects: Callable[[Token, set[str]], list[Token]], armed: Callable[[Token], bool]) -> list[Token]:
    """The armed objects of "in" or "within" on ``trigger`` or on the noun it modifies as a compound."""
    holders = [trigger]
    if trigger.dep_ == "compound" and trigger.head.i != trigger.i:
        holders.append(trigger.head)  # "desertion rates in the army": the rates hold the phrase
    preps = set(lexicon("prep_within_force"))
    return [p for h in holders for p in objects(h, preps) if armed(p)]
