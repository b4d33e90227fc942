"""The range of a comparison in an apposition is no place of the event: "cancelled this year's carnival, one of the
best known in the Caribbean", "the fiesta, the largest in the Andes": the region the celebration is ranked in, not
where it was to be held (the canceller's town is)."""
from __future__ import annotations

from spacy.tokens import Token

SUPERLATIVE_TAGS = {"JJS", "RBS"}  # "oldest", "best known", "most famous"


def comparison_ranges(nouns: list[Token]) -> set[int]:
    """The tokens of the phrases an apposition of one of ``nouns`` ranks it in, when the apposition ranks it with a
    superlative ("one of the oldest in the Mediterranean", "the biggest of its kind in West Africa")."""
    found: set[int] = set()
    for noun in nouns:
        for appos in (c for c in noun.children if c.dep_ == "appos"):
            words = list(appos.subtree)
            if any(t.tag_ in SUPERLATIVE_TAGS for t in words):
                found |= {t.i for p in words if p.dep_ == "prep" and p.lower_ in ("in", "across") for t in p.subtree}
    return found
