"""A town a celebration is named after, held in another town the phrase names: "the Taste of Manila festival in
Toronto", "Toronto's Kyiv Days festival", "the Mostar Bridge Days festival in Sarajevo". The ontology's place is
where the event was to happen: the town of the venue ("in Toronto") or the town that owns the celebration
("Toronto's"), not the town in its name. A venue must be a town: "the Sibiu jazz festival in Transylvania" or "in
Romania" names a wider place, and the town of the name stays the most specific one (celebration_towns.py).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.name_parts import whole_name
from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon
from tasks.normalize.geo import gazetteer


def namesake_tokens(sentence: Span) -> set[int]:
    """The tokens of the names before the celebration nouns of ``sentence`` whose phrase names another town it is held in."""
    celebrations = lexicon("celebration") | lexicon("celebration_generic")
    tokens: set[int] = set()
    for noun in sentence:
        if noun.pos_ != "NOUN" or not in_lexicon(noun, celebrations):
            continue
        before = [t for t in noun.subtree if t.i < noun.i and t.dep_ != "det"]
        owners = [t for t in before if t.dep_ == "poss" and t.pos_ == "PROPN"]  # "Toronto's Taste of Manila festival"
        owned = {t.i for o in owners for t in o.subtree}
        venues = _venue_towns(noun, owners)
        name = [t for t in before if t.i not in owned]
        if venues and any(t.pos_ == "PROPN" and not {t.text, whole_name(t)} & venues and (_a_town(t.text) or _a_town(whole_name(t))) for t in name):
            tokens |= {t.i for t in name}
    return tokens


def _venue_towns(noun: Token, owners: list[Token]) -> set[str]:
    """The towns a celebration noun is said to be held in or owned by: "festival in Toronto", "Toronto's ... festival"."""
    named = owners + [g for c in noun.children if c.dep_ == "prep" and c.lower_ in lexicon("prep_location") for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return {name for g in named if _a_town(name := whole_name(g))}


def _a_town(name: str) -> bool:
    """Is ``name`` a town or a city GeoNames knows (not a region, a country or a feature)?"""
    place = gazetteer().resolve(name)
    return place is not None and place.precision == "city"
