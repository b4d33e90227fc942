"""The force a deserter goes over to and the force a place falls to: the opponents of who gives way.

"More than 30 soldiers deserted their unit and joined the People's Defence Force": the force joined is the
enemy of the one deserted (the junta's soldiers, not the PDF's). "The command falls to the MNDAA as hundreds of
troops surrender": the force a place falls to presses the troops who surrender.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places


def joined_forces(trigger: Token) -> list[Token]:
    """What a deserter joins or defects to: the object of "join" conjoined to the trigger ("deserted and joined
    the PDF"), or the "to" of "defect" ("defected to the rebels")."""
    verbs = [trigger, *trigger.conjuncts]
    if any(c.dep_ == "dobj" and places.side_of(tree.phrase(c).text) for c in trigger.children):
        return []  # "deserted the SDF and joined the Syrian army": the force deserted is named
    joins = lexicon("join_side_verb")
    out = [c for v in verbs if v.lemma_.lower() in joins for c in v.children if c.dep_ == "dobj"]
    return out + [g for v in verbs if v.lemma_.lower() in joins for g in tree.prep_objects(v, {"to"})]


def fallen_to(trigger: Token) -> list[Token]:
    """ "X falls to the MNDAA as troops surrender": the force the governing clause's place falls to."""
    if trigger.dep_ != "advcl" or trigger.head.lemma_.lower() not in lexicon("fall_to_verb"):
        return []
    return tree.prep_objects(trigger.head, {"to"})
