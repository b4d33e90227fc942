"""Fighters of an armed group who go over to the state's forces: they defect to them ("Al-Shabaab commander, 11
fighters defect to government forces in Hiiraan", "three ADF fighters defected to the Ugandan army with their rifles")
or present themselves to them ("six ELN guerrillas presented themselves at an army checkpoint carrying rifles"). They
give themselves up to the force they fought, a SURRENDER (the ontology: fighters of an armed group give themselves up
to an opposing armed force), not a desertion from a state's army (REFUSAL_TO_FIGHT: soldiers who defect to the rebels),
nor soldiers reporting at their own barracks."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, roles, tree
from tasks.extract.army_member import army_member
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.normalize import places


def goes_over_to_the_state(trigger: Token) -> bool:
    """Defects or presents itself ("presented themselves at an army checkpoint", "to FARDC soldiers") to the state's forces."""
    if trigger.lemma_.lower() == "present":
        return _of_a_group(trigger) and any(_state_force(r) or _station(r) for r in tree.prep_objects(trigger, lexicon("prep_presented_to")))
    return defects_to_the_state(trigger)


def _station(noun: Token) -> bool:
    """A military post (lexicons/reporting_station.txt) that is no police post ("an army checkpoint", not "a police checkpoint")."""
    police = lexicon("police") | lexicon("police_force")
    return tree.in_lexicon(noun, lexicon("reporting_station")) and not any(tree.in_lexicon(c, police) for c in noun.children if c.i < noun.i)


def defects_to_the_state(trigger: Token) -> bool:
    """Is ``trigger`` a verb whose subject is of an armed group (its phrase names a group, "ADF fighters", "fighters of
    al-Shabaab", or is an insurgent's noun: lexicons/insurgent_noun.txt) with a "to" object that is a state's force
    ("government forces", "the Ugandan army")?"""
    if any(c.dep_ in ("advmod", "prt") and c.lower_ in lexicon("back_word") for c in trigger.children):
        return False  # "defected back to the army with his fighters": a side switched back, its fight went on (a desertion)
    if any(c.pos_ == "PROPN" and not places.find(tree.name_text(c), "sides") for c in roles.candidates(trigger, "subj")):
        return False  # "Abu Aqla Keikal, an RSF commander, defected to the army with his fighters": a named leader changing sides
    if _brings_a_force(trigger) or _commanders_alone(trigger):
        return False  # "RSF commanders defected to the army, taking their fighters with them": a force brought over, side switched
    return _of_a_group(trigger) and any(_state_force(r) for r in tree.prep_objects(trigger, {"to"}))


def _brings_a_force(trigger: Token) -> bool:
    """Do the defectors bring fighters or men with them ("with his fighters", "taking their fighters and vehicles with
    them")? Commanders who bring their men over switch sides and fight on; weapons brought ("with their rifles") do not tell."""
    lexicons = load_lexicons()
    takers = [c for c in trigger.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"]
    brought = tree.prep_objects(trigger, {"with"}) + [o for t in takers for o in t.children if o.dep_ == "dobj"]
    return any(armed.is_armed(b, lexicons) or tree.in_lexicon(b, lexicon("own_force_word")) for x in brought for b in tree.with_conjuncts(x))


def _commanders_alone(trigger: Token) -> bool:
    """ "Senior RSF Commander in Gezira Defects to Sudanese Army": a group's commander (lexicons/commander.txt) who
    defects with no fighters named beside him switches sides with his command (a desertion); "Al-Shabaab commander,
    11 fighters defect" names fighters who give themselves up."""
    givers = [g for c in roles.candidates(trigger, "subj") for g in tree.with_conjuncts(c)]
    return bool(givers) and all(tree.in_lexicon(g, lexicon("commander")) for g in givers)


def _of_a_group(trigger: Token) -> bool:
    givers = [g for r in ("subj", "controller") for c in roles.candidates(trigger, r) for g in tree.with_conjuncts(c)]  # "urged ELN guerrillas to present themselves"
    return any(g.lower_ in lexicon("insurgent_noun") or _names_a_group(g) for g in givers)


def _names_a_group(giver: Token) -> bool:
    return any(n.kind == "group" for _, _, n in places.find(tree.phrase(giver).text.replace("-", " "), "sides"))


def _state_force(receiver: Token) -> bool:
    """An armed phrase that names a state and no group, or a regular army's word ("troops", "the army", "government
    forces": lexicons/generic_state_actor.txt on the noun or a word before it)."""
    if not armed.is_armed(receiver, load_lexicons()):
        return False
    named = places.find(tree.phrase(receiver).text.replace("-", " "), "sides")
    if any(n.kind != "state" for _, _, n in named):
        return False
    generic = [receiver, *(c for c in receiver.children if c.dep_ in ("compound", "amod") and c.i < receiver.i)]
    return bool(named) or army_member(receiver) or any(tree.in_lexicon(t, lexicon("generic_state_actor")) for t in generic)
