"""A people's word inside a holiday's own name ("Chinese New Year", "Persian New Year", "Ethiopian New Year"):
it names where the holiday comes from, not the side of the body that calls its celebration off ("the Penang state
government has scrapped its Chinese New Year open house": Malaysia's, not China's). The names are the multi-word
entries of lexicons/holiday_name.txt; the people's words those of data/geo_demonyms.txt. A state's own name in a
holiday ("Canada Day") is left alone: it is the holiday of that state."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from tasks.extract.patterns import lexicon
from tasks.normalize.geo_text import normalise, word_list


@lru_cache(maxsize=1)
def _names() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(name.split()) for name in lexicon("holiday_name") if " " in name)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return word_list("geo_demonyms.txt")


def holiday_demonyms(sentence: Span) -> set[int]:
    """Positions of the people's words that open a holiday's name in ``sentence``."""
    words = [t.lower_ for t in sentence]
    out: set[int] = set()
    for name in _names():
        if normalise(name[0]) not in _demonyms():
            continue
        for i in range(len(words) - len(name) + 1):
            if tuple(words[i : i + len(name)]) == name:
                out.add(sentence[i].i)
    return out
