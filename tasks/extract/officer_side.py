"""The side of an officer named by his rank who surrenders, when nothing in his sentence gives one: the force the
lines before named ("the German Sixth Army gave up ... On 31 January 1943, Field Marshal Friedrich Paulus
surrendered to Soviet officers": Germany's; "the British garrison of Singapore gave up ... Lieutenant-General
Arthur Percival surrendered": Britain's), not the side he surrendered to."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import DocumentContext, context_offset
from tasks.extract.event_reference import force_side_before
from tasks.extract.ranks import ranked_person


def commanded_force_side(actor: Token | None, receiver: str | None, context: DocumentContext) -> str | None:
    """The side of the armed force named last before the officer's phrase, for a ranked officer
    (``ranks.ranked_person``); none when that force is the side he gave himself up to. Read before his rank: the
    rank is an armed word of its own ("Colonel", armed_person.txt) with no side, which would hide the force."""
    if actor is None or not ranked_person(actor):
        return None
    side = force_side_before(context, context_offset(actor.left_edge))
    return side if side != receiver else None
