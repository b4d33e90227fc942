"""A foreign force that hands its base to the army of an allied state leaves it: "American troops handed over the
Bagram air base to the Afghan army in 2014", "under the withdrawal agreement, US forces handed over Bagram". The
ontology's RETREAT includes withdrawals of foreign troops from a country; a hand-over to the enemy is a SURRENDER,
and one inside a side or to a force that fights beside a non-state group (Wagner to the Russian army, a brigade to
a fresh brigade) a relief in place, no event."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon
from tasks.extract.receiver_side import state_codes
from tasks.normalize import places
from tasks.normalize.adversaries import allies_of, enemies_of


def hand_over_as_exit(side: str | None, receivers: list[Token], trigger: Token, day: date | None) -> bool:
    """Is a hand-over of a place an exit of the force that gives it: done under a withdrawal deal, or by one state's
    force to the army of another state allied to it on that day?"""
    if under_a_withdrawal_deal(trigger):
        return True
    if side is None or side not in state_codes():
        return False
    allied = set(allies_of(side, day)) & state_codes()
    return any(places.side_of(tree.phrase(r).text) in allied for r in receivers)


def under_a_withdrawal_deal(trigger: Token) -> bool:
    """ "handed over Bagram ... under the withdrawal agreement", "under the pullout deal": a hand-over the deal it
    carries out names a pullback."""
    deals = (g for p in trigger.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_under_terms") for g in p.children if g.dep_ == "pobj")
    return any(m.dep_ in ("compound", "amod") and tree.in_lexicon(m, lexicon("trigger_retreat_noun")) for d in deals for m in d.children)


def within_a_withdrawal(side: str | None, receivers: list[Token], trigger: Token, day: date | None) -> bool:
    """ "The British pulled out of Basra, handing the city to Iraqi forces", "completed their pullback and handed the
    area over to the Lebanese army", "M23 rebels pulled out of Kitshanga,
    handing positions to an East African force": a hand-over that is a clause of the force's own withdrawal is how
    it left (the withdrawal's row states the event), not a surrender, unless what receives it is its enemy. Not a
    clause with a subject of its own ("Rebels retreat from Goma, hundreds surrender to the army"): others gave up.
    A receiver the parser hung on the place handed, or none named, changes nothing: the exit is the event."""
    head = trigger.head
    if trigger.dep_ not in ("advcl", "conj") or head.i == trigger.i or not (tree.in_lexicon(head, lexicon("exit_verb")) or _completes_an_exit(head)):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False
    if not receivers and trigger.lemma_.lower() not in lexicon("trigger_handover_verb"):
        return False  # "ordered the garrison to withdraw from the island and lay down its arms": a surrender of its own
    hung = [g for o in trigger.children if o.dep_ == "dobj" for g in tree.prep_objects(o, {"to"})]  # "handing the sprawling base to Afghan forces": "to" parsed on the base
    return not _to_an_enemy(side, receivers + hung, day)


def _completes_an_exit(verb: Token) -> bool:
    """ "completed their pullback from Bint Jbeil and handed the area over", "IDF Completes Pullback From Khiam, Hands
    Area to Lebanese Army": a verb of completing (lexicons/verb_complete.txt) whose object is a retreat noun."""
    return verb.lemma_.lower() in lexicon("verb_complete") and any(
        c.dep_ == "dobj" and tree.in_lexicon(c, lexicon("trigger_retreat_noun")) for c in verb.children
    )


def to_the_host(side: str | None, receivers: list[Token], themes: list[Token], day: date | None) -> bool:
    """ "The French army handed over its base at Gao to Malian troops", "US troops handed the Ain al-Asad air base to
    Iraqi forces": one state's force that hands its base to another state's army, not its enemy, leaves it."""
    if side is None or side not in state_codes() or not any(_a_base_or_its_part(t) for t in themes):
        return False
    others = {places.side_of(tree.phrase(r).text) for r in receivers} & state_codes()
    return bool(others - {side}) and not _to_an_enemy(side, receivers, day)


def _a_base_or_its_part(theme: Token) -> bool:
    """A base, or a part of one named with it: "the base's runways", "the airstrip and depots of the Gao base"."""
    owners = [g for c in theme.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in theme.children if c.dep_ == "poss"]
    return any(tree.in_lexicon(t, lexicon("foreign_base")) for t in (theme, *owners))


def mission_to_the_host(actor: Token | None, receivers: list[Token], themes: list[Token]) -> bool:
    """ "The UN mission handed the camp over to the Malian army": a multinational peace mission (no side of its
    own, lexicons/international_mission.txt) that hands its base to a state's army leaves it, as a foreign force does."""
    if actor is None or not any(tree.in_lexicon(t, lexicon("international_mission")) for t in tree.phrase(actor)):
        return False
    if not any(tree.in_lexicon(t, lexicon("foreign_base")) for t in themes):
        return False
    return any(places.side_of(tree.phrase(r).text) in state_codes() for r in receivers)


def _to_an_enemy(side: str | None, receivers: list[Token], day: date | None) -> bool:
    """A receiver of a known enemy side, or one named as the attacker ("to the advancing government army":
    lexicons/attacker_word.txt)."""
    enemies = set(enemies_of(side, day)) if side is not None else set()
    if any(tree.in_lexicon(t, lexicon("attacker_word")) for r in receivers for t in r.subtree):
        return True
    return any(places.side_of(_named_receiver(r)) in enemies for r in receivers)


def _named_receiver(receiver: Token) -> str:
    """The receiver's phrase up to a comma after it: "handed the area over to the Lebanese army, the first such pullback
    since a ceasefire with Hezbollah took effect" (an aside on the clause the parser hung on the army) names the army."""
    span = tree.phrase(receiver)
    cut = next((t.i for t in span if t.i > receiver.i and t.text == ","), span.end)
    return receiver.doc[span.start : cut].text
