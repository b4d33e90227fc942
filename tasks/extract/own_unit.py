"""One person who deserts his own unit or post, named with no soldier word: "Ivan Petrov, 24, deserted his unit near
Donetsk", "a 31-year-old man from Ryazan deserted his post", "a Syrian defector deserted his post in Homs". The unit or
post that is his ("his", "her", "their": lexicons/pronoun_owner.txt) says he served in a force (the ontology's
REFUSAL_TO_FIGHT: members of an armed force desert, abandon their posts or units). Only a person by name (the tagger's
PERSON) or a plain man or a defector (lexicons/own_unit_person.txt); never one
named by a civilian trade ("Petrov, a surgeon, deserted his post"). "Desert" takes any post or unit
(lexicons/refusal_post.txt); leaving, abandoning or fleeing only a unit of a force (lexicons/own_unit_noun.txt): "quit
his post" is a resignation, "abandoned their posts" a strike."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract import tree
from tasks.extract.patterns import lexicon


def deserted_own_unit(trigger: Token, actor: Token) -> bool:
    """Is ``actor`` one person who deserts or leaves a unit or post of his own (``trigger``'s object)?"""
    if actor.dep_ != "nsubj" or actor.head.i != trigger.i or not _one_person(actor):
        return False
    left = lexicon("refusal_post") if trigger.lemma_.lower() == "desert" else lexicon("own_unit_noun")
    return any(
        c.dep_ == "dobj" and tree.in_lexicon(c, left) and any(d.dep_ == "poss" and d.lower_ in lexicon("pronoun_owner") for d in c.children)
        for c in trigger.children
    )


def _one_person(actor: Token) -> bool:
    named = entity_type(actor) == "PERSON" or tree.in_lexicon(actor, lexicon("own_unit_person"))
    civil = lexicon("civilian_person") | lexicon("civil_trade_noun") | lexicon("civil_duty")
    trades = [t for c in actor.children if c.dep_ == "appos" for t in (c, *c.conjuncts)]
    return named and not any(tree.in_lexicon(t, civil) for t in (actor, *trades))
