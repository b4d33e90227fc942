"""An armed group that says "it" did something: "Wagner says it has left Mali", "Hezbollah said it had pulled back
from the village". The pronoun stands for the subject of the verb of saying whose clause holds the event; that
subject is the force that acted (its side is the speaker's). Not "the company said it had left Russia" (no armed
speaker), nor "it" that stands for anything else in a clause with no verb of saying above it."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.armed import is_armed
from tasks.extract.patterns import lexicon


def group_says_it(pronoun: Token, trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is ``pronoun`` ("it") the subject of ``trigger``, or of the verb whose object ``trigger`` is, in a clause reported
    by an armed group ("Wagner says it has left", "the LNA said it had carried out a repositioning")?"""
    if pronoun.lower_ not in lexicon("pronoun_group") or pronoun.pos_ != "PRON":
        return False
    clause = trigger.head if trigger.dep_ == "dobj" else trigger  # "said it had carried out a repositioning": the event noun's verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon("cue_report"):
        return False
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return any(is_armed(s, lexicons) for s in speakers)
