"""A role noun with a military modifier is a force's member: "the final British combat advisers withdrew", "the
last US combat convoy rolled out of Camp Taji", "German combat engineers pulled back", "American military trainers
pulled out of Niamey".

Advisers, instructors, engineers, crews or convoys serve firms and charities as well as armies
(lexicons/force_role_noun.txt); a modifier of war before the noun (lexicons/force_role_modifier.txt: combat,
military, army, naval) says which. Not "combat photographers" (no role of a force), "ground staff" (no modifier of
war), "combat sports instructors" (the modifier is the sport's: it must stand just before the noun), "military advisers" of an embassy
or a high commission (diplomatic staff, lexicons/diplomatic_premises.txt)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.tree import in_lexicon, prep_objects


def force_role(token: Token) -> bool:
    """Is ``token`` a role noun (adviser, trainer, engineer, crew, convoy) a military modifier before it places in a force?"""
    if token.pos_ not in ("NOUN", "PROPN") or not in_lexicon(token, lexicon("force_role_noun")):
        return False
    if not any(c.dep_ in ("amod", "compound", "nmod") and c.i == token.i - 1 and c.lower_ in lexicon("force_role_modifier") for c in token.children):
        return False
    return not at_diplomatic_premises(token) and not _civil_owner(token)


def _civil_owner(token: Token) -> bool:
    """Does an of-phrase or a possessive say whose the role-holders are, and is that no force ("army trainers of
    the football club")? owner_body.py."""
    from tasks.extract.armed import is_armed  # armed.py reads force_role: imported here, not at the top
    from tasks.extract.owner_body import owned_by_a_civil_body
    return owned_by_a_civil_body(token, lambda t: is_armed(t, load_lexicons()))


def at_diplomatic_premises(token: Token) -> bool:
    """Does the phrase or the verb it hangs on place ``token`` at an embassy or a high commission
    (lexicons/diplomatic_premises.txt: "expelled military advisers from its high commission")? Diplomatic staff."""
    premises = lexicon("diplomatic_premises")
    places = prep_objects(token, lexicon("prep_premises")) + (prep_objects(token.head, lexicon("prep_premises") - {"of"}) if token.head.i != token.i else [])
    return any(in_lexicon(p, premises) or (p.i > 0 and f"{p.doc[p.i - 1].lower_} {p.lower_}" in premises) for p in places)
