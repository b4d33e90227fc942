"""An order refused that told the force to pull back or give up: "refused orders to withdraw and kept fighting".

Refusing an order to retreat, surrender or stand down is holding on, not refusing to fight (the ontology's
REFUSAL_TO_FIGHT is refusing to fight, to deploy or to obey combat orders). The order's infinitive is hung on the
order noun ("refused orders to withdraw") or, by the parser, on the verb right after it ("ignored the command to
surrender and fought on"); its lemma, or its lemma with the particle after it ("fall back", "stand down";
not "stand and fight", "fall in for an assault"), is looked up in lexicons/order_task_not_fight.txt; the order
nouns are lexicons/order_noun.txt.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def order_tasks(trigger: Token) -> list[Token]:
    """The verbs the orders ``trigger`` refuses tell the force to do."""
    orders = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon("order_noun")]
    hung = [t for o in orders for t in o.children if t.dep_ in ("acl", "relcl", "xcomp") and t.pos_ == "VERB"]
    beside = [
        t for t in trigger.children for o in orders
        if t.dep_ in ("advcl", "xcomp") and t.pos_ == "VERB" and t.i == o.i + 2 and t.doc[o.i + 1].lower_ == "to"
    ]
    return hung + beside


def refused_order_to_hold_on(trigger: Token) -> bool:
    """Does ``trigger`` refuse an order to pull back, surrender or stand down?"""
    return any(_holds_on(t) for t in order_tasks(trigger))


def _holds_on(task: Token) -> bool:
    """The order's verb, alone or with its particle ("withdraw", "fall back", "stand down"; not "stand and fight")."""
    words = lexicon("order_task_not_fight")
    lemma = task.lemma_.lower()
    return lemma in words or any(
        f"{lemma} {c.lower_}" in words for c in task.children if c.dep_ in ("prt", "advmod", "prep") and c.i == task.i + 1
    )
