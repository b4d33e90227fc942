"""A mission or a convoy that is a force: "the peacekeeping mission vacated its base in Kidal", "the African
Union mission AUSSOM withdrew", "the last French convoy left Gao".

A mission is a force only when a modifier or a name says so (lexicons/armed_mission_modifier.txt): a "UN
mission" alone may be a political one, its staff civilians. A convoy is a force when a state's adjective owns it
and nothing makes it a civil one (lexicons/civil_convoy_modifier.txt: "a Turkish aid convoy" brings food).
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon
from tasks.normalize import places


def _modifiers(token: Token) -> list[Token]:
    return [c for c in token.children if (c.dep_ in ("amod", "compound", "nmod") and c.i < token.i) or (c.dep_ == "appos" and c.i > token.i)]


def _acronyms(token: Token) -> list[Token]:
    """The acronym in parentheses after a mission's full name, which the parser may hang on its last word ("the
    African Union Transition Mission in Somalia (ATMIS)": ATMIS an apposition of Somalia)."""
    return [t for t in token.subtree if t.i > token.i and t.dep_ == "appos" and t.pos_ == "PROPN" and t.is_upper]


def armed_mission(token: Token) -> bool:
    """Is ``token`` a mission or a convoy that names a force?"""
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and token.is_upper and in_lexicon(token, lexicon("armed_mission_modifier")):
        return True  # "AUSSOM withdrew from two bases": the mission's own name
    if lemma == "mission":
        return any(in_lexicon(m, lexicon("armed_mission_modifier")) for m in _modifiers(token) + _acronyms(token))
    if lemma == "convoy":
        modifiers = _modifiers(token)
        return not any(in_lexicon(m, lexicon("civil_convoy_modifier")) for m in modifiers) and any(
            m.pos_ == "ADJ" and any(n.kind == "state" for _, _, n in places.find(m.text, "sides")) for m in modifiers
        )
    return False
