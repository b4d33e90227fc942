"""A bare refusal whose order is named in the sentence before: "Commanders ordered the battalion to storm the
village again. The men refused." The refusal says nothing of what was refused; the line before says it was an
order to fight (verb_order.txt with an infinitive of refusal_task.txt or refusal_assault_task.txt, or "back to" the
front, the positions or the trenches: soldier_act_destination.txt), so the
refusal is one to obey a combat order (the ontology). The rule context ``order_before``."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tasks.extract.context import of_token
from tasks.extract.name_scan import SENTENCE_END
from tasks.extract.patterns import lexicon
from tasks.extract.prefilter import forms

_WORD = re.compile(r"[A-Za-z]+")
REACH = 12  # words between the order verb and the infinitive of its task ("ordered the 3rd battalion to storm")
BACK_REACH = 3  # words after "back to" up to the goal ("back to the forward positions")


def refused_order_before(trigger: Token) -> bool:
    """``trigger`` refuses with no object or clause of its own, and the sentence before orders a force to fight."""
    if not refuses_nothing_named(trigger):
        return False
    document, offset = of_token(trigger)
    if document is None:
        return False
    sentence_start = offset + trigger.sent.start_char - trigger.idx
    before = SENTENCE_END.split(document.paragraph_before(sentence_start).strip())
    return bool(before) and _orders_to_fight(before[-1])


def refuses_nothing_named(trigger: Token) -> bool:
    """A bare refusal: no object, clause or phrase says what was refused ("The men refused.")."""
    return not any(c.dep_ in ("xcomp", "dobj", "ccomp", "prep") for c in trigger.children)


def _orders_to_fight(sentence: str) -> bool:
    """A verb of ordering followed, within REACH words, by "to" and a combat task ("ordered the battalion to storm")."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    orders = {f for lemma in lexicon("verb_order") for f in forms(lemma)}
    tasks = lexicon("refusal_task") | lexicon("refusal_assault_task")
    goals = lexicon("soldier_act_destination")
    for i, word in enumerate(words):
        if word in orders:
            window = words[i + 1 : i + 1 + REACH]
            if any(w == "to" and n in tasks for w, n in zip(window, window[1:])):
                return True
            if _back_to_the_front(window, goals):
                return True
    return False


def _back_to_the_front(window: list[str], goals: frozenset[str]) -> bool:
    """ "were ordered back to the positions near Robotyne", "ordered them back into the trenches": an order to
    return to the fight (lexicons/soldier_act_destination.txt, as soldier_act.py reads a refused going back)."""
    for i, word in enumerate(window):
        if word == "back" and window[i + 1 : i + 2] in (["to"], ["into"]):
            return any(w in goals for w in window[i + 2 : i + 2 + BACK_REACH])
    return False
