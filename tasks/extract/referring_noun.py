"""A bare definite event noun that only points back to an event the text told before, and tells nothing new of it:
"whole units had surrendered in the days before the withdrawal" (the withdrawal dates the surrender), "The army has
not publicly confirmed the pullback." (a silence about it). The ontology's unit is a sentence that states an event;
these sentences state another act, or none, and the withdrawal's own sentence is its mention. Only the plain noun
with its article: "before the withdrawal from Kabul", "since the US pullout" name the event again, and "The
withdrawal was completed on Friday" tells something new of it."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.event_reference import definite_event_noun
from tasks.extract.patterns import lexicon


def only_refers_back(trigger: Token, actor: Token | None) -> bool:
    """Is ``trigger`` "the" + an event noun with nothing else of its own, that dates another act ("before the
    withdrawal": lexicons/prep_dating.txt) or is the object of a negated verb of checking ("has not confirmed the
    pullback": lexicons/cue_unverified.txt)?"""
    if trigger.pos_ != "NOUN" or actor is not None or not definite_event_noun(trigger):
        return False
    if any(c.dep_ != "det" for c in trigger.children):
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in lexicon("prep_dating"):
        return head.head.i != trigger.i
    if trigger.dep_ == "dobj" and head.lemma_.lower() in lexicon("cue_unverified"):
        return any(c.dep_ == "neg" for c in head.children)
    return False
