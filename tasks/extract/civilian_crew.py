"""The crew of a civilian vessel ("the crew of the cargo ship mutinied", "the trawler's crew", "sailors aboard the
freighter"): people who work a ship or a craft are armed only when it is a warship; a merchant one's are no force."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def civilian_crew(token: Token) -> bool:
    """Is ``token`` a crew noun whose vessel, after of, on or aboard or as a possessive, is a civilian one?"""
    if token.lemma_.lower() not in lexicon("crew_noun") and token.lower_ not in lexicon("crew_noun"):
        return False
    vessels = [c for c in token.children if c.dep_ in ("poss", "compound") and c.i < token.i]
    vessels += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "aboard") for g in p.children if g.dep_ == "pobj"]
    return any(_civilian_vessel(v) for v in vessels)


def _civilian_vessel(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in lexicon("civilian_vessel") or noun.lower_ in lexicon("civilian_vessel"):
        return True
    return lemma in lexicon("vessel_noun") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lexicon("civilian_vessel_modifier") for c in noun.children
    )
