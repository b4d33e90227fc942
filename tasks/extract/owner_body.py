"""Whose a group of members or role-holders is, when its own phrase says it: "volunteers of the charity",
"the company's personnel", "teams of the electricity company", "army trainers of the football club". A word of
membership or service (personnel, volunteers, teams, crews, trainers) names a force only when nothing says whose
it is, or what says so is a force ("personnel of the 47th Brigade", "trainers from the Wagner group") or a place
they come from or serve ("volunteers from Lviv", "Russia's personnel"). A possessive or an of- or from-phrase
naming any other body (a charity, a firm, a club, a fire service) makes them that body's people, no force's. A
gendarmerie or a police force (lexicons/police_force.txt) is left to the gates that read it ("auxiliaries of the
gendarmerie abandoned the checkpoint": a post the gendarmerie holds in a war).
Read by post_leaver.py and force_roles.py."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.patterns import lexicon
from tasks.extract.place_tokens import is_place
from tasks.extract.tree import in_lexicon, prep_objects


def owned_by_a_civil_body(token: Token, armed) -> bool:
    """Does a possessive or an of-/from-phrase of ``token`` name a body that is neither a force (``armed``, a
    predicate on a token) nor a place?"""
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")] + prep_objects(token, {"of", "from"})
    return any(o.pos_ in ("NOUN", "PROPN") and not o.like_num and not armed(o) and not _a_place(o) and not in_lexicon(o, lexicon("police_force")) for o in owners)


def _a_place(token: Token) -> bool:
    """A place's proper name the tagger does not call an organisation ("Lviv", "Russia"; not "the Red Crescent"),
    or a noun of a kind of place ("the Kherson region", lexicons/settlement_kind.txt; not "the Alpine club")."""
    if token.pos_ == "PROPN":
        return entity_type(token) not in ("ORG", "NORP") and is_place(token)
    return in_lexicon(token, lexicon("settlement_kind")) or entity_type(token) in ("GPE", "LOC")
