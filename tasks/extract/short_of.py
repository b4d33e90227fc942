"""Negation at a distance through "short of": "the governor stopped short of cancelling the celebrations",
"fell short of a full withdrawal". The parser hangs the event under "of" on the adverb "short", where the walk up
from the trigger stops; the event did not happen."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def stopped_short_of(node: Token, came_by: str, came_from: Token) -> bool:
    """``node`` is "short" (or "shy") and the walk came up from its "of"."""
    if node.lower_ not in lexicon("cue_short_of") or node.pos_ not in ("ADV", "ADJ"):
        return False
    if came_by != "prep" or came_from.lower_ != "of":
        return False
    return not any(c.lemma_.lower() in lexicon("cue_unverified") for c in came_from.children)  # "stopped short of confirming that ...": unconfirmed, still reported
