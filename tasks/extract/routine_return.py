"""A routine return to base: a force "flown back to their base after completing training in Germany", "after the
Victory Day parade in Moscow" comes home from a task, not from ground it held (rules ``ROUTINE_RETURN_RULES``). The
"after" / "following" phrase on the verb (lexicons/prep_sequel.txt) names the task (lexicons/routine_return_noun.txt),
as its object or the object of its gerund ("after completing training"); "after the attack" stays a pullback."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

ROUTINE_RETURN_RULES = {"retreat.brought-back-to-base"}


def routine_return(trigger: Token) -> bool:
    """Does an "after" phrase on ``trigger`` name training, an exercise, a parade or a rotation?"""
    tasks = lexicon("routine_return_noun")
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in lexicon("prep_sequel"):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        objects += [o for c in prep.children if c.dep_ == "pcomp" for o in c.children if o.dep_ in ("dobj", "pobj")]
        if any(o.lemma_.lower() in tasks or o.lower_ in tasks for o in objects):
            return True
    return False
