"""Celebration words that a modifier makes no festive event: "a protest march", "an armed march on Moscow"
(lexicons/march_not_festive.txt), "the school holidays", "the summer holidays" (lexicons/holiday_not_festive.txt,
round left23: "took the same decision regarding school holidays" repeated no cancellation)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_NOT_FESTIVE = {"march": "march_not_festive", "holiday": "holiday_not_festive"}


def unfestive_kind(token: Token) -> bool:
    """Is ``token`` a march or a holiday that a modifier of its own makes no festive public event?"""
    words = _NOT_FESTIVE.get(token.lemma_.lower())
    return words is not None and any(c.dep_ in ("amod", "compound", "poss") and c.lower_ in lexicon(words) for c in token.children)
