"""Places and bodies that "followed suit" after a cancellation: "Belgorod said there would be no parade. Kursk,
Pskov and occupied Crimea followed suit" (the idiom: do as the one just named did, WordNet follow_suit.v.01).
The clause cancels too, when the document told a realis cancellation in its own sentence or in the one just
before; after anything else ("The central bank raised its rate. Two lenders followed suit", "airlines cancelled
flights, and Lufthansa followed suit") it is no cancellation."""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Token

from tasks.entities import entities

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

_KEY = "_cancellation_starts"  # on the document's context: the starts of sentences with a realis cancellation


def follows_suit(trigger: Token) -> bool:
    """Is ``trigger`` the verb of "followed suit"? Its line asks for its named entities then, on the first pass
    already: whether it cancels depends on the rows of the lines before, which a first pass may not have yet
    (``Extractor.attempt``: a second pass gives entities only to the lines that asked for them)."""
    if trigger.lemma_.lower() != "follow" or not any(c.dep_ == "dobj" and c.lower_ == "suit" for c in trigger.children):
        return False
    entities(trigger.doc)
    return True


def note_cancellation(context: "DocumentContext", sentence_start: int) -> None:
    """Note that the sentence at ``sentence_start`` tells a realis cancellation (the extractor reads sentences in order)."""
    context.__dict__.setdefault(_KEY, []).append(sentence_start)


def after_a_cancellation(context: "DocumentContext | None", offset: int) -> bool:
    """Did the sentence piece holding ``offset``, or the one before it, tell a realis cancellation?"""
    if context is None or not (noted := context.__dict__.get(_KEY)):
        return False
    pieces = context.celebrations.piece_starts
    piece = bisect_right(pieces, offset) - 1
    return piece >= 0 and max(noted) >= pieces[max(piece - 1, 0)]
