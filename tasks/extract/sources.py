"""Who reports an event: "according to X", the subject of the nearest reporting verb above the trigger, a speaker
the parse left hanging as an apposition, a reporting verb conjoined after the event, or another source of a
report relayed that names a side (nested_source.py)."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tasks.extract.appended_source import conjoined_source
from tasks.extract.nested_source import sided_source
from tasks.extract.tree import phrase

# "according to X", X up to six words and an abbreviation in brackets ("the Institute for the Study of War (ISW)")
_ACCORDING = re.compile(
    r"\b(?i:according) to ((?:the )?[A-Za-z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,5}?(?: \([A-Z][\w'’.-]*\))?)"
    r"(?=[,.;:]|$| (?:on|in|that|who|which)\b)"
)


def according_span(sentence: Span) -> Span | None:
    m = _ACCORDING.search(sentence.text)
    if not m:
        return None
    end = m.start(1) + len(m.group(1).rstrip("."))
    return sentence.doc.char_span(sentence.start_char + m.start(1), sentence.start_char + end, alignment_mode="expand")


def source_span(trigger: Token, sentence: Span, report_lemmas: frozenset[str]) -> Span | None:
    """Who reports the event: the nearest source, or another of a report relayed that names a side (nested_source.py)."""
    return sided_source(_nearest_source(trigger, sentence, report_lemmas), according_span(sentence), trigger, report_lemmas)


def _nearest_source(trigger: Token, sentence: Span, report_lemmas: frozenset[str]) -> Span | None:
    """ "according to X", or the subject of the nearest reporting verb above the trigger that names someone
    ('"I confirm that we have left Khartoum," Dagalo said': Dagalo, not "I")."""
    according = according_span(sentence)
    if according is not None:
        return according
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in report_lemmas and node.pos_ in ("VERB", "AUX"):
            subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].pos_ != "PRON":
                span = phrase(subj[0])
                return None if span.start <= trigger.i < span.end else span  # "History – particularly the exodus of X – suggests": the evidence, no speaker
            if not subj and (speaker := _apposition_before(node)) is not None:
                return speaker
    return conjoined_source(trigger, report_lemmas)  # "withdrew from X, Ukraine's defence ministry said": "said" a conjunct


def _apposition_before(verb: Token) -> Span | None:
    """The speaker of a reporting verb left without a subject by a parse that hung it on the place before it:
    "surrendered near Kherson, a spokesman for Ukraine's southern command said" ("a spokesman" parsed as
    Kherson's apposition)."""
    before = [t for t in verb.sent if t.dep_ == "appos" and t.right_edge.i == verb.i - 1 and t.pos_ in ("NOUN", "PROPN")]
    return phrase(before[0]) if before else None
