"""An event offered as one branch of an either-or with a lesser change ("the march would be postponed or
cancelled", "cancelled or scaled back"): one of two outcomes, no decision. Two cancellations joined by "or"
("cancelled or banned") stay events."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def lesser_alternative(trigger: Token) -> Token | None:
    """The "or" that offers the trigger beside a verb of postponing, moving or scaling back; None otherwise."""
    head = trigger.head if trigger.dep_ == "conj" else trigger
    members = [head, *(c for c in head.children if c.dep_ == "conj")]
    either = next((c for m in members for c in m.children if c.dep_ == "cc" and c.lower_ == "or"), None)
    if either is None:
        return None
    lesser = lexicon("verb_lesser_change")
    others = [m for m in members if m.i != trigger.i and m.pos_ == "VERB"]
    return either if any(m.lemma_.lower() in lesser for m in others) else None
