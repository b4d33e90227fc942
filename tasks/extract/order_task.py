"""An order refused that told the force to pull back or give up: "refused orders to withdraw and kept fighting".

Refusing an order to retreat, surrender or stand down is holding on, not refusing to fight (the ontology's
REFUSAL_TO_FIGHT is refusing to fight, to deploy or to obey combat orders). The order's infinitive is hung on the
order noun ("refused orders to withdraw") or, by the parser, on the verb right after it ("ignored the command to
surrender and fought on"); its lemma, or its lemma with the particle after it ("fall back", "stand down";
not "stand and fight", "fall in for an assault"), is looked up in lexicons/order_task_not_fight.txt; the order
nouns are lexicons/order_noun.txt.

An order whose tasks are none of lexicons/order_task_fight.txt ("ignored orders to wear masks", "refused to obey
orders to hand in their phones") is no combat order either: refusing it is a breach of discipline. A bare refused
order ("refused orders") names no task and stays a refusal.
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
    """Does ``trigger`` refuse an order to pull back, surrender or stand down, or an order that is no combat?"""
    tasks = [t for v in _refusing_verbs(trigger) for t in order_tasks(v)]
    return any(_holds_on(t) for t in tasks) or bool(tasks) and not any(_fights(t) for t in tasks)


def _refusing_verbs(trigger: Token) -> list[Token]:
    """``trigger`` and the verb it refuses whose object is the order ("refused to obey orders to ...")."""
    return [trigger, *(c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]


def _fights(task: Token) -> bool:
    """Is the order's task, or a verb joined to it ("stand and fight"), a combat task?"""
    words = lexicon("order_task_fight")
    return any(t.lemma_.lower() in words for t in (task, *task.conjuncts))


def _holds_on(task: Token) -> bool:
    """The order's verb, alone or with its particle ("withdraw", "fall back", "stand down"; not "stand and fight")."""
    words = lexicon("order_task_not_fight")
    lemma = task.lemma_.lower()
    return lemma in words or any(
        f"{lemma} {c.lower_}" in words for c in task.children if c.dep_ in ("prt", "advmod", "prep") and c.i == task.i + 1
    )
