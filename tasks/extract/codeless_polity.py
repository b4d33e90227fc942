"""A force of a polity the sides data has no code for: "The Confederate army surrendered at Appomattox Court
House", "the Confederacy's army pulled back from Gettysburg". Its side is null, never the country of the place
or of the article it is read from (the Confederate States fought the United States; lexicons/codeless_polity.txt).
"""
from __future__ import annotations

from spacy.tokens import Span

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon
from tasks.normalize import places


def codeless_force(actor_span: Span | None) -> bool:
    """Does the actor phrase name a polity of lexicons/codeless_polity.txt and no side of the sides data?"""
    if actor_span is None or places.side_of(actor_span.text) is not None:
        return False
    words = lexicon("codeless_polity")
    return any(in_lexicon(t, words) for t in actor_span)
