"""A state that leaves a multinational force or a coalition it belongs to: "Mali has withdrawn from the G5 Sahel
force", "Niger pulled out of the joint force", "Qatar withdrew from the Saudi-led coalition". It leaves a membership,
as one leaves a bloc or a treaty (the ontology's RETREAT "Not: leaving a treaty"), no area; a force that falls
back from an enemy's force ("Ukrainian units fell back from the advancing Russian force") is no state, and troops
that leave a joint force's base leave a place."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, token_classes, tree
from tasks.extract.patterns import lexicon


def leaves_a_membership(trigger: Token, actor: Token | None, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is the trigger a state's exit from a joint force or a coalition it is a member of? (The parser may take the
    body for what was pulled out: "Niger pulled out of the G5 Sahel joint force", "force" the object; not with a
    "from" of its own: "Russia withdrew Wagner forces from Bakhmut" moves a force out of a place.)"""
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"] + ([actor] if actor is not None else [])
    if not any(token_classes.has_class(s, "state", lexicons) and not armed.is_armed(s, lexicons) for s in subjects):
        return False
    if any(c.dep_ == "dobj" and armed.is_armed(c, lexicons) and not _joint_body(c) for c in trigger.children):
        return False  # "Burundi withdrew its troops from the African Union force in Somalia": its troops leave a theatre
    left = tree.prep_objects(trigger, lexicon("prep_place_left"))
    if not tree.prep_objects(trigger, {"from"}):  # "withdrew Wagner forces from Bakhmut": the object is what was moved out
        left += [c for c in trigger.children if c.dep_ == "dobj"]
    return any(_joint_body(t) for t in left)


def _joint_body(head: Token) -> bool:
    """ "the G5 Sahel force", "the joint force", "the Multinational Joint Task Force", "the Saudi-led coalition"."""
    if not tree.in_lexicon(head, lexicon("membership_body")) or any(c.dep_ == "poss" for c in head.children):
        return False  # "Russia withdrew its joint force from Syria": its own force, which leaves a place
    if head.lemma_.lower() != "force":
        return True  # a coalition or an alliance is always one of members
    mods = [m for c in head.children if c.dep_ in ("amod", "compound", "nmod") for m in c.subtree]
    return any(tree.in_lexicon(m, lexicon("joint_force_modifier")) or m.pos_ == "PROPN" for m in mods)
