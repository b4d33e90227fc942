"""A fight given up for something that is no ground: "The Germans gave up the fight for the World Cup", "the Italians
gave up the fight for the title". A struggle for a prize, a seat or a title is a contest, and giving it up is no
surrender of an armed actor (the ontology's SURRENDER "Not: figurative surrender ... 'surrendered the lead'"); the
fight for a town, a hill or an airport ("gave up the fight for Bakhmut") is a battle's."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import token_classes, tree
from tasks.extract.patterns import lexicon


def fight_for_no_ground(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is what the trigger gives up a fight (lexicons/fight_noun.txt) whose "for" names no place, position or force?"""
    fights = [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon("fight_noun")]
    goals = [g for f in fights for g in tree.prep_objects(f, {"for"})]
    return bool(goals) and not any(token_classes.has_class(g, c, lexicons) for g in goals for c in ("place", "position", "armed"))
