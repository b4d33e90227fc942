"""Whose side a surrender is not: the side it is made to, when a broken parse leaves the receiver unread ("Army
Garrison In Nyala Surrenders To RSF": the RSF is who took the surrender), and an armed group that tells of someone's
surrender in its own statement ("The AA said Brigadier General X had surrendered with 70 troops": the group received
it). Either way the one who gave up is the other side's; ``sides.py`` gives such a row the enemy of that side. The
actor's own words keep their side ("Wagner said its fighters surrendered", "RSF fighters surrendered to the RSF's
rivals" name their own)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon
from tasks.extract.speaker_side import speaking_side
from tasks.normalize import places


def given_way_to(code: str | None, trigger: Token, sentence: Span, actor: Token | None, actor_span: Span | None, reporter: Span | None, states: frozenset[str]) -> bool:
    """Is ``code`` the side the surrender at ``trigger`` was made to, or that of the armed group telling of it, and
    not a side the actor's own phrase names?"""
    if code is None or actor is None or actor_span is None or places.side_of(actor_span.text) == code:
        return False
    if any(t.lower_ in lexicon("pronoun_possessive") or t.lower_ in lexicon("pronoun_first_person") for t in actor_span):
        return False  # "its fighters", "our soldiers": the speaker's own
    if _received_by(code, trigger, sentence):
        return True
    return code not in states and reporter is not None and speaking_side(reporter) == code


def _received_by(code: str, trigger: Token, sentence: Span) -> bool:
    """A "to" right after the trigger whose phrase, up to a comma or a preposition, names ``code`` ("Surrenders To
    RSF, Paramilitary Says"; not "to the Myanmar National Democratic Alliance Army", a group named after a state),
    and not a "to" of another verb further on ("ceded the town to the Taliban")."""
    to = trigger.i + 1
    if to >= sentence.end or sentence.doc[to].lower_ != "to":
        return False
    end = to + 1
    while end < sentence.end and not (sentence.doc[end].is_punct or sentence.doc[end].pos_ in ("ADP", "VERB", "AUX") or sentence.doc[end].lower_ in lexicon("prep_location")):
        end += 1
    return end > to + 1 and places.side_of(sentence.doc[to + 1 : end].text) == code
