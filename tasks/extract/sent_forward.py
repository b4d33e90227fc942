"""A force its own side sends on, not one the enemy pushes back: "the army pushed its tanks towards the front",
"Russian commanders pushed fresh troops to the western outskirts of Bakhmut". The rules of being pushed or driven
(``subject_is_opponent``) read the verb's object as the force that gave way; when the object is the subject's own
("its tanks", lexicons/own_possessive.txt), a fresh force (lexicons/fresh_force_modifier.txt) or the subject is its
commander (lexicons/commander.txt), the verb moves a force forward and no retreat is told. "Its" is not the
subject's own when an armed force is named before it as the object of another verb or preposition ("smashed through
the Romanian Third Army and drove its shattered divisions back": the beaten army's divisions).
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.armed import is_armed
from tasks.extract.patterns import lexicon, load_lexicons


def sent_forward(trigger: Token) -> bool:
    """Is the active push or drive of ``trigger`` a force moved on by its own side?"""
    if trigger.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in trigger.children) or trigger.tag_ == "VBN" and not any(c.dep_ == "aux" for c in trigger.children):
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if not objects:
        return False
    own = any(c.dep_ == "poss" and c.lower_ in lexicon("own_possessive") for o in objects for c in o.children) and not _force_named_before(trigger)
    fresh = any(c.dep_ == "amod" and c.lower_ in lexicon("fresh_force_modifier") for o in objects for c in o.children)
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    led = any(tree.in_lexicon(s, lexicon("commander")) for s in subjects)
    return own or fresh or led


def _force_named_before(trigger: Token) -> bool:
    """An armed force named before the verb as the object of another verb or of a preposition ("smashed through the
    Romanian Third Army and drove its divisions back"): the possessive's nearer owner."""
    lexicons = load_lexicons()
    return any(t.dep_ in ("dobj", "pobj") and is_armed(t, lexicons) for t in trigger.sent if t.i < trigger.i)
