""""The rebels" and "the opposition" are not the Islamic State, and "extremists" are not the militias fighting it.

In a story of Syria's war that named Isis, "the southern rebels are fleeing to Idlib" are the armed opposition
to Assad, which fought Isis too. Their groups often have no code (a coalition, "the rebels" unnamed), so the
side is left empty rather than given to the group named before. The groups rebels never stand for are listed
in ``tasks/normalize/data/not_rebels.txt``; the actor phrase naming the group itself ("Isis rebels") keeps it.
The other way round, "extremists who had fled other towns", in a story of the SDF's assault on Isis's last
village, are Isis's: the jihadist group named last, not the militia named last.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.tokens import Span, Token

from tasks.extract import tree
from tasks.extract.context import DocumentContext, names_in
from tasks.extract.patterns import lexicon
from tasks.normalize import places
from tasks.normalize.adversaries import enemy_of

GROUP_LINES_AFTER = 2  # "Hundreds of insurgents surrendered. ... The Boko Haram fighters said": the lines after it


def names_rebels(actor: Token) -> bool:
    """Is the actor "the rebels", "the opposition" or "rebel forces"?"""
    words = lexicon("rebel_noun")
    return tree.in_lexicon(actor, words) or any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in actor.children)


def rebels_given_a_jihadist_group(actor: Token, actor_span: Span, code: str | None) -> bool:
    """Was ``code``, a group rebels never stand for, read for rebels whose own phrase does not name it?"""
    if code is None or code not in places.not_rebels() or not names_rebels(actor):
        return False
    return places.side_of(actor_span.text) != code


def extremists_side(actor: Token, actor_span: Span, code: str | None, context: DocumentContext, start: int) -> str | None:
    """The group "extremists" stand for when ``code``, read for them, is not one of the jihadist groups
    (``not_rebels.txt``): the last of those the document named before ``start``; else ``code``."""
    if code in places.not_rebels() or not tree.in_lexicon(actor, lexicon("jihadist_noun")) or places.side_of(actor_span.text):
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
    return next((tree.phrase(g) for g in objects if names_rebels(g)), None)


def war_enemy_group(actor: Token, actor_span: Span, code: str | None, context: DocumentContext, start: int, day: date | None, state: str | None) -> str | None:
    """The armed group that "the militia", "insurgents" or "the militants" of a state's war stand for, when ``code``,
    read for them, is a state's or none: the group the story names just before or just after ("Hundreds of
    insurgents surrendered ... The Boko Haram fighters said"), else, when their sentence names no state, the
    only enemy on ``day`` of the state read for them or of the article's ``state`` ("Sudan's army retook Jebel Moya. The militia fled": the RSF). A militia
    named as the state's ally ("pro-government militias"), by its own group, or by a state other than the one
    the war is fought in (``state``: "Russian paramilitaries" in Mali) keeps ``code``."""
    states = frozenset(n.code for n in places.side_names() if n.kind == "state")
    if code is not None and code not in states:
        return code
    if not _irregulars(actor) or _allied(actor_span.text) or any(n.kind == "group" for _, _, n in places.find(actor_span.text, "sides")):
        return code
    if code is not None and state is not None and code != state and places.side_of(actor_span.text) == code:
        return code  # "Russian paramilitaries of the Africa Corps", in a story of Mali's war: a foreign state's, named in the actor
    if any(names_rebels(h) and not tree.in_lexicon(h, lexicon("militia_noun")) for h in [actor, *tree.prep_objects(actor, {"of"})]):
        return code  # "the surrender of rebel forces in south-west Syria": the opposition, no group named near it (see above)
    found = context.group_before(start) or _group_after(context, start)
    if found is not None:
        return found
    if any(n.kind == "state" for _, _, n in names_in(actor.sent, "sides")):
        return code  # "The militia withdrew after pressure from Turkey, its main backer": the sentence says whose they are
    named = {n.code for _, _, n in context.sides_in(0, len(context.text))}
    enemy = enemy_of(code or state, named, day)
    return enemy if enemy is not None and enemy not in states else code


def _irregulars(actor: Token) -> bool:
    """Is the actor, what it is a part of ("hundreds of insurgents", "members of the rebel militia"), or a word
    compounded with either a word for insurgents or a militia?"""
    words = lexicon("insurgent_noun") | lexicon("militia_noun")
    heads = [actor, *tree.prep_objects(actor, {"of"})]
    return any(tree.in_lexicon(h, words) or any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in h.children) for h in heads)


def _allied(text: str) -> bool:
    """Does the actor phrase put its force on a state's side ("pro-government militias", "allied militias")?"""
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()))
    return bool(words & lexicon("militia_ally_word"))


def _group_after(context: DocumentContext, start: int) -> str | None:
    """The armed group named first after ``start`` in its line and the two lines after it."""
    line = bisect_right(context.line_starts, start) - 1
    end = context.line_starts[line + GROUP_LINES_AFTER + 1] if line + GROUP_LINES_AFTER + 1 < len(context.line_starts) else len(context.text)
    return next((n.code for _, _, n in context.sides_in(start, end) if n.kind == "group"), None)
