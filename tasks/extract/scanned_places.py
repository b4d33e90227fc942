"""A name the tagger calls a person that the document's own scan of places reads as a town ("Jolo cancels fiesta
parade", "Izmir cancels Republic Day concert": headline subjects the small model takes for people)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import of_token


def scanned_as_place(token: Token) -> bool:
    """Is ``token`` in the document's headline, where Title Case misleads the tagger, and does the document's scan
    of places (``DocumentContext.places_in``, which already sets aside the names it writes for people: "Lindsey
    Graham") hold a place there? Not in running text ("'Surrender or die,' Bali said": the tagger's person stands)."""
    context, offset = of_token(token)
    start, end = context.headline if context is not None and context.has_headline else (0, 0)
    if not start <= offset < end:
        return False
    return any(a <= offset < b for a, b, _ in context.places_in(max(offset - 40, 0), offset + len(token.text)))
