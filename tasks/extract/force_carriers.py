"""Vehicles that stand for the force they carry: "the first SANDF convoys left Goma", "RSF vehicles were seen leaving
Wad Madani", "the final US military flight left Kabul", "buses carrying fighters of the group began leaving Douma".

A conveyance (lexicons/force_conveyance.txt) is a force when its load is armed ("carrying fighters", "a convoy of
troops") or, with no load named, when a modifier names a force: an armed word ("military", "army"), an armed
group's name or an acronym the sides data know ("RSF", "SANDF"). A state's name alone does not (its airlines and aid fly too:
"a Russian passenger flight"), nor a civil modifier or load ("an aid convoy", "buses carrying civilians",
"trucks loaded with grain"); lexicons/civil_convoy_modifier.txt.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tasks.extract.freed_captives import freed_captive
from tasks.extract.name_scan import force_acronym
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.tree import in_lexicon, prep_objects
from tasks.normalize import places


def carries_a_force(token: Token, armed: Callable[[Token], bool]) -> bool:
    """Is ``token`` a vehicle or a convoy that carries a force (``armed`` decides a modifier or a load)?"""
    if token.pos_ not in ("NOUN", "PROPN") or not in_lexicon(token, lexicon("force_conveyance")):
        return False
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < token.i]
    if any(in_lexicon(m, lexicon("civil_convoy_modifier")) for m in modifiers):
        return False  # "an aid convoy", "the evacuation flight"
    load = _load(token)
    if load is not None:
        return armed(load) and not _out_of_the_fight(load)  # "buses carrying fighters", not "buses carrying civilians"
    return any(armed(m) or _force_acronym(m) for m in modifiers)


def _out_of_the_fight(load: Token) -> bool:
    """A load of soldiers carried as casualties or captives, no force withdrawn: "trucks carrying wounded soldiers",
    "a convoy carrying dead soldiers", "buses carrying captured soldiers" (lexicons/wound_state.txt, dead_state.txt;
    freed_captives.freed_captive for captives), also on the of-phrase a count takes ("hundreds of wounded fighters")."""
    states = lexicon("wound_state") | lexicon("dead_state")
    loads = [load, *prep_objects(load, {"of"})]
    return any(freed_captive(t, load_lexicons()) or any(c.dep_ in ("amod", "compound") and in_lexicon(c, states) for c in t.children) for t in loads)


def _force_acronym(token: Token) -> bool:
    """An acronym the sides data know as a force or a state's force ("SANDF", "FARDC", "IDF"); not an aid agency's
    ("MSF", "WFP") nor a country's ("US")."""
    return force_acronym(token.text) and bool(places.find(token.text, "sides"))


def _load(token: Token) -> Token | None:
    """What the vehicle carries, named first: the object of a participle of carrying ("carrying fighters", "loaded
    with ammunition") or of "of" ("a convoy of troops")."""
    for verb in token.children:
        if verb.dep_ == "acl" and verb.lemma_.lower() in lexicon("carry_verb"):
            objects = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, {"with"})
            if objects:
                return objects[0]
    loads = prep_objects(token, {"of"})
    return loads[0] if loads else None
