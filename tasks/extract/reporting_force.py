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


@lru_cache(maxsize=None)
def verb_after(forms_lexicon: str, gap: int) -> re.Pattern[str]:
    """A verb form of ``forms_lexicon`` up to ``gap`` words after a name."""
    forms = "|".join(sorted(lexicon(forms_lexicon), key=len, reverse=True))
    return re.compile(rf"(?:\s+[\w'’.-]+){{0,{gap}}}?\s+(?:{forms})\b", re.I)


@lru_cache(maxsize=None)
def phrase_before(phrases_lexicon: str, lead: str) -> re.Pattern[str]:
    """A phrase of ``phrases_lexicon`` just before a name, with the words ``lead`` may allow between them."""
    phrases = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(lexicon(phrases_lexicon), key=len, reverse=True))
    return re.compile(rf"\b(?:{phrases})\s+{lead}$", re.I)


def named_as(text: str, start: int, verbs: re.Pattern[str], before: re.Pattern[str], window: int, stop: str) -> bool:
    """Is the name at ``start`` followed in its clause by a verb of ``verbs`` (no word of ``stop`` nor a punctuation
    mark between them) or preceded within ``window`` characters by a phrase of ``before``?"""
    end = _WORD_END.match(text, start).end()
    verb = verbs.match(text, end)
    if verb is not None and not re.search(rf"[,;:()\u2014]|\b(?:{stop})\b", text[end : verb.end()]):
        return True
    return before.search(text[max(0, start - window) : start]) is not None


def only_reports(text: str, start: int) -> bool:
    """Is the armed word at ``start`` in ``text`` the source of a report: followed in its clause by a verb of
    reporting ("Ukraine's army said", "the Syrian Democratic Forces said") or after "a spokesman for",
    "according to"? Not when the verb of reporting has a clause of its own before ("the army, which said")."""
    verbs = verb_after("report_verb_form", REPORT_GAP_WORDS)
    return named_as(text, start, verbs, phrase_before("report_source_before", r"(?:the\s+)?(?:[\w'’.-]+\s+){0,2}"), 60, "who|which|that")
