"""The slogan "No X without Y" ("No Military Parade Without Our Veterans, Says Minister"): a condition X needs, not a
cancellation of X, whatever follows the slogan. Read on the celebration noun that "no" hangs on, when a preposition
of what it lacks (lexicons/prep_lacking.txt) hangs on the same noun."""

from __future__ import annotations

from spacy.tokens import Token


def no_x_without_y(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is ``trigger`` the X of "No X without Y"?"""
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)
    return negated and any(c.dep_ == "prep" and c.lower_ in lexicons["prep_lacking"] and c.i > trigger.i for c in trigger.children)
