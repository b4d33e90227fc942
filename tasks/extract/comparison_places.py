"""The range of a comparison in an apposition is no place of the event: "cancelled this year's carnival, one of the
best known in the Caribbean", "the fiesta, the largest in the Andes": the region the celebration is ranked in, not
where it was to be held (the canceller's town is). A town as the range is kept: "the carnival, the oldest in Viareggio"
ranks it among the town's own, so it was to be held there."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.normalize.geo import gazetteer

SUPERLATIVE_TAGS = {"JJS", "RBS"}  # "oldest", "best known", "most famous"


def comparison_ranges(nouns: list[Token]) -> set[int]:
    """The tokens of the phrases an apposition of one of ``nouns`` ranks it in, when the apposition ranks it with a
    superlative ("one of the oldest in the Mediterranean", "the biggest of its kind in West Africa")."""
    found: set[int] = set()
    for noun in nouns:
        for appos in (c for c in noun.children if c.dep_ == "appos"):
            words = list(appos.subtree)
            if any(t.tag_ in SUPERLATIVE_TAGS for t in words):
                found |= {t.i for p in words if p.dep_ == "prep" and p.lower_ in lexicon("prep_range") and not _a_town(p) for t in p.subtree}
    return found


def _a_town(prep: Token) -> bool:
    """Is the object of the range's preposition a town ("the oldest in Viareggio"), not a region or a country? A
    town's name takes no article; a range of mountains or a sea does ("the largest in the Andes", where GeoNames
    also knows towns named Andes)."""
    objects = [o for o in prep.children if o.dep_ == "pobj" and not any(c.dep_ == "det" for c in o.children)]
    place = gazetteer().resolve(" ".join(t.text for t in objects[0].subtree)) if objects else None
    return place is not None and place.kind == "city"
