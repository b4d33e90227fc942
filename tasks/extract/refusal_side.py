"""Refusers a story of an armed group's war names without a side: the state's men, not the group's.

A refusal to fight is news of the force whose orders are refused or whose ranks are left (the ontology's
REFUSAL_TO_FIGHT: members of an armed force refuse, desert, abandon their posts). In a story about the Taliban's
offensive or Wagner's mutiny, "The collapse has been accompanied by widespread desertion", "some helicopter crews
refused orders to fire on the convoys" and "One officer in Taloqan said his men had refused to go back to the front
line" tell of the state's army that faces the group, never of the group the story is about: a bare desertion noun,
the crews of craft (lexicons/crew_noun.txt) and the men of a regular army's member who speaks of them (army_member.py)
take the article's state (sides.py), as a rank or a unit does. Not fighters named as the group's or as insurgents,
whom sides.py reads before this.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.army_member import army_member, counted_head
from tasks.extract.patterns import lexicon


def state_refusers(trigger: Token, actor: Token | None) -> bool:
    """Does a refusal with no side of its own tell of a state army's men: a regular army's unit left, a bare refusal
    noun, crews, or "his men" in the words of a regular army's member?"""
    if any(c.dep_ == "dobj" and army_member(c) for c in trigger.children):
        return True  # "he left his battalion near Bahir Dar": a regular army's unit left
    if actor is None:  # "widespread desertion", "the mutiny spread"; "an officer who said he had defected"
        return trigger.pos_ in ("NOUN", "PROPN") or _said_by_army_member(trigger)
    head = counted_head(actor)
    if head.pos_ != "PROPN" and tree.in_lexicon(head, lexicon("crew_noun")) and not _owned(head):
        return True  # "some helicopter crews refused orders to fire"
    return tree.in_lexicon(head, lexicon("own_unit_person")) and _owned(head) and _said_by_army_member(trigger)


def _owned(token: Token) -> bool:
    return any(c.dep_ == "poss" for c in token.children)


def _said_by_army_member(trigger: Token) -> bool:
    """ "One officer in Taloqan said his men had refused", "an officer who said he had defected": the clause reported
    by a regular army's member or by one of a regular army's unit ("A commander of a commando unit ... said half of his
    men had left their posts"; a relative pronoun read as the noun it hangs on)."""
    saying = next((a for a in trigger.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in lexicon("cue_report")), None)
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None) if saying is not None else None
    if speaker is not None and speaker.tag_ in ("WP", "WDT") and saying.dep_ == "relcl":
        speaker = saying.head
    if speaker is None or speaker.tag_ == "PRP":
        return False
    return army_member(speaker) or any(army_member(o) for o in tree.prep_objects(speaker, {"of"}))  # "a commander of a commando unit"
