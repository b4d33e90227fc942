"""Arguments of an event: actor and side, location, source, date."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tasks.extract.roles import PLACE_LABELS, phrase, prep_objects, with_conjuncts
from tasks.normalize import places

_PLACE_SUFFIX = {"region", "oblast", "axis", "province", "district", "governorate", "steelworks", "island", "valley"}
_LOCATION_PREPS = {"from", "in", "near", "at", "out", "around", "outside", "inside", "across", "of"}
_COUNTRIES = {n.text for n in places.side_names() if n.kind == "state"}
NEIGHBOUR_LINES = 3


def place_span(token: Token) -> Span | None:
    """The place named at ``token``: its entity, with a following "region"/"oblast"."""
    doc = token.doc
    if token.ent_type_ in PLACE_LABELS:
        ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        if ent is None:
            return None
        start, end = ent.start, ent.end
    elif places.find(token.text, "places"):
        start, end = token.i, token.i + 1
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
    else:
        return None
    if end < len(doc) and doc[end].lower_ in _PLACE_SUFFIX:
        end += 1
    while start < end and doc[start].lower_ == "the":
        start += 1
    return doc[start:end] if start < end else None


def _rank(span: Span) -> int:
    """Smaller is more specific: a city or region before a country."""
    return 1 if span.text.lower() in _COUNTRIES else 0


def locations(trigger: Token, sentence: Span, phrases: list[Span], exclude: set[int]) -> list[str]:
    """Places of the event in its sentence, most specific first, one per conjoined place."""
    found: list[Span] = []

    def add(token: Token) -> None:
        for t in with_conjuncts(token):
            span = place_span(t)
            if span is not None and span.start not in exclude and all(s.start != span.start for s in found):
                found.append(span)

    for obj in prep_objects(trigger, _LOCATION_PREPS) + [c for c in trigger.children if c.dep_ == "dobj"]:
        add(obj)
        for t in phrase(obj):
            if t.dep_ == "pobj" or t.ent_type_ in PLACE_LABELS:
                add(t)
    for p in phrases:
        for t in p:
            add(t)
    if not found:
        by_distance = sorted(sentence, key=lambda t: abs(t.i - trigger.i))
        for t in by_distance:
            if t.ent_type_ in PLACE_LABELS or places.find(t.text, "places"):
                add(t)
                if found:
                    break
    found.sort(key=_rank)
    best = [s for s in found if _rank(s) == _rank(found[0])] if found else []
    return [s.text for s in best]


def nearby_place(text: str, sentence_start: int) -> str | None:
    """The gazetteer place named last before the sentence, in its paragraph or the lines before it."""
    window_start = sentence_start
    for _ in range(NEIGHBOUR_LINES + 1):
        window_start = text.rfind("\n", 0, max(window_start - 1, 0)) + 1 if window_start > 0 else 0
    found = places.find(text[window_start:sentence_start], "places")
    specific = [f for f in found if f[2].text not in _COUNTRIES and text[window_start + f[0] : window_start + f[1]].lower() not in _COUNTRIES]
    pick = (specific or found)
    if not pick:
        return None
    start, end, _ = pick[-1]
    return text[window_start + start : window_start + end]


def side(actor: Span | None, sentence: Span, trigger: Token, exclude: set[int]) -> str | None:
    """The actor's side, else the side named nearest the trigger in the sentence."""
    if actor is not None:
        code = places.side_of(actor.text)
        if code:
            return code
        if not (len(actor) == 1 and actor[0].pos_ == "PRON"):
            return None
    mentions = []
    for start, end, name in places.find(sentence.text, "sides"):
        char = sentence.start_char + start
        token = sentence.doc.char_span(char, sentence.start_char + end, alignment_mode="expand")
        if token is None or any(t.i in exclude for t in token):
            continue
        mentions.append((abs(token.start - trigger.i), name.kind != "group", name.code))
    return min(mentions)[2] if mentions else None


_ACCORDING = re.compile(r"\baccording to ((?:the )?[A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,5}?)(?=[,.;:]|$| (?:on|in|that|who|which)\b)")


def source(trigger: Token, sentence: Span, report_lemmas: frozenset[str]) -> str | None:
    """Who reports the event: "according to X", or the subject of a reporting verb above the trigger."""
    m = _ACCORDING.search(sentence.text)
    if m:
        return m.group(1)
    node = trigger
    for _ in range(6):
        if node.head is node:
            break
        node = node.head
        if node.lemma_.lower() in report_lemmas and node.pos_ in ("VERB", "AUX"):
            subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].pos_ != "PRON":
                return phrase(subj[0]).text
            return None
    return None
