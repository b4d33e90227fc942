"""A force's relief or its opposite number as the receiver of a hand-over ("handed over their posts to Ukrainian
counterparts", "handed its positions to the relieving unit", "turned the sector over to their replacements"): a
relief in place or a liaison hand-over, no surrender to an opposing force (lexicons/relief_receiver.txt)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def relieves(token: Token) -> bool:
    """Is the receiver headed by ``token`` named as the giver's relief or counterpart, by its head noun or a word
    before it ("the relieving unit", "the incoming brigade")?"""
    words = lexicon("relief_receiver")
    return token.lemma_.lower() in words or token.lower_ in words or any(
        c.i < token.i and c.dep_ in ("amod", "compound") and c.lower_ in words for c in token.children
    )
