"""A month's name is a date, not a celebration: "refused to return to the front in March" (no march)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def month_as_date(token: Token) -> bool:
    """A capitalised month name after a preposition of time or beside a number ("in March", "3 March 2024")."""
    if not token.text[:1].isupper() or token.lower_ not in lexicon("calendar_name"):
        return False
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    timed = token.dep_ == "pobj" and token.head.lower_ in lexicon("prep_month")
    return timed or any(t.like_num for t in beside) or any(c.dep_ == "nummod" for c in token.children)
