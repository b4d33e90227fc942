"""The answers of an interview with a soldier: "Q: When did you leave? / A: In November I left my unit at night".

An interview printed as questions and answers (lines opening "Q:" and "A:") speaks in the interviewee's voice: his
"I" and "we" in an answer line are the one the lines before the first question introduce. When that introduction (the
headline and the standfirst) names one member of a force ("a Russian contract soldier", "a deserter", "a conscript":
lexicons/armed_person.txt, the words for one armed person the document context already scans), his "I" is armed, as a
soldier's "I" in a quote he is named as saying (the ontology's REFUSAL_TO_FIGHT: members of an armed force desert,
abandon their units). An interview that introduces no soldier ("a nurse from Kherson") arms no one. Where the first
question stands and whether the introduction names a soldier are found once per document (``DocumentContext.interview``)."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple, TYPE_CHECKING

from spacy.tokens import Token

from tasks.extract.context import context_offset

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

_QUESTION = re.compile(r"^[ \t]*Q[:.][ \t]", re.MULTILINE)
_ANSWER = re.compile(r"[ \t]*A[:.][ \t]")


class Interview(NamedTuple):
    """A document's interview: where its first question stands (None: no question line) and whether the
    introduction before it names one armed person."""

    first_question: int | None
    soldier: bool


def interview_of(context: "DocumentContext") -> Interview:
    """The document's interview, read off its text once."""
    question = _QUESTION.search(context.text)
    if question is None:
        return Interview(None, False)
    armed = context.vocabulary.armed.finditer(context.text[: question.start()]) if context.vocabulary is not None else ()
    return Interview(question.start(), any(names_one_person(m, context) for m in armed))


def soldier_answers(trigger: Token, context: "DocumentContext") -> bool:
    """Is ``trigger`` in an answer line of an interview whose introduction names one armed person?"""
    return introduction_end(trigger, context) is not None and context.interview.soldier


def introduction_end(trigger: Token, context: "DocumentContext") -> int | None:
    """Where the introduction of the interview ``trigger`` answers in ends (its first question), when ``trigger``
    is in an answer line; else None."""
    offset = context_offset(trigger)
    start = context.line_starts[bisect_right(context.line_starts, offset) - 1]
    question = context.interview.first_question
    if question is None or question > start or not _ANSWER.match(context.text, start):
        return None
    return question


def names_one_person(match: re.Match[str], context: "DocumentContext") -> bool:
    """Is the armed word ``match`` one that names one person ("soldier", "conscript", "deserter")?"""
    return context.vocabulary is not None and " ".join(match.group().lower().split()) in context.vocabulary.persons
