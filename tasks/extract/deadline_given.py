"""An ultimatum worded as time granted: "Baghdad gave American forces until September to leave Iraqi bases", "the
junta has given the peacekeepers 90 days to withdraw". Who was given the time is who is to act (the infinitive's
understood subject), and the act is demanded, not done."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.patterns import lexicon


def time_granting_verb(trigger: Token) -> Token | None:
    """The verb that grants the time ("gave ... until September to leave") an infinitive trigger says the use of."""
    if trigger.dep_ not in ("xcomp", "advcl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    verb = trigger.head if trigger.dep_ != "relcl" else _end_of_span_verb(trigger.head)
    if verb is None:
        return None
    if verb.lemma_.lower() not in lexicon("verb_grant_time") or not _grants_a_span(verb):
        return None
    return verb


def given_the_time(trigger: Token) -> list[Token]:
    """Who was given the time to act: the verb's dative, else its object that is no span of time."""
    verb = time_granting_verb(trigger)
    if verb is None:
        return []
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    return datives or [c for c in verb.children if c.dep_ == "dobj" and not _span_of_time(c)]


def _end_of_span_verb(noun: Token) -> Token | None:
    """ "gave French troops until the end of the year to leave": the parser hung the infinitive on the end of the
    span as a relative clause; the verb that grants the span is the one above its "until"."""
    until = noun.head
    if noun.dep_ != "pobj" or until.lower_ not in lexicon("prep_until") or until.head.i == until.i:
        return None
    return until.head


def _grants_a_span(verb: Token) -> bool:
    """ "until September", "90 days": the time is named by an end or by a length."""
    until = any(c.dep_ == "prep" and c.lower_ in lexicon("prep_until") for c in verb.children)
    return until or any(c.dep_ == "dobj" and _span_of_time(c) for c in verb.children)


def _span_of_time(noun: Token) -> bool:
    return entity_type(noun) in ("DATE", "TIME")
