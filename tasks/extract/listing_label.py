"""A what's-on listing's label: "CANCELLED: Santa's Sleigh Parade, Dec 20." states of the entry after the colon
what the label says, with no verb of its own; the parser often makes the entry a sentence of its own."""
from __future__ import annotations

from spacy.tokens import Token


def label_entry(trigger: Token) -> list[Token]:
    """The head of the entry after a label that opens its line and is followed by a colon; [] otherwise."""
    doc = trigger.doc
    if trigger.i + 2 >= len(doc) or doc[trigger.i + 1].text != ":":
        return []
    if trigger.i > 0 and not doc[trigger.i - 1].is_space:
        return []  # "the council said it had cancelled: ...": no label
    entry = next((t for t in doc[trigger.i + 2:] if not t.is_punct and (t.head.i == t.i or t.head.i <= trigger.i + 1)), None)
    return [entry] if entry is not None else []
