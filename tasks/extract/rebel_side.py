""""The rebels" and "the opposition" are not the Islamic State, and "extremists" are not the militias fighting it.

In a story of Syria's war that named Isis, "the southern rebels are fleeing to Idlib" are the armed opposition
to Assad, which fought Isis too. Their groups often have no code (a coalition, "the rebels" unnamed), so the
side is left empty rather than given to the group named before. The groups rebels never stand for are listed
in ``tasks/normalize/data/not_rebels.txt``; the actor phrase naming the group itself ("Isis rebels") keeps it.
The other way round, "extremists who had fled other towns", in a story of the SDF's assault on Isis's last
village, are Isis's: the jihadist group named last, not the militia named last.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import roles
from tasks.extract.context import DocumentContext
from tasks.extract.patterns import lexicon
from tasks.normalize import places


def names_rebels(actor: Token) -> bool:
    """Is the actor "the rebels", "the opposition" or "rebel forces"?"""
    words = lexicon("rebel_noun")
    return roles.in_lexicon(actor, words) or any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in actor.children)


def rebels_given_a_jihadist_group(actor: Token, actor_span: Span, code: str | None) -> bool:
    """Was ``code``, a group rebels never stand for, read for rebels whose own phrase does not name it?"""
    if code is None or code not in places.not_rebels() or not names_rebels(actor):
        return False
    return places.side_of(actor_span.text) != code


def extremists_side(actor: Token, actor_span: Span, code: str | None, context: DocumentContext, start: int) -> str | None:
    """The group "extremists" stand for when ``code``, read for them, is not one of the jihadist groups
    (``not_rebels.txt``): the last of those the document named before ``start``; else ``code``."""
    if code in places.not_rebels() or not roles.in_lexicon(actor, lexicon("jihadist_noun")) or places.side_of(actor_span.text):
        return code
    return context.group_before(start, places.not_rebels()) or code


def rebels_undergo(trigger: Token) -> Span | None:
    """The rebels an actorless event noun happens to: "the capitulation of the opposition", "forcing surrender on
    outgunned rebels" (the object of the noun's preposition, or of the verb the noun is the object of)."""
    if trigger.pos_ != "NOUN":
        return None
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    preps = lexicon("prep_undergoer")
    objects = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    return next((roles.phrase(g) for g in objects if names_rebels(g)), None)
