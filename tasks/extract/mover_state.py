"""Whose troops a side moves: "Kenya Pulls Troops Back From Somali Border Towns", "Ukraine pulls troops out of
Avdiivka", "Chad withdrew soldiers from the islands".

When the actor of a pullback is the object of its verb (the force moved) and names no side of its own, the
subject that moves it is its owner: a state or a group pulls back its own forces, as with "its troops"
(possessive_owner.py). Not when the rule reads its subject as the other side ("the SDF pushed them back":
Rule.subject_is_opponent), nor a subject that names no side ("the commander pulled his men back" is read elsewhere).
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.patterns import Rule, lexicon
from tasks.normalize import places


def mover_side(rule: Rule, trigger: Token, actor: Token | None) -> str | None:
    """The side named by the subject of ``trigger`` when the actor is its direct object with no side of its own."""
    if actor is None or rule.subject_is_opponent or actor.dep_ != "dobj":
        return None
    if places.side_of(tree.phrase(actor).text) is not None:
        return None  # "Russia pulled Wagner fighters out": the force's own name says whose it is
    if actor.head.i != trigger.i:
        return _orderer_side(trigger, actor)
    subjects = [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return places.side_of(tree.phrase(subjects[0]).text) if subjects else None


def _orderer_side(trigger: Token, actor: Token) -> str | None:
    """ "Russia's defence minister ordered troops to withdraw": the side the subject of the order verb names, when
    the force is that verb's object and the pullback its infinitive (lexicons/verb_order.txt)."""
    order = actor.head
    if trigger.dep_ != "xcomp" or trigger.head.i != order.i or order.lemma_.lower() not in lexicon("verb_order"):
        return None
    subjects = [c for c in order.children if c.dep_ == "nsubj"]
    return places.side_of(" ".join(t.text for t in subjects[0].subtree if t.i < subjects[0].i or t.i == subjects[0].i)) if subjects else None
