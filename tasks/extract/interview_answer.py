"""The answers of an interview with a soldier: "Q: When did you leave? / A: In November I left my unit at night".

An interview printed as questions and answers (lines opening "Q:" and "A:") speaks in the interviewee's voice: his
"I" and "we" in an answer line are the one the lines before the first question introduce. When that introduction (the
headline and the standfirst) names one member of a force ("a Russian contract soldier", "a deserter", "a conscript":
lexicons/armed_person.txt, the words for one armed person the document context already scans), his "I" is armed, as a
soldier's "I" in a quote he is named as saying (the ontology's REFUSAL_TO_FIGHT: members of an armed force desert,
abandon their units). An interview that introduces no soldier ("a nurse from Kherson") arms no one."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from tasks.extract.context import DocumentContext, context_offset

_QUESTION = re.compile(r"^[ \t]*Q[:.][ \t]", re.MULTILINE)
_ANSWER = re.compile(r"[ \t]*A[:.][ \t]")


def soldier_answers(trigger: Token, context: DocumentContext) -> bool:
    """Is ``trigger`` in an answer line of an interview whose introduction names one armed person?"""
    end = introduction_end(trigger, context)
    if end is None or context.vocabulary is None:
        return False
    return any(names_one_person(m, context) for m in context.vocabulary.armed.finditer(context.text[:end]))


def introduction_end(trigger: Token, context: DocumentContext) -> int | None:
    """Where the introduction of the interview ``trigger`` answers in ends (its first question), when ``trigger``
    is in an answer line; else None."""
    offset = context_offset(trigger)
    text = context.text
    start = context.line_starts[bisect_right(context.line_starts, offset) - 1]
    if not _ANSWER.match(text, start):
        return None
    question = _QUESTION.search(text)
    return None if question is None or question.start() > start else question.start()


def names_one_person(match: re.Match[str], context: DocumentContext) -> bool:
    """Is the armed word ``match`` one that names one person ("soldier", "conscript", "deserter")?"""
    return context.vocabulary is not None and " ".join(match.group().lower().split()) in context.vocabulary.persons
