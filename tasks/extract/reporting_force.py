"""A force named only as the source of a report: "..., Ukraine's army said", "a spokesman for the brigade said",
"according to the Syrian Democratic Forces". A pronoun or an event noun in the lines after it ("They withdrew
on Friday night", "The withdrawal was the second this month") refers back to the force the report was about,
not to its reporter; the reporter stays an antecedent when nothing else is named ("Ukraine's army said it had
pulled back ... The withdrawal")."""
from __future__ import annotations

import re
from functools import lru_cache

from tasks.extract.patterns import lexicon

REPORT_GAP_WORDS = 3  # "the army said", "the army's press service said", "the brigade on Monday said"
_WORD_END = re.compile(r"[\w'’.-]*")


@lru_cache(maxsize=1)
def _verb_after() -> re.Pattern[str]:
    forms = "|".join(sorted(lexicon("report_verb_form"), key=len, reverse=True))
    return re.compile(rf"(?:\s+[\w'’.-]+){{0,{REPORT_GAP_WORDS}}}?\s+(?:{forms})\b", re.I)


@lru_cache(maxsize=1)
def _source_before() -> re.Pattern[str]:
    phrases = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(lexicon("report_source_before"), key=len, reverse=True))
    return re.compile(rf"\b(?:{phrases})\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,2}}$", re.I)


def only_reports(text: str, start: int) -> bool:
    """Is the armed word at ``start`` in ``text`` the source of a report: followed in its clause by a verb of
    reporting ("Ukraine's army said", "the Syrian Democratic Forces said") or after "a spokesman for",
    "according to"? Not when the verb of reporting has a clause of its own before ("the army, which said")."""
    end = _WORD_END.match(text, start).end()
    verb = _verb_after().match(text, end)
    if verb is not None and not re.search(r"[,;:()\u2014]|\b(?:who|which|that)\b", text[end : verb.end()]):
        return True
    return _source_before().search(text[max(0, start - 60) : start]) is not None
