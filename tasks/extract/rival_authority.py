"""A celebration called off by a side at war with the state whose place it is: "The Houthis cancelled the
parade in Sanaa", "the Karen National Union called off Karen New Year in Mutraw". Such a group cancels on its
own account, in the areas it holds against the state: its side is its own code, not the state's it fights. A
group with no war on that state stands for the state it runs ("the Taliban banned Nowruz", since their war with
the Afghan state ended on 15 August 2021; "authorities in Donetsk", run by Russia): the wars are
``data/adversaries.jsonl``'s (UCDP/PRIO).
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon
from tasks.normalize.adversaries import enemies_of


def cancels_against_state(group: str, state: str | None, day: date | None, actor: Token | None = None) -> bool:
    """Is ``group`` (a side that is no state) at war on ``day`` with ``state``, the state that runs the place of
    the cancellation or that the article is about, and named as itself, not as the place's governing body
    ("the Houthi authorities called off the procession in Sanaa": the state of Sanaa; lexicons/governing_body.txt)?"""
    if actor is not None and in_lexicon(actor, lexicon("governing_body")):
        return False
    return state is not None and state in enemies_of(group, day)
