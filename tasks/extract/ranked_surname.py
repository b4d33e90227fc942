"""A surname alone ("Percival surrendered Singapore") whose bearer the document named before with a military rank
("Lieutenant-General Arthur Percival walked to the Ford factory"): an officer, so an armed actor."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import of_token


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
    return any(start < offset for start in document.ranked_surnames.get(token.text, ()))
