"""Deserters who flee: "A Russian deserter who fled to Kazakhstan said ...", "Two deserters fled across the border
into Georgia", "Ukrainian deserters abandoned their positions near Pokrovsk". The flight of men who left their force
is their desertion (REFUSAL_TO_FIGHT, which the refusal rules read), not a force withdrawing (RETREAT). Deserters
or defectors who serve another force since ("now fighting for the Legion") and withdraw with it still withdraw."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.defected_to import later_force_tokens, leaver


def deserters_flee(trigger: Token) -> bool:
    """Are the subjects of the leaving verb all deserters or defectors (force_leaver.txt) with no clause naming a force
    they serve since, also as the antecedent of a relative clause ("a deserter who fled") or after a quantity ("Dozens
    of Russian deserters fled")?"""
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if trigger.dep_ == "relcl" and all(s.tag_ in ("WP", "WDT") for s in subjects):
        subjects = [trigger.head]
    people = [m for s in subjects for m in (tree.prep_objects(s, {"of"}) or [s])]
    return bool(people) and all(leaver(p) and not later_force_tokens(p) for p in people)
