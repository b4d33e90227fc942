"""The places a document's sentences tie to its events, in the order it states them.

An event noun whose sentence names no place ("Trump informed Erdogan of the US withdrawal", "the pullout was
complete") refers back to the event of its type the document stated before: the place that sentence tied to
its event ("decided to pull US troops out of Syria") is where it happened, whatever words the two use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

_KEY = "_event_places"  # on the document's context: [(sentence start, event type, place), ...]


def refers_back(trigger: Token) -> bool:
    """Is ``trigger`` an event noun with a determiner or an owner ("the pullout", "a slower withdrawal", "Trump's troop
    withdrawals"), one event the text speaks of, not a bare noun of a kind ("survivors of routs")?"""
    return trigger.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in trigger.children)


def remember(context: "DocumentContext", kind: str, start: int, place: str) -> None:
    """Note that the sentence at ``start`` ties ``place`` to an event of type ``kind``."""
    context.__dict__.setdefault(_KEY, []).append((start, kind, place))


def recalled(context: "DocumentContext", kind: str, start: int) -> str | None:
    """The place tied to the last event of type ``kind`` stated in a sentence before ``start``, if any."""
    earlier = [(at, place) for at, k, place in context.__dict__.get(_KEY, []) if k == kind and at < start]
    return max(earlier)[1] if earlier else None
