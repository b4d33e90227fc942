"""A ship's name is no place: "Japan Signs Surrender Aboard USS Missouri", "signed aboard HMS Nelson" name a
vessel whose name is a state's or a town's (lexicons/ship_prefix.txt: the prefixes that mark one)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def in_ship_name(token: Token) -> bool:
    """Is ``token`` part of a name that a ship's prefix opens ("USS Missouri", "HMS Prince of Wales")? The prefix
    is read as written (upper case), up to three capitalised words before the token."""
    prefixes = lexicon("ship_prefix")
    doc = token.doc
    for i in range(token.i - 1, max(token.i - 4, -1), -1):
        word = doc[i].text
        if word.isupper() and word.lower() in prefixes:
            return True
        if not word[:1].isupper() and word not in ("of", "the"):
            return False
    return False


def after_ship_prefix(before: str) -> bool:
    """Does the text just before a name end with a ship's prefix ("aboard USS " before "Missouri")?"""
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1].isupper() and words[-1].lower() in lexicon("ship_prefix")
