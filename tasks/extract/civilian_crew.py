"""The crew of a civilian vessel ("the crew of the cargo ship mutinied", "the trawler's crew", "sailors aboard the
freighter"): people who work a ship or a craft are armed only when it is a warship; a merchant one's are no force. Nor is the crew a news organisation says is its own ("The BBC said its crew left
Kabul")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def civilian_crew(token: Token) -> bool:
    """Is ``token`` a crew noun whose vessel, after of, on or aboard or as a possessive, is a civilian one, or a
    civilian vessel or fleet itself ("the fishing fleet", "the trawlers": no navy's)?"""
    if _civilian_vessel(token):
        return True
    if token.lemma_.lower() not in lexicon("crew_noun") and token.lower_ not in lexicon("crew_noun"):
        return False
    vessels = [c for c in token.children if c.dep_ in ("poss", "compound") and c.i < token.i]
    vessels += [g for p in token.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_aboard") for g in p.children if g.dep_ == "pobj"]
    return any(_civilian_vessel(v) for v in vessels) or news_crew(token)


def news_crew(token: Token) -> bool:
    """A crew noun with "its" or "their" in a clause reported by a news organisation ("The BBC said its crew left
    Kabul", "the broadcaster said its crew had left Mariupol"): the organisation's film crew, no force
    (lexicons/news_org_word.txt)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
        return False
    head = token.head
    while head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < token.i]
        if any(t.lower_ in lexicon("news_org_word") for s in subjects for t in s.subtree):
            return True
    return False


def _civilian_vessel(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in lexicon("civilian_vessel") or noun.lower_ in lexicon("civilian_vessel"):
        return True
    return lemma in lexicon("vessel_noun") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lexicon("civilian_vessel_modifier") for c in noun.children
    )
