"""The places a document's sentences tie to its events, in the order it states them.

An event noun whose sentence names no place ("Trump informed Erdogan of the US withdrawal", "the pullout was
complete") refers back to the event of its type the document stated before: the place that sentence tied to
its event ("decided to pull US troops out of Syria") is where it happened, whatever words the two use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

_KEY = "_event_places"  # on the document's context: [(sentence start, event type, place), ...]


def refers_back(trigger: Token) -> bool:
    """Is ``trigger`` an event noun with a determiner or an owner ("the pullout", "a slower withdrawal", "Trump's troop
    withdrawals"), one event the text speaks of, not a bare noun of a kind ("survivors of routs")?"""
    return (trigger.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in trigger.children)) or quoted_move(trigger)


def quoted_move(trigger: Token) -> bool:
    """A verb of moving a force in scare quotes with no place left named ('the units had been "redeployed" to the
    outskirts'; lexicons/trigger_reposition_verb.txt, euphemism_quote.txt): an official's word for the move the text
    has told, quoted by the writer, so the place of that move is the one stated before."""
    doc = trigger.doc
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon("trigger_reposition_verb"):
        return False
    if not (0 < trigger.i < len(doc) - 1) or doc[trigger.i - 1].lower_ not in lexicon("euphemism_quote") or doc[trigger.i + 1].lower_ not in lexicon("euphemism_quote"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("from", "out") for c in trigger.children)


def remember(context: "DocumentContext", kind: str, start: int, place: str) -> None:
    """Note that the sentence at ``start`` ties ``place`` to an event of type ``kind``."""
    context.__dict__.setdefault(_KEY, []).append((start, kind, place))


def recalled(context: "DocumentContext", kind: str, start: int) -> str | None:
    """The place tied to the last event of type ``kind`` stated in a sentence before ``start``, if any."""
    earlier = [(at, place) for at, k, place in context.__dict__.get(_KEY, []) if k == kind and at < start]
    return max(earlier)[1] if earlier else None
