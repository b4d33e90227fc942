"""A warring state's epithet for its enemy's soldiers: "Ukrainian nationalists laid down their arms near
Pokrovsk", said the Russian Defence Ministry. An epithet of lexicons/war_epithet.txt ("nationalists") with the
demonym of a state at war with a state the same sentence names (data/adversaries.jsonl: the speaker, or the force
that presses it) names the first state's soldiers, an armed actor; "Hindu nationalists", "Scottish nationalists"
(no state, or a state at no war) or "Russian nationalists retreated from the square after police moved in" (no
enemy state named; and police in the sentence make it a rally, whoever tells it) name no force.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon
from tasks.normalize import places
from tasks.normalize.adversaries import enemy_states


def enemy_state_epithet(token: Token) -> bool:
    """Is ``token`` an epithet for soldiers ("nationalists") with the demonym of a state at war with a state its
    sentence names outside the phrase ("Ukrainian nationalists fled, the Russian Defence Ministry said")?"""
    if not in_lexicon(token, lexicon("war_epithet")):
        return False
    demonyms = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
    enemies = {e for c in demonyms for e in enemy_states(places.side_of(c.text))}
    if not enemies:
        return False
    sentence, own = token.sent, {t.i for t in token.subtree}
    if any(t.lower_ in lexicon("police_force") for t in sentence):
        return False  # "Russian nationalists withdrew from the square after police moved in, Ukraine's ministry said": a rally
    rest = " ".join(t.text for t in sentence if t.i not in own)
    return any(n.code in enemies for _, _, n in places.find(rest, "sides"))
