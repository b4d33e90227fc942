"""People the text names as officers: armed actors.

"General Arthur Percival surrendered", "Field Marshal Friedrich Paulus surrendered": a rank before a name
the recogniser calls a person ("General Motors" is an organisation).
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.patterns import lexicon


def ranked_person(token: Token) -> bool:
    """A person's name with a military rank among the words before it."""
    if token.pos_ != "PROPN":
        return False
    ranked = any(c.dep_ == "compound" and c.i < token.i and c.lower_.rstrip(".") in lexicon("military_rank") for c in token.children)
    return ranked and entity_type(token) == "PERSON"
