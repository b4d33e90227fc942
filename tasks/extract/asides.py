"""Infinitives that are no aim: an aside that adds ("to say nothing of desertion") and the "to" of a change
from one state to another that the tagger read as an infinitive ("from Islamic State fighter to deserter")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def _to_of(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def additive_aside(verb: Token) -> bool:
    """ "to say nothing of self-inflicted wounds and desertion", "not to mention desertion": what it names is added."""
    lemma = verb.lemma_.lower()
    said = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "dobj"), *(f"{c.lower_} {lemma}" for c in verb.children if c.dep_ == "neg")}
    return _to_of(verb) is not None and not said.isdisjoint(lexicon("cue_aside"))


def change_of_state(trigger: Token) -> bool:
    """ "his journey from Islamic State fighter to deserter": the "to" before a person noun closes a "from" phrase,
    it makes no infinitive (not "urged soldiers from the garrison to surrender": a verb, an infinitive after all)."""
    to = _to_of(trigger)
    if to is None or to.i == 0 or trigger.lower_ not in lexicon("refusing_person"):
        return False  # "fighters from the Azov regiment to surrender": an infinitive after all
    before = trigger.doc[to.i - 1]
    return before.dep_ == "pobj" and before.head.lower_ == "from"
