"""Whose soldier an interviewee is: the side his introduction gives his "I", "we" and "our battalion".

An interview printed as questions and answers speaks, in its answer lines, in the voice of the one the lines before
the first question introduce (``interview_answer.py``). When that introduction names his force with a side ("A
Russian Contract Soldier", "signed a contract with the Russian army", "a sergeant in a Ukrainian marine brigade") or
says where he was called up ("mobilised from Perm", "drafted in Buryatia": ``lexicons/origin_participle.txt``), his
first-person events ("I deserted", "forty of us deserted", "our battalion pulled out", "ordered us to pull back") are
that side's: not the side of the enemy his answers named before ("The Ukrainians had drones over every road"), nor
the country of the front or of his refuge ("before crossing into Kazakhstan"). A force the introduction names as the
one he gave himself up to or fought ("surrendered to Ukrainian troops": ``lexicons/prep_against_interviewee.txt``) is
not his. An introduction that names no armed person ("a nurse from Kherson") gives no side. The side the
introduction names on his force is found once per document (``DocumentContext.interviewee_force_side``).
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from tasks.extract.antecedents import ARMED_SIDE_CHARS
from tasks.extract.context import DocumentContext
from tasks.extract.interview_answer import introduction_end, names_one_person
from tasks.extract.name_scan import SENTENCE_END
from tasks.extract.patterns import lexicon


def interviewee_side(trigger: Token, actor_span: Span | None, context: DocumentContext | None, day: date | None = None) -> str | None:
    """The side of the interviewee's own force, for a first-person event in an answer line; else None."""
    if context is None or context.vocabulary is None:
        return None
    end = introduction_end(trigger, context)
    if end is None or not _first_person(trigger, actor_span) or not context.interview.soldier:
        return None  # no soldier introduced: a civilian's "we fled"
    return context.interviewee_force_side or _called_up_in(context, end, day)


def _first_person(trigger: Token, actor_span: Span | None) -> bool:
    """Does the actor speak of the interviewee ("I", "about forty of us", "our battalion"), or, with no actor, the
    trigger's sentence ("our commander ordered us to pull back")?"""
    words = lexicon("pronoun_first_person")
    return any(t.lower_ in words for t in (actor_span if actor_span is not None else trigger.sent))


def force_side_of_interviewee(context: "DocumentContext") -> str | None:
    """The side the introduction (up to the first question) names on the interviewee's force, a word for one armed
    person first ("A Russian Contract Soldier"), not the force he faced; None when it names none."""
    text, end = context.text, context.interview.first_question
    if end is None or context.vocabulary is None:
        return None
    armed = list(context.vocabulary.armed.finditer(text[:end]))
    persons = [m for m in armed if names_one_person(m, context)]
    for m in persons + [m for m in armed if not names_one_person(m, context)]:
        named = [n for n in context.sides_in(max(0, m.start() - ARMED_SIDE_CHARS), m.start()) if not SENTENCE_END.search(text[n[1] : m.start()])]
        if named and not _faced(text, named[-1][0]):
            return named[-1][2].code
    return None


def _faced(text: str, start: int) -> bool:
    """Is the side named at ``start`` the object of a preposition for the force faced ("surrendered to Ukrainian
    troops", "captured by", "fought against")? Its article is skipped."""
    words = re.findall(r"[a-z]+", text[max(0, start - 16) : start].lower())
    words = words[:-1] if words and words[-1] in lexicon("determiner_indefinite") | {"the"} else words
    return bool(words) and words[-1] in lexicon("prep_against_interviewee")


def _called_up_in(context: DocumentContext, end: int, day: date | None) -> str | None:
    """The state of the place the introduction says the interviewee was called up in ("mobilised from Perm",
    "drafted in Buryatia", "a soldier recruited from Cheboksary")."""
    text = context.text
    for start, stop, _ in context.places_in(0, end):
        words = re.findall(r"[a-z]+", text[max(0, start - 24) : start].lower())
        if len(words) >= 2 and words[-1] in ("from", "in") and _origin_participle(words[-2]):
            return context.geocoder.authority_of(text[start:stop], day)
    return None


def _origin_participle(word: str) -> bool:
    """Is ``word`` a past participle of a verb of where one comes from ("mobilised", "drafted", "born")?"""
    return any(word in (lemma, lemma + "d", lemma + "ed") for lemma in lexicon("origin_participle"))
