"""A bare definite event noun that only points back to an event the text told before, and tells nothing new of it:
"whole units had surrendered in the days before the withdrawal" (the withdrawal dates the surrender), "The army has
not publicly confirmed the pullback." (a silence about it), "Governor Zulum has welcomed the surrenders", "The
spokesman attributed the surrenders to sustained pressure" (a judgement or a cause given), "The surrenders raise
questions about ..." (what it caused). The ontology's unit is
a sentence that states an event; these sentences state another act, or none, and the withdrawal's own sentence is
its mention. Only the plain noun with its article: "before the withdrawal from Kabul", "since the US pullout",
"welcomed the surrender of 60 fighters" name the event again, and
"The withdrawal was completed on Friday" tells something new of it."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.event_reference import definite_event_noun
from tasks.extract.patterns import lexicon


def only_refers_back(trigger: Token, actor: Token | None) -> bool:
    """Is ``trigger`` "the" + an event noun with nothing else of its own, that dates another act ("before the
    withdrawal": lexicons/prep_dating.txt), is the object of a negated verb of checking ("has not confirmed the
    pullback": lexicons/cue_unverified.txt), or is judged, explained or a cause (``_regarded``)?"""
    if trigger.pos_ != "NOUN" or actor is not None or not definite_event_noun(trigger):
        return False
    if any(c.dep_ != "det" for c in trigger.children):
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in lexicon("prep_dating"):
        return head.head.i != trigger.i
    if trigger.dep_ == "dobj" and head.lemma_.lower() in lexicon("cue_unverified"):
        return any(c.dep_ == "neg" for c in head.children)
    return head.pos_ in ("VERB", "AUX") and _regarded(trigger, head.lemma_.lower())


def _regarded(trigger: Token, verb: str) -> bool:
    """Is ``trigger`` what a verb of judging or explaining takes as its object ("welcomed the surrenders", "the
    pullback was welcomed": lexicons/verb_regard_event.txt), or the subject of a verb of causing ("The surrenders raise
    questions": verb_consequence.txt)? Not the subject of a feeling it stirs ("The drawdown has alarmed the SDF", kept
    as a mention by sd7-077)."""
    if trigger.dep_ in ("dobj", "nsubjpass"):
        return verb in lexicon("verb_regard_event")
    return trigger.dep_ == "nsubj" and verb in lexicon("verb_consequence")
