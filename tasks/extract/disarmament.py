"""Weapons handed in that are no surrender: former combatants disarming under a peace programme ("under the 2016
peace deal, former FARC guerrillas handed their weapons to UN monitors", "former combatants handed in their rifles
at demobilisation camps") give nothing up to an enemy they still fight, and soldiers handing their rifles in "at the
armoury" return them to their own force (the ontology's SURRENDER: an armed actor gives itself up to an opposing
armed force; round surr19; lexicons/former_member_modifier.txt, peace_disarmament.txt, arms_store.txt). Both
marks are needed for the programme: fighters of a war still fought who lay down their arms "at the disarmament
centre" give up, and so do former soldiers of a fallen regime who hand their weapons to the victors with no
programme named ("Former Assad forces surrender weapons in Damascus")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import roles, tree
from tasks.extract.former_member import is_former
from tasks.extract.patterns import lexicon


def arms_handed_back(trigger: Token) -> bool:
    """Does ``trigger`` give up weapons (its object, or the object of its "in": "handed in their rifles") at an
    armoury, or do former fighters (its subject, or the noun its participle describes) give them up under, at or
    through something a peace-programme word modifies ("the disarmament programme", "demobilisation camps", "the
    2016 peace deal")?"""
    if not _gives_arms(trigger):
        return False
    settings = tree.prep_objects(trigger, lexicon("prep_disarm_setting"))
    if any(tree.in_lexicon(s, lexicon("arms_store")) for s in settings):
        return True
    if not any(is_former(p) for role in ("subj", "head") for p in roles.candidates(trigger, role)):
        return False
    words = lexicon("peace_disarmament")
    return any(tree.in_lexicon(w, words) for s in settings for w in tree.phrase(s) if w.i <= s.i)


def _gives_arms(trigger: Token) -> bool:
    arms = lexicon("arms_word")
    given = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] + tree.prep_objects(trigger, {"in"})
    return any(tree.in_lexicon(g, arms) for g in given)

