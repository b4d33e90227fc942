"""Bare passives the tagger reads as a past tense ("Russian troops pushed back from outskirts of Kharkiv",
"Russian Troops Repelled From Robotyne"), also reduced relative clauses the parser made the main verb ("ISIS cells
pushed out of the Bishri area by government operations in August have regrouped")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def is_past_read_passive(trigger: Token) -> bool:
    """A headline's or a clause's bare participle tagged as a past tense: a verb with no object and no auxiliary that
    goes "back from" a place ("Wagner units pushed back from Klishchiivka, commander says"). Who it has for a subject
    was pushed; "Ukrainian forces pushed back, retaking two villages" (no place left) is a counterattack."""
    if trigger.tag_ != "VBD" or any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in trigger.children):
        return False
    if trigger.lemma_.lower() in lexicon("verb_transitive_only") and any(c.dep_ == "prep" for c in trigger.children):
        return True  # "Russian Troops Repelled From Robotyne", "Routed At El Fasher": a verb that always takes an object, with none
    if any(c.dep_ == "agent" for c in trigger.children) or _main_verb_after(trigger):
        return True  # "cells pushed out of the area by army operations", "cells pushed out of X in August have regrouped"
    backs = [c for c in trigger.children if c.lower_ == "back" and c.dep_ in ("advmod", "prt")]
    return any(_has_from(back) or _has_from(trigger) for back in backs)


def _main_verb_after(trigger: Token) -> bool:
    """A later verb hung on the trigger with a perfect auxiliary of its own and no subject ("... pushed out of the
    area in August have regrouped"): the sentence's main verb, so the trigger's clause is a reduced relative on
    their shared subject. Not "pushed out and have regrouped" (a coordination)."""
    return any(
        c.dep_ in ("conj", "advcl") and c.i > trigger.i
        and any(a.dep_ == "aux" and a.lemma_.lower() == "have" and a.i < c.i for a in c.children)
        and not any(a.dep_ in ("nsubj", "nsubjpass", "cc", "mark") for a in c.children)
        and not any(t.dep_ == "cc" for t in trigger.children if trigger.i < t.i < c.i)
        for c in trigger.children
    )


def _has_from(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children)
