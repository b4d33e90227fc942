"""One-word festival names built with a festival ending ("Bluesfest", "Summerfest", "Ribfest"): a capitalised word
whose ending is in ``lexicons/celebration_suffix.txt`` and that is no English word of the same ending
(``celebration_suffix_homograph.txt``: "Manifest"). The rules read such a word as a celebration, and the
prefilter lets its line through (``FEST_NAME``)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_MIN_STEM = 3  # "Ribfest", "Jazzfest": a stem of a few letters before the ending


def fest_name(token: Token) -> bool:
    """Is ``token`` a capitalised one-word festival name ("Bluesfest")?"""
    return is_fest_word(token.text)


def is_fest_word(text: str) -> bool:
    low = text.lower()
    if not text[:1].isupper() or low in lexicon("celebration_suffix_homograph"):
        return False
    stem = low[:-1] if low.endswith("s") else low
    return any(stem.endswith(end) and len(stem) - len(end) >= _MIN_STEM and stem[:-len(end)].isalpha() for end in lexicon("celebration_suffix"))


@lru_cache(maxsize=1)
def fest_pattern() -> re.Pattern[str]:
    """Words of a line that may be such names, for the prefilter (case and homographs are checked by ``is_fest_word``)."""
    ends = "|".join(sorted(re.escape(e) for e in lexicon("celebration_suffix")))
    return re.compile(rf"\b[A-Z][A-Za-z]{{{_MIN_STEM - 1},}}(?:{ends})s?\b")
