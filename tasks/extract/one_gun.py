"""A gun one person hands in: "a former soldier surrendered a shotgun under the firearms amnesty", "a police officer
surrendered his firearm after being suspended".

The ontology's SURRENDER is an armed actor giving itself up to an opposing armed force; one person who surrenders a
weapon (lexicons/arms_word.txt, personal_weapon.txt) to no armed receiver, and whose phrase names no side, hands in a
gun to the authorities. Only the verb "surrender" is read so ("laid down his arms" is a soldier giving up). A force or a unit ("the garrison surrendered its weapons"), a person of a side ("a Russian
soldier surrendered his rifle") or a gun handed to an enemy ("surrendered his pistol to Soviet officers") stays a
surrender.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, roles, token_classes, tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places


def hands_in_a_gun(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does one person with no side surrender a gun, to no armed receiver, at ``trigger`` (the verb "surrender"
    only: "the soldier laid down his arms and raised his hands" gives himself up)?"""
    if trigger.lemma_.lower() != "surrender":
        return False
    guns = [c for c in trigger.children if c.dep_ == "dobj" and _is_gun(c)]
    people = roles.candidates(trigger, "subj")
    if not guns or not people or not all(_one_person(p, lexicons) for p in people):
        return False
    receivers = tree.prep_objects(trigger, {"to"})
    return not any(armed.is_armed(r, lexicons) or places.side_of(tree.phrase(r).text) for r in receivers)


def _is_gun(token: Token) -> bool:
    words = lexicon("arms_word") | lexicon("personal_weapon")
    return tree.in_lexicon(token, words) or token_classes.specific_class(token, "personal_weapon", {"personal_weapon": lexicon("personal_weapon")})


def _one_person(person: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """A singular person (armed_person.txt, military_rank.txt), not a force or unit named as one ("the garrison"),
    whose phrase names no side."""
    if person.tag_ != "NN" or person.conjuncts or places.side_of(tree.phrase(person).text):  # "the commander and 200 of his men"
        return False
    one = lexicon("armed_person") | lexicon("military_rank")  # "a soldier", "the sergeant"; not "the garrison"
    return tree.in_lexicon(person, one) or not armed.is_armed(person, lexicons)
