"""Who leaves and whence, in an event noun's "of" object ("the exodus of extremists from Afghanistan")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import PREP_ALIASES, in_lexicon, phrase_before, prep_objects


def place_left_by_the_leavers(trigger: Token) -> list[Token]:
    """ "the exodus of extremists from Afghanistan", "the pullout of US troops from Niger": the parser hangs "from"
    on who leaves, but an event noun's "of" object is who leaves, and its "from" the place left."""
    if trigger.pos_ == "VERB":
        return _place_hung_on_the_object(trigger)
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return [g for of in prep_objects(trigger, {"of"}) for g in prep_objects(of, PREP_ALIASES["from"])]


def _place_hung_on_the_object(verb: Token) -> list[Token]:
    """ "evacuated personnel and equipment from the airbase": the parser hangs "from" on what was taken out, but
    it says whence the verb took it. Only when the verb has no "from" of its own."""
    if prep_objects(verb, PREP_ALIASES["from"]):
        return []
    return [g for obj in verb.children if obj.dep_ == "dobj" for g in prep_objects(obj, PREP_ALIASES["from"])]


def leavers_phrase(actor: Token, trigger: Token) -> Span:
    """The actor's phrase, cut before the place it left when the parser hung that on the actor of an event
    noun ("the exodus of extremists from Afghanistan": "extremists", not where they come from), and a force that
    moved "with" its commander cut before where it went ("fled with his men towards Uvira": "his men")."""
    span = phrase_before(actor, trigger)
    if actor.dep_ == "pobj" and actor.head.lower_ == "with" and actor.head.head.i == trigger.i:
        cut = min((c.i for c in actor.children if c.dep_ == "prep" and c.i > actor.i), default=None)  # "fled with his men towards Uvira"
        return span if cut is None else actor.doc[span.start : cut]
    if trigger.pos_ not in ("NOUN", "PROPN") or actor.head.i == actor.i or actor.head.head.i != trigger.i or actor.head.lower_ != "of":
        return span
    cut = min((c.i for c in actor.children if c.dep_ == "prep" and c.lower_ in PREP_ALIASES["from"] and c.i > actor.i), default=None)
    return span if cut is None or cut <= span.start else actor.doc[span.start : cut]


def men_led_out(trigger: Token, actor: Token) -> bool:
    """ "The commander led some 200 men out of the city": plain men (lexicons/person_plain.txt) a commander
    (lexicons/commander.txt) leads out of a place are his force; not "a teacher led 40 pupils out"."""
    if trigger.lemma_.lower() not in lexicon("leading_verb") or actor.dep_ != "dobj" or actor.head.i != trigger.i:
        return False
    if not in_lexicon(actor, lexicon("person_plain")):
        return False
    return any(c.dep_ == "nsubj" and in_lexicon(c, lexicon("commander")) for c in trigger.children)
