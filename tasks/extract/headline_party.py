"""Whose statement a headline's "the enemy" is told in: the party the story's first statement names.

"THE ENEMY RETREATED FROM POSITIONS NEAR KRYNKY" above "Operational information of the General Staff of the
Armed Forces of Ukraine"; "Units of Vostok group liberate Rivnopil, enemy flees" above "..., the Russian Defence
Ministry reported": a headline comes before the statement it sums up, so no sentence before it says whose
enemy it means (``statement_party.party_before``); the lines after do. Its party is read as there: of the first
sentences after the headline (within ``STATEMENT_CHARS``), the nearest that names a side, the side a verb of
saying follows, else its first.
"""
from __future__ import annotations

from tasks.extract.context import DocumentContext
from tasks.extract.name_scan import SENTENCE_END
from tasks.extract.statement_party import STATEMENT_CHARS, speaking_side


def headline_party(context: DocumentContext, sentence_start: int) -> str | None:
    """The party of the statement under the headline, for a sentence of the headline; else None."""
    start, end = context.headline
    if not context.has_headline or not start <= sentence_start < end:
        return None
    window = context.text[end : end + STATEMENT_CHARS]
    bounds = [0] + [m.end() for m in SENTENCE_END.finditer(window)] + [len(window)]
    for begin, finish in zip(bounds, bounds[1:]):
        named = context.sides_in(end + begin, end + finish)
        if named:
            return speaking_side(context, named)
    return None
