"""Whose statement goes on: the party speaking in the sentence before, for a reporter that names no side.

"Russian units took Krasnohorivka, the defence ministry said. The enemy abandoned its positions, the ministry
added": "the ministry" names no side, but the story's statement is the one of the sentence before (the nearest that names a
side). Its party is the side named just before a verb of saying there ("The Rapid Support Forces said ..."), else the side it opens
with, its subject ("Russian units took ..."): a speaker tells of its own side's deeds. "The enemy" in the
sentence after is that party's enemy.
"""
from __future__ import annotations

import re

from tasks.extract.context import DocumentContext
from tasks.extract.name_scan import SENTENCE_END
from tasks.extract.state_speaker import report_forms

_WORD = re.compile(r"[A-Za-z']+")
STATEMENT_CHARS = 600  # about four sentences of wire copy: a statement's paragraphs, not the story before it
SAYING_WORDS_AFTER = 3  # "The Israeli army said", "Sudan's army spokesman said": the verb within three words


def party_before(context: DocumentContext, sentence_start: int) -> str | None:
    """The side whose statement the sentence at ``sentence_start`` continues: of the nearest sentence before it
    (within STATEMENT_CHARS before it) that names a side, the side a verb of saying follows, else the first."""
    start = max(0, sentence_start - STATEMENT_CHARS)
    window = context.text[start:sentence_start].rstrip()
    bounds = [start] + [start + m.end() for m in SENTENCE_END.finditer(window)] + [start + len(window)]
    for begin, end in reversed(list(zip(bounds, bounds[1:]))):
        named = context.sides_in(begin, end)
        if named:
            return speaking_side(context, named)
    return None


def speaking_side(context: DocumentContext, named: list) -> str:
    """Of the sides one sentence names, the one a verb of saying follows ("The Israeli army said"), else its first."""
    saying = report_forms()
    for _, end, name in named:
        after = [w.lower() for w in _WORD.findall(context.text[end : end + 40])][:SAYING_WORDS_AFTER]
        if any(w in saying for w in after):
            return name.code
    return named[0][2].code
