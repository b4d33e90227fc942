"""Officers named by rank and name ("General Mario Menendez", "Colonel Ahmed Saleh"): armed actors."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.patterns import lexicon


def is_titled_officer(token: Token) -> bool:
    """A person's name whose first word before it is a military rank (not "General Motors": a firm)."""
    if token.pos_ != "PROPN" or entity_type(token) != "PERSON":
        return False
    before = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    first = min(before, key=lambda c: c.i) if before else None
    return first is not None and first.lower_.rstrip(".") in lexicon("military_title")
