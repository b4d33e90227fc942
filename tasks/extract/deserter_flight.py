"""Deserters who flee: "A Russian deserter who fled to Kazakhstan said ...", "Two deserters fled across the border
into Georgia". The flight of men who left their force is their desertion (REFUSAL_TO_FIGHT, which the refusal rules
read), not a force withdrawing (RETREAT)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def deserters_flee(trigger: Token) -> bool:
    """Are the subjects of the leaving verb all deserters (deserter_noun.txt), or is the verb a relative clause on
    one ("a deserter who fled")?"""
    nouns = lexicon("deserter_noun")
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if trigger.dep_ == "relcl" and all(s.tag_ in ("WP", "WDT") for s in subjects):
        subjects = [trigger.head]
    return bool(subjects) and all(s.lower_ in nouns for s in subjects)
