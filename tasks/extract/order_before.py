"""A bare refusal whose order is named in the sentence before: "Commanders ordered the battalion to storm the
village again. The men refused." The refusal says nothing of what was refused; the line before says it was an
order to fight (verb_order.txt with an infinitive of refusal_task.txt or refusal_assault_task.txt), so the
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


def refused_order_before(trigger: Token) -> bool:
    """``trigger`` refuses with no object or clause of its own, and the sentence before orders a force to fight."""
    if any(c.dep_ in ("xcomp", "dobj", "ccomp", "prep") for c in trigger.children):
        return False
    document, offset = of_token(trigger)
    if document is None:
        return False
    sentence_start = offset + trigger.sent.start_char - trigger.idx
    before = SENTENCE_END.split(document.paragraph_before(sentence_start).strip())
    return bool(before) and _orders_to_fight(before[-1])


def _orders_to_fight(sentence: str) -> bool:
    """A verb of ordering followed, within REACH words, by "to" and a combat task ("ordered the battalion to storm")."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    orders = {f for lemma in lexicon("verb_order") for f in forms(lemma)}
    tasks = lexicon("refusal_task") | lexicon("refusal_assault_task")
    for i, word in enumerate(words):
        if word in orders:
            window = words[i + 1 : i + 1 + REACH]
            if any(w == "to" and n in tasks for w, n in zip(window, window[1:])):
                return True
    return False
