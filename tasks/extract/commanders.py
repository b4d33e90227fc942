"""Commanders who leave a place stand for the force they lead: "Rebel commanders pulled out of Bunagana", "Russian
commanders have abandoned the western bank", "Ukrainian commanders have no intention of abandoning Chasiv Yar". Only
the plural, and only when the sentence names the place or position left: one commander who "fled" or "left" may be
a man on his own, and commanders who "withdrew from the peace talks" or "left the meeting" leave no ground."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import Rule, lexicon
from tasks.extract.roles import in_lexicon


def commanders_for_their_force(rule: Rule, trigger: Token, actor: Token, themes: list[Token], lexicons: dict[str, frozenset[str]]) -> bool:
    """Are plural commanders the subject of a pullback from a place or position the sentence names?"""
    if rule.label != "RETREAT" or not themes or actor.tag_ != "NNS" or _on_a_trip(trigger):
        return False
    return in_lexicon(actor, lexicons["commander"])


def _on_a_trip(trigger: Token) -> bool:
    """ "The commanders left Kabul for Doha (to sign the agreement)": a plain verb of leaving with a journey's goal,
    commanders who travel; not "fled Gaza City for the south", a flight."""
    if trigger.lemma_.lower() not in lexicon("trigger_leave_verb"):
        return False
    goals = lexicon("prep_trip_goal")
    marks = (m for c in trigger.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark")  # "for Doha to sign": a for-to clause
    return any(c.dep_ == "prep" and c.lower_ in goals for c in trigger.children) or any(m.lower_ in goals for m in marks)
