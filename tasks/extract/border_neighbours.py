"""States a document names only as the neighbour across a border ("near the border with Pakistan", "close to the
frontier with Uganda"): a reference point, no vote for the country the document is about. In the Punjab story
datelined "AMRITSAR, India", "the border with Pakistan" made Pakistan's Punjab the "Punjab" of "Border towns in
Punjab", and the cancellation Pakistan's (round left23)."""
from __future__ import annotations

import re

from tasks.extract.patterns import lexicon

_WITH = re.compile(r"\b([a-z]+)\s+with\s+(?:the\s+)?$")


def across_a_border(text: str, start: int) -> bool:
    """Is the state named at ``start`` of ``text`` the object of "<border noun> with" (lexicons/frontier_noun.txt)?"""
    m = _WITH.search(text[max(start - 24, 0) : start].lower())
    return m is not None and m.group(1) in lexicon("frontier_noun")


def document_states(text: str, side_mentions, longer: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """The states the document names, as written and by code, but a name inside a longer place's ("Praia" of
    "Mocimboa da Praia": no Cape Verde) and a neighbour named across a border (``across_a_border``)."""
    return [
        (text[a:b], n.code) for a, b, n in side_mentions
        if n.kind == "state" and not any(x <= a and b <= y and y - x > b - a for x, y in longer) and not across_a_border(text, a)
    ]
