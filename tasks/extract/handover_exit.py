"""A foreign force that hands its base to the army of an allied state leaves it: "American troops handed over the
Bagram air base to the Afghan army in 2014", "under the withdrawal agreement, US forces handed over Bagram". The
ontology's RETREAT includes withdrawals of foreign troops from a country; a hand-over to the enemy is a SURRENDER,
and one inside a side or to a force that fights beside a non-state group (Wagner to the Russian army, a brigade to
a fresh brigade) a relief in place, no event."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from tasks.extract import roles
from tasks.extract.patterns import lexicon
from tasks.extract.receiver_side import state_codes
from tasks.normalize import places
from tasks.normalize.adversaries import allies_of


def hand_over_as_exit(side: str | None, receivers: list[Token], trigger: Token, day: date | None) -> bool:
    """Is a hand-over of a place an exit of the force that gives it: done under a withdrawal deal, or by one state's
    force to the army of another state allied to it on that day?"""
    if under_a_withdrawal_deal(trigger):
        return True
    if side is None or side not in state_codes():
        return False
    allied = set(allies_of(side, day)) & state_codes()
    return any(places.side_of(roles.phrase(r).text) in allied for r in receivers)


def under_a_withdrawal_deal(trigger: Token) -> bool:
    """ "handed over Bagram ... under the withdrawal agreement", "under the pullout deal": a hand-over the deal it
    carries out names a pullback."""
    deals = (g for p in trigger.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_under_terms") for g in p.children if g.dep_ == "pobj")
    return any(m.dep_ in ("compound", "amod") and roles.in_lexicon(m, lexicon("trigger_retreat_noun")) for d in deals for m in d.children)
