"""A state that pulls out of a commitment its sentence names, not of a place: "The deal collapsed when Ottawa pulled
out at the last minute", "Canada was to host the summit, but Ottawa pulled out" (the ontology's RETREAT "Not: leaving
a treaty, a race or a tournament"). Only a bare state or its capital as the subject (no force word), a leaving with
no object and no place left, and a deal, a summit or talks (lexicons/non_event_theme.txt) named in the sentence other
than as its frame: "Under the agreement, Russia pulled out in November" and "after the ceasefire deal" stay pullbacks
(lexicons/commitment_frame_prep.txt)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, tree
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.normalize import places


def left_a_commitment(trigger: Token) -> bool:
    """Is the retreat verb ``trigger`` a bare state's exit from a commitment its sentence names?"""
    if trigger.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return False
    if tree.prep_objects(trigger, {"from", "of"}):
        return False  # "Russia pulled out of Kherson": a place left (a deal left is non_event_theme's already)
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects or not all(_bare_state(s) for s in subjects):
        return False
    frames = lexicon("commitment_frame_prep")
    return any(
        t.pos_ == "NOUN" and tree.in_lexicon(t, lexicon("non_event_theme")) and not (t.dep_ == "pobj" and t.head.lower_ in frames)
        for t in trigger.sent
    )


def _bare_state(subject: Token) -> bool:
    span = tree.phrase(subject)
    named = places.find(span.text, "sides")
    return len(span) <= 2 and bool(named) and all(n.kind == "state" for _, _, n in named) and not armed.is_armed(subject, load_lexicons())
