"""The ontology's "Not: celebrations that went ahead, were scaled back, moved or postponed", told beside the cancelling.
Scaled back: a part dropped while the sentence says the whole went ahead ("the wreath-laying procession was dropped,
though the service itself went ahead", "the parade was scrapped, but the rest of the ceremony went ahead"; round
cc23): the event was held, smaller.
Postponed: a celebration that "will not go ahead this Sunday as planned and has been postponed" (to a date or none): a holding
denied and a verb of putting it off (lexicons/verb_postpone.txt) conjoined to it with the same subject. The event is
moved in time, not cancelled (the ontology's "Not: ... moved or postponed"). Not "was not held, and the council
postponed its budget vote": a conjunct with a subject of its own tells something else."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def postponed_instead(trigger: Token) -> bool:
    """Is a verb of postponing, with no subject of its own, conjoined to the negated ``trigger``?"""
    verbs = lexicon("verb_postpone")
    return any(
        v.dep_ == "conj" and v.pos_ == "VERB" and v.lemma_.lower() in verbs and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)
        for v in trigger.children
    )


def part_of_a_held_event(trigger: Token) -> bool:
    """Is a clause beside the cancelling ``trigger`` one that says the whole event went ahead, its subject marked as the
    whole ("the service itself", "the rest of the ceremony") and not negated ("went ahead", "was held", "took place")?"""
    clauses = [c for c in trigger.children if c.dep_ in ("advcl", "conj")]
    if trigger.dep_ in ("advcl", "conj"):
        clauses += [trigger.head, *(c for c in trigger.head.children if c.dep_ in ("advcl", "conj") and c.i != trigger.i)]
    return any(_went_ahead(v) and any(_the_whole(s) for s in v.children if s.dep_ in ("nsubj", "nsubjpass")) for v in clauses)


def _went_ahead(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in ("go", "proceed"):
        return lemma == "proceed" or any(c.lower_ == "ahead" for c in verb.children)
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in lexicon("trigger_hold_verb") and any(c.dep_ == "auxpass" for c in verb.children)


def _the_whole(subject: Token) -> bool:
    """ "the service itself", "the rest of the ceremony": the event as a whole, beside the part dropped."""
    return any(c.lower_ == "itself" for c in subject.children) or subject.lemma_.lower() in ("rest", "remainder")
