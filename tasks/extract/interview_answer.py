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
    offset = context_offset(trigger)
    text = context.text
    start = context.line_starts[bisect_right(context.line_starts, offset) - 1]
    if not _ANSWER.match(text, start):
        return False
    question = _QUESTION.search(text)
    if question is None or question.start() > start or context.vocabulary is None:
        return False
    persons = context.vocabulary.persons
    return any(" ".join(m.group().lower().split()) in persons for m in context.vocabulary.armed.finditer(text[: question.start()]))
