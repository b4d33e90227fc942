"""Where a force stands, by the place its own phrase gives it: the event's place when its sentence ties none to it.

A force named by its side ("the Myanmar army garrison in Laukkaing surrendered", "Islamic State fighters in
the Tillaberi region surrendered") is a side, not a place, and its phrase is kept out of the event's places;
the place its phrase puts it in ("in", "near", "outside", "around" after its head noun) is where it stood when
it surrendered, fled or refused, as "campers in Victoria" is where campers are. And the unit a soldier comes
from ("soldiers from a battalion in Sagaing region deserted", "from the 53rd Brigade in the Donetsk region")
is kept where the text places it: that place is where the soldiers served, not a home town ("men from
Chuvashia", "conscripts from a village in Buryatia" stay origins).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon


def _where() -> set[str]:
    """The prepositions of where a town lies ("in Kabul", "near Moscow"), not "of" or "at", which also name an owner
    or an addressee (lexicons prep_town, prep_town_after_kind)."""
    return set(lexicon("prep_town") - lexicon("prep_town_after_kind"))


def stand_places(actor: Token | None) -> list[Span]:
    """The phrases of the places the actor's own phrase puts it in ("garrison in Laukkaing", "fighters in the
    Tillaberi region", "units near Tessalit")."""
    if actor is None:
        return []
    return [tree.phrase(g) for g in tree.prep_objects(actor, _where())]


def unit_places(actor: Token | None) -> set[int]:
    """The tokens of the places hung on a military unit the actor comes from ("soldiers from a battalion in Chin
    State", "conscripts from a regiment near Belgorod"): where the unit is, no origin of the soldiers."""
    if actor is None:
        return set()
    units = [g for g in tree.prep_objects(actor, {"from"}) if tree.in_lexicon(g, lexicon("military_unit"))]
    holders = [h for unit in units for h in (unit, *(c for c in unit.children if c.dep_ in ("nummod", "appos")))]  # "Battalion 345 in Magway Region": hung on its number
    return {t.i for h in holders for g in tree.prep_objects(h, _where()) for t in g.subtree}
