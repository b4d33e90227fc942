"""A speaker who no longer serves: '"I would not fight for that club again," the former soldier said', "the retired
colonel said he would never fight in a war again". A refusal is declared by a member of an armed force; a former
one's "would not" or "will not" is a view. What he says he did while serving ('"I told the commander I would not
fight," the former soldier said': the declarer is "I", then) is told as before."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_WILL = ("will", "would", "wo", "'ll", "’ll", "'d", "’d")


def no_longer_serving(declarer: Token, trigger: Token) -> bool:
    """Is ``declarer`` modified as a former member (former_member_modifier.txt: "former", "retired", "ex-") and is
    the declared act his will ("would not fight", "will never fight")?"""
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in trigger.children):
        return False
    return is_former(declarer)


def is_former(person: Token) -> bool:
    """Is ``person`` modified as no longer serving ("the former soldier", "former guerrillas", "ex-combatants")?"""
    words = lexicon("former_member_modifier")
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_.rstrip("-") in words for c in person.children) or person.lower_.startswith("ex-")
