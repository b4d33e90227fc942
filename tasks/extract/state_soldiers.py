"""Plain soldiers facing an armed group in their own sentence: the group's enemy state's, not the group's.

"Hundreds of troops fled the garrison after the Rapid Support Forces shelled it", "Soldiers abandoned the outpost
after al-Shabaab overran it", "Dozens of soldiers refused to deploy against the M23": a regular army's members named
with no side, owner or insurgent word of their own (``army_member``: lexicons/regular_soldier.txt,
state_army_member.txt, counted or not) are a state's; an armed group (no state) that the sentence names is the
one they give way to or face, never their own. Their side is that group's enemy state (data/adversaries.jsonl,
the one the document names); a group the data knows at war with no state is left as found. A side a state's code already gives is left as
it is ("after weeks of Russian assaults" is handled by the other-party gates), and so is any actor with a word
of its own ("Wagner soldiers", "M23 fighters", "rebel units").
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from tasks.extract.army_member import army_member
from tasks.normalize.adversaries import state_codes


def state_not_group(found: str | None, actor: Token | None, enemy: Callable[[str], str | None]) -> str | None:
    """``found``, the side the actor's sentence names, unless it is an armed group's at war with a state and the actor
    plain soldiers: then that enemy state (``enemy``). A group at war with no state ("a Telegram channel linked to
    Wagner said the unit had retreated") may be the soldiers' own, and stays."""
    if found is None or found in state_codes() or actor is None or not army_member(actor):
        return found
    state = enemy(found)
    return state if state in state_codes() else found
