"""Commanders who leave the ground their force holds: "Two senior army commanders left the city by helicopter for the
Kurdish region overnight", "Russian commanders have abandoned the western bank of the Dnipro", "the garrison commander
abandoned the town". The ontology's desertion is leaving one's post or unit ("their commanders abandoned their men",
"officers abandoned their base"); a command that leaves a town, a region or a named place leaves it with its force,
and the leaving is the force's retreat. The place is a settlement or region (lexicons/settlement_kind.txt) or a place
by name, not a post or a base; a trip with a purpose ("left Kabul for Doha to sign the agreement") is no retreat.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.token_classes import has_class
from tasks.extract.tree import in_lexicon


def command_leaves_ground(trigger: Token, actor: Token | None) -> bool:
    """Is ``trigger`` a commander's leaving (lexicons/trigger_leave_verb.txt) of a town, a region or a named place?"""
    if actor is None or trigger.pos_ != "VERB" or not in_lexicon(actor, lexicon("commander")):
        return False
    if trigger.lemma_.lower() not in lexicon("trigger_leave_verb"):
        return False
    if any(c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in trigger.children):
        return False  # "left Kabul for Doha to sign the agreement": a trip
    lexicons = load_lexicons()
    return any(
        c.dep_ == "dobj" and (in_lexicon(c, lexicon("settlement_kind")) or (c.pos_ == "PROPN" and has_class(c, "place", lexicons)))
        for c in trigger.children
    )
