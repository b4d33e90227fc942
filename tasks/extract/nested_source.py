"""A report of a report: the source that names a side, when the nearest one names none.

"The enemy withdrew from Kupiansk, the Russian defence ministry said, the regional governor said on Telegram",
"In a video posted on Telegram, a commander said the enemy fled, Ukraine's General Staff said", "Two colonels
surrendered, the Arakan Army said, according to the General Staff": the speakers relay one another, and the one
that names whose it is (the ministry, Ukraine's General Staff, the Arakan Army) says whose "the enemy" or "our
unit" is. The nearest source stays the reporter when it names a side itself or no other does.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.appended_source import conjoined_source
from tasks.extract.speaker_side import speaking_side
from tasks.extract.tree import phrase


def sided_source(found: Span | None, according: Span | None, trigger: Token, report: frozenset[str]) -> Span | None:
    """``found`` (the nearest source), or the first other source of the same event that names a side; with none
    found, a source set off inside the clause ("The enemy, the Russian defence ministry said, withdrew")."""
    if found is None:
        return next(iter(_relaying_sources(trigger, report, chain=False, beside_by=("parataxis",))), None)
    if speaking_side(found) is not None:
        return found
    for span in (according, conjoined_source(trigger, report), *_relaying_sources(trigger, report)):
        if span is not None and not _overlaps(span, found) and speaking_side(span) is not None:
            return span
    return found


def _relaying_sources(trigger: Token, report: frozenset[str], chain: bool = True,
                      beside_by: tuple[str, ...] = ("parataxis", "conj", "advcl")) -> list[Span]:
    """The subjects of the reporting verbs above the trigger, then of bare reporting verbs set off beside its
    clause or one above it (parataxis, a conjunct, an adverbial clause: "..., the ministry said, the governor said")."""
    above = [node for node in trigger.ancestors if _reporting(node, report)] if chain else []
    beside = [verb for node in (trigger, *trigger.ancestors) for verb in node.children
              if verb.dep_ in beside_by and _reporting(verb, report) and _bare(verb)]
    out = []
    for verb in above + sorted(beside, key=lambda v: abs(v.i - trigger.i)):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if subjects and not _holds(subjects[0], trigger):
            out.append(phrase(subjects[0]))
    return out


def _reporting(verb: Token, report: frozenset[str]) -> bool:
    return verb.lemma_.lower() in report and verb.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in verb.children)


def _bare(verb: Token) -> bool:
    return not any(c.dep_ in ("ccomp", "dobj", "mark", "xcomp") for c in verb.children)


def _overlaps(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _holds(subject: Token, trigger: Token) -> bool:
    """The trigger lies inside the subject's words or hangs below it, or the subject opens the sentence before the
    event while its verb of saying follows it (a misparse that makes the event's own actor, '"An entire battalion
    ..., about 200 men ... capitulated ..., the group said," a spokesman told', the subject of "told")."""
    if subject.left_edge.i <= trigger.i <= subject.right_edge.i or subject in trigger.ancestors:
        return True
    return subject.i < trigger.i < subject.head.i  # a verb of saying after the event has its subject after it too
