"""Event dates from parses: the date expression attached to the trigger (or to a theme).

spaCy's DATE and TIME entities in the sentence are candidates when they hang
from the token asked about: inside its subtree, or off a word of its head
chain ("said on Wednesday that troops fled": "on Wednesday" hangs from
"said", an ancestor of "fled"). The nearest in the tree wins; a candidate that
names no date ("for decades") gives way to the next. Without one, the whole
sentence is read as text (``resolve_event_date``), then any neighbours the
caller passes, and otherwise the answer is ``(None, "unknown")``.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from spacy.tokens import Span, Token

from tasks.entities import entities
from tasks.normalize.dates import RANK, UNKNOWN, resolve_date_phrase, resolve_event_date, words

_DATE_LABELS = ("DATE", "TIME")


def _governor(root: Token) -> Token:
    """The word a date phrase modifies: "on Wednesday" -> the verb it follows."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head
    return root.head


def _distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence's tree."""
    up_b = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    for n, t in enumerate([a, *a.ancestors]):
        if t.i in up_b:
            return n + up_b[t.i]
    return len(a.sent) * 2


def _attached(anchor: Token, *, head_chain: bool, skip_governor: Token | None = None) -> list[Span]:
    """DATE/TIME entities of the anchor's sentence that hang from it, nearest first."""
    sent = anchor.sent
    chain = {t.i for t in anchor.ancestors} if head_chain else set()
    found = []
    for ent in entities(anchor.doc):
        if ent.label_ not in _DATE_LABELS or ent.start < sent.start or ent.end > sent.end or ent.start <= anchor.i < ent.end:
            continue
        root = ent.root
        governor = _governor(root)
        if skip_governor is not None and governor == skip_governor:
            continue
        if anchor.is_ancestor(root) or governor.i in chain:
            found.append(ent)
    return sorted(found, key=lambda e: (_distance(e.root, anchor), abs(e.root.i - anchor.i)))


def _phrase(ent: Span) -> str:
    """The entity with the word before it: spaCy leaves "this" out of "this year's"."""
    start = ent.start - 1 if ent.start > ent.sent.start else ent.start
    return ent.doc[start : ent.end].text


def _refines(fine: tuple[date, str], coarse: tuple[date, str]) -> bool:
    """A more precise date inside the span of a coarser one: "on Nov. 3" inside "this year"."""
    (day, precision), (start, span) = fine, coarse
    if RANK[precision] >= RANK[span]:
        return False
    if span == "year":
        return day.year == start.year
    if span == "month":
        return (day.year, day.month) == (start.year, start.month)
    return 0 <= (day - start).days < 7


def _first(ents: list[Span], published: date | None, scheduled: bool) -> tuple[date, str] | None:
    """The nearest entity that resolves, refined by a farther one inside its span ("this year's parade on Nov. 3")."""
    best = None
    for ent in ents:
        value, precision = resolve_date_phrase(_phrase(ent), published, scheduled=scheduled)
        if value is not None and (best is None or _refines((value, precision), best)):
            best = (value, precision)
    return best


def _from_texts(texts: Iterable[str], published: date | None, scheduled: bool) -> tuple[date | None, str]:
    for text in texts:
        value, precision = resolve_event_date(text, published, scheduled=scheduled)
        if value is not None:
            return value, precision
    return None, UNKNOWN


def event_date(trigger: Token, published: date | None, *, scheduled: bool = False, neighbours: Iterable[str] = ()) -> tuple[date | None, str]:
    """The date of the event ``trigger`` signals, with its precision (day|week|month|year|unknown).

    The date expression attached to the trigger, nearest first; else the
    sentence's text; else each of ``neighbours`` (texts, nearest first);
    else ``(None, "unknown")``. ``scheduled=True`` points bare days and
    months forward (a celebration's date).
    """
    found = _first(_attached(trigger, head_chain=True), published, scheduled)
    return found or _from_texts([trigger.sent.text, *neighbours], published, scheduled)


def looks_ahead(verb: Token) -> bool:
    """Whether a verb speaks of what was still to come: "will not be held", "decided not to hold"."""
    future = words().future_auxiliaries
    return any(c.dep_ in ("aux", "auxpass") and c.text.lower() in future for c in verb.children)


def _recent(value: date, published: date | None) -> bool:
    """Within the window a cancellation is news in: a bare "on Nov. 3" read back a year is not."""
    if published is None:
        return True
    return (published - value).days <= words().grace


def _trigger_reading(trigger: Token, theme: Token, published: date | None) -> tuple[date, str, bool] | None:
    """The date attached to the trigger outside the theme's phrase, and whether it is the celebration's.

    A negated verb ("was not held on May 9", "will not take place on May 9")
    carries the celebration's own date, read by its tense. A cancelling verb's
    date ("cancelled on Tuesday") is when the cancelling happened, unless
    reading it back puts it beyond the grace window ("scrapped the event on
    Nov. 3" on 30 October: a year-old cancellation is not news), and then it
    is the celebration's, read forward.
    """
    ahead = looks_ahead(trigger)
    own = any(c.dep_ == "neg" for c in trigger.children)
    for ent in _attached(trigger, head_chain=True):
        if theme.is_ancestor(ent.root) or ent.root == theme:
            continue
        phrase = _phrase(ent)
        value, precision = resolve_date_phrase(phrase, published, scheduled=ahead)
        if value is None:
            continue
        if ahead or own or _recent(value, published):
            return value, precision, ahead or own
        forward, forward_precision = resolve_date_phrase(phrase, published, scheduled=True)
        if forward is None or forward == value:
            return value, precision, False
        return forward, forward_precision, True
    return None


def celebration_date(theme: Token, published: date | None, *, trigger: Token | None = None, neighbours: Iterable[str] = ()) -> tuple[date | None, str]:
    """The date of a cancelled celebration: "the parade planned for May 9", "Saturday's fireworks".

    First a date inside the theme's phrase, pointing forward (the celebration
    was scheduled). Given the ``trigger``, a date attached to it (see
    ``_trigger_reading``): the celebration's own date refines a coarser theme
    date ("this year's parade ... on Nov. 3"); the date of the cancelling
    ("cancelled on Tuesday") is used only when the theme has no date. Last,
    the sentence's text and ``neighbours``, pointing forward.
    """
    own = _first(_attached(theme, head_chain=False, skip_governor=trigger), published, True)
    reading = _trigger_reading(trigger, theme, published) if trigger is not None else None
    if reading is not None and (own is None or (reading[2] and _refines(reading[:2], own))):
        return reading[0], reading[1]
    return own or _from_texts([theme.sent.text, *neighbours], published, True)
