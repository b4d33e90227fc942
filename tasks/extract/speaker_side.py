"""The side a reporter speaks for: named in its own phrase, not in what it is said to work on.

"Russia says the withdrawal is complete", "a spokesman for Ukraine's southern command said": the speaker's side is
named by its head, the words that modify it, an apposition ("Rami Abdel Rahman, the monitor's head") or the first
phrase it is of or for. "Zina Rose Kiryakos, an attorney for Christian victims of Isis" speaks for no side:
Isis is named two phrases down, as whom her clients suffered from.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import roles
from tasks.normalize import places

_MODIFIERS = ("amod", "compound", "poss", "nmod")


def speaking_side(reporter: Span) -> str | None:
    """The side ``reporter`` names in its own phrase (its head, modifiers, apposition, first prepositional phrase)."""
    heads = [reporter.root, *(c for c in reporter.root.children if c.dep_ == "appos")]
    heads += [g for h in list(heads) for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    words = sorted({t.i for h in heads for t in _named_by(h)})
    return places.side_of(" ".join(reporter.doc[i].text for i in words)) if words else None


def _named_by(head: Token) -> list[Token]:
    """The head and the words of its modifiers ("the Britain-based monitor's head": Britain-based monitor's head)."""
    out = [head]
    for child in head.children:
        if child.dep_ in _MODIFIERS and not roles.in_parentheses(child):
            out += list(child.subtree)
    return out
