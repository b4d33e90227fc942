"""A march out joined to a surrender ("Cornwallis's troops marched out and laid down their arms", "the garrison
surrendered and marched out into captivity"): the capitulation's ceremony, not a retreat of its own; so is a leave its
terms grant ("laid down their arms and were allowed to leave the town with their families")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def marches_of_surrender(trigger: Token, offset: int) -> set[int]:
    """The document starts of the verbs of marching out ("marched out", lexicons/surrender_march_verb.txt) conjoined
    with a realis surrender's verb ``trigger`` and sharing its subject, and of the leaving such a verb is permitted
    in the passive ("and were allowed to leave"); the extractor reads no retreat there. Not a
    march out with a subject of its own ("the rebels marched out and the militia surrendered": two groups)."""
    if trigger.pos_ != "VERB" and trigger.dep_ == "dobj":
        trigger = trigger.head  # "laid down their arms" read at "arms"
    if trigger.pos_ != "VERB":
        return set()
    joined = [c for c in trigger.children if c.dep_ == "conj" and not _own_subject(c)]
    if trigger.dep_ == "conj" and not _own_subject(trigger):
        joined.append(trigger.head)
    left = [x for v in joined if _permitted(v) for x in v.children if x.dep_ == "xcomp" and (_marched_out(x) or x.lemma_.lower() in lexicon("exit_verb"))]
    return {offset + v.idx for v in joined if _marched_out(v)} | {offset + x.idx for x in left}


def _permitted(verb: Token) -> bool:
    """ "(laid down their arms) and were allowed to leave the town": a passive of permitting (lexicons/trigger_permit_verb.txt),
    the leave the surrender's terms grant."""
    return verb.lemma_.lower() in lexicon("trigger_permit_verb") and any(c.dep_ == "auxpass" for c in verb.children)


def _marched_out(verb: Token) -> bool:
    return verb.lemma_.lower() in lexicon("surrender_march_verb") and any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in verb.children)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
