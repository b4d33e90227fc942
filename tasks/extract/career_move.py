"""A post or unit left for a new office, job or course: "The colonel left his post in Brussels for a new posting",
"left his post to become ambassador to Chile", "left his unit for a training course in Britain". A career move is
no desertion (the ontology's REFUSAL_TO_FIGHT: abandoning posts or units to avoid fighting); "left his unit near
Bakhmut for his home village" and "left his post to visit a bar" still are."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import prep_objects


def left_for_a_new_post(trigger: Token) -> bool:
    """Does the leaving verb have "for" a career noun (career_move_noun.txt), or a purpose clause whose verb takes
    up a new office (career_move_verb.txt: "to become ...", "to take up a job", "to assume command")?"""
    nouns = lexicon("career_move_noun")
    if any(o.lemma_.lower() in nouns for o in prep_objects(trigger, {"for"})):
        return True
    for clause in (c for c in trigger.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lexicon("career_move_verb")):
        if clause.lemma_.lower() != "take":
            return True  # "to become ambassador", "to assume command"
        taken = [c for c in clause.children if c.dep_ == "dobj"]
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in clause.children) and any(t.lemma_.lower() in nouns for t in taken):
            return True  # "to take up a job at the defence ministry"
    return False
