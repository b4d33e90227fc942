"""Arms laid down as a refusal: "Soldiers of a French infantry regiment laid down their rifles near Soissons and
declined to march to the line", "put down their weapons and refused to advance". Men who put down their arms and
refuse to march, with nobody to receive them, refuse to fight (the 1917 mutinies); a surrender is giving oneself up
to an opposing force ("laid down their arms to al-Shabaab and refused to fight on" stays one)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import roles
from tasks.extract.patterns import lexicon


def arms_down_in_refusal(trigger: Token, receivers: list[Token]) -> bool:
    """Is the trigger arms put down, given to nobody, beside a refusal of a task of the fight by the same men?"""
    if receivers or roles.prep_objects(trigger, {"to"}) or not any(c.dep_ in ("dobj", "nsubjpass") and roles.in_lexicon(c, lexicon("arms_word")) for c in trigger.children):
        return False
    refusals = [c for c in trigger.conjuncts if c.pos_ == "VERB" and roles.in_lexicon(c, lexicon("refusing_verb"))]
    return any(x.dep_ == "xcomp" and roles.in_lexicon(x, lexicon("refusal_task")) for r in refusals for x in r.children)
