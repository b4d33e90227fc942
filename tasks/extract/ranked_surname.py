"""A surname alone ("Percival surrendered Singapore") whose bearer the document named before with a military rank
("Lieutenant-General Arthur Percival walked to the Ford factory"): an officer, so an armed actor."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from tasks.extract.context import of_token
from tasks.extract.patterns import lexicon


def ranked_surname(token: Token) -> bool:
    """A one-word name with nothing hung before it, the last word of a name the document wrote after a rank
    earlier on ("Gen. Tomoyuki Yamashita", "Lieutenant-General Arthur Percival"; lexicons/military_rank.txt)."""
    if token.pos_ != "PROPN" or not token.is_title or any(c.dep_ in ("compound", "amod", "det", "poss") for c in token.children):
        return False
    if token.dep_ == "compound":
        return False  # a part of a longer name
    document, offset = of_token(token)
    if document is None:
        return False
    return any(start < offset for start in _ranked_names(document.text).get(token.text, ()))


@lru_cache(maxsize=64)
def _ranked_names(text: str) -> dict[str, tuple[int, ...]]:
    """Where each surname written after a capitalised rank ends its name: up to three given names or initials."""
    ranks = sorted((r.capitalize() for r in lexicon("military_rank")), key=len, reverse=True)
    rank = r"(?:%s)\.?" % "|".join(re.escape(r) for r in ranks)
    pattern = re.compile(rf"\b{rank}(?:[- ]{rank})*\s+(?:(?:[A-Z][a-z'\-]+|[A-Z]\.)\s+){{0,3}}([A-Z][a-z'\-]+)\b")
    found: dict[str, list[int]] = {}
    for match in pattern.finditer(text):
        found.setdefault(match.group(1), []).append(match.start(1))
    return {name: tuple(starts) for name, starts in found.items()}
