"""Arms laid down as a refusal: "Soldiers of a French infantry regiment laid down their rifles near Soissons and
declined to march to the line", "put down their weapons and refused to advance". Men who put down their arms and
refuse to march, with nobody to receive them, refuse to fight (the 1917 mutinies); a surrender is giving oneself up
to an opposing force ("laid down their arms to al-Shabaab and refused to fight on" stays one, and so does "laid down
their weapons and refused to fight on as Kurdish forces closed in": an enemy at hand receives them)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, tree
from tasks.extract.patterns import lexicon


def arms_down_in_refusal(trigger: Token, receivers: list[Token], lexicons: dict[str, frozenset[str]]) -> bool:
    """Is the trigger arms put down, given to nobody, beside a refusal of a task of the fight by the same men?"""
    if receivers or tree.prep_objects(trigger, {"to"}) or not any(c.dep_ in ("dobj", "nsubjpass") and tree.in_lexicon(c, lexicon("arms_word")) for c in trigger.children):
        return False
    refusals = [c for c in trigger.conjuncts if c.pos_ == "VERB" and tree.in_lexicon(c, lexicon("refusing_verb"))]
    refused = any(x.dep_ == "xcomp" and tree.in_lexicon(x, lexicon("refusal_task")) for r in refusals for x in r.children)
    return refused and not _enemy_at_hand(trigger, lexicons)


def _enemy_at_hand(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does the sentence name another force, outside the subject's phrase and no mere source of the report ("as Kurdish
    forces closed in": the enemy there to receive them; not "an army officer said"), or say the men are encircled or
    besieged ("Surrounded on three sides, the soldiers put down their rifles": lexicons/cornered_word.txt)?"""
    sayers = [t for t in trigger.sent if t.dep_ == "nsubj" and t.head.lemma_.lower() in lexicon("cue_report")]
    subjects = [c for s in (trigger, *trigger.conjuncts) for c in s.children if c.dep_ in ("nsubj", "nsubjpass")]
    own = {t.i for c in (*subjects, *sayers) for t in c.subtree}
    if any(tree.in_lexicon(t, lexicon("cornered_word")) for t in trigger.sent if t.i not in own or t.dep_ in ("amod", "acl", "advcl")):
        return True  # "Encircled in the village, thirty marines laid down their arms": a siege's enemy receives them
    return any(t.i not in own and t.pos_ in ("NOUN", "PROPN") and armed.is_armed(t, lexicons) for t in trigger.sent)
