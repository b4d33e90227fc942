"""An event awaited by a vow or a plan: "the GNA said it would not stop fighting until Haftar's forces had withdrawn
from Tarhuna", "the mission will stay until the last rebels have left". A clause of "until" under a verb that tells
the future (will, shall; "would" in a reported vow) says what is waited for: the event has not happened (the
ontology: future, planned, intended; conditional). Not "did not stop until the Soviets withdrew" (the past tells
that it happened: not_until.py), nor a narrative's "would" with no one saying it ("the war would go on until the
Soviets withdrew", "the siege would last until the garrison surrendered in May 1942": a year dates its end).
The same as clause_mood.reported_future_condition, for what it leaves: a past perfect ("had withdrawn"), a present
perfect under "will" ("until the fighters have left"), the modal on a verb above an infinitive ("would not stop
fighting until ...")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.clause_mood import dated_by_a_year
from tasks.extract.patterns import lexicon


def awaited_until(trigger: Token, report_verbs: frozenset[str]) -> Token | None:
    """The "until" of the clause the verb ``trigger`` heads, when the clause it bounds tells the future."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "advcl" or trigger.head.i == trigger.i:
        return None
    until = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ in lexicon("prep_until")), None)
    if until is None or dated_by_a_year(trigger):
        return None  # "would last five months, until the garrison surrendered in May 1942": a story of the past
    main = trigger.head
    while main.dep_ in ("xcomp", "conj") and main.head.i != main.i:
        main = main.head  # "would not stop fighting until ...": the modal sits on "stop"
    modals = [c.lower_ for c in main.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if any(m in lexicon("future_auxiliary") for m in modals):
        return until
    if "would" in modals and main.dep_ == "ccomp" and main.head.lemma_.lower() in report_verbs:
        return until  # "said that it would not stop fighting until ...": a reported vow
    return None
