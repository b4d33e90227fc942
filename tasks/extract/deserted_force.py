"""Whose deserter one is: the force a deserter abandons ("Rohingya men ... have been abandoning the army") or the
force that conscripted him ("men conscripted by the military"), by its own words ("the Myanmar army") or, named
bare, by whose "the army" or "the military" is in the lines before ("the Myanmar military's Western Command ...
conscripted by the military": MMR), not the armed group the article is about (the ontology's REFUSAL_TO_FIGHT:
members of an armed force desert it; lexicons/refusal_left_force.txt, conscripting_verb.txt)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.context import DocumentContext, context_offset
from tasks.extract.patterns import lexicon
from tasks.normalize import places


def deserted_side(trigger: Token, actor: Token | None, context: DocumentContext | None) -> str | None:
    """The side of the force ``trigger`` abandons, or of the force that enlisted ``actor``; None when none is named."""
    forces = [c for c in trigger.children if c.dep_ == "dobj" and c.lower_ in lexicon("refusal_left_force")]
    enlisting = [c for c in actor.children if c.dep_ == "acl"] if actor is not None else []
    enlisting += [trigger.head] if trigger.dep_ == "advcl" else []  # "men conscripted by the military ... have been abandoning", read as a clause
    forces += [g for verb in enlisting if verb.lemma_.lower() in lexicon("conscripting_verb") for g in tree.prep_objects(verb, {"by"})]
    for force in forces:
        side = places.side_of(tree.phrase(force).text)
        if side is None and context is not None:
            side = context.side_of_noun_before(context_offset(force), force.lower_)
        if side is not None:
            return side
    return None
