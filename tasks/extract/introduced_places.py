"""Places a document introduces itself: a name it calls a town, a village or an island ("the coltan-mining town
of Rubaya", "Synkivka, a village northeast of Kupiansk", "the Yemeni island of Socotra") is a place in every
line of that document, where GeoNames (and so the document's scan of places) may not know it: the headline
"M23 rebels take Rubaya as army falls back" then has a place, not only the dateline's city."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from tasks.extract.patterns import lexicon
from tasks.normalize import places
from tasks.normalize.geo import gazetteer

_WORD = r"[A-Z][\w'’-]*[a-z][\w'’-]*"  # "Rubaya", "Al-Shaafa"; not "US" nor "ISIS"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    from tasks.extract.name_scan import name_connectors  # context reads this module's mentions

    particle = "|".join(sorted(map(re.escape, name_connectors()), key=len, reverse=True))  # "Mocimboa da Praia", "Ras al Ain"; not "as"
    name = rf"{_WORD}(?:[ -](?:(?:{particle})[ -])?{_WORD}){{0,3}}"
    kinds = "|".join(sorted(map(re.escape, lexicon("settlement_kind") | lexicon("village_kind") | lexicon("town_kind")), key=len, reverse=True))
    small = "|".join(sorted(map(re.escape, lexicon("village_kind") | lexicon("town_kind")), key=len, reverse=True))
    kind_of = re.compile(rf"\b(?P<kind>{kinds}) of (?P<name>{name})")  # "the town of Rubaya", "the Yemeni island of Socotra"
    called = re.compile(rf"(?P<name>{name}), (?:a|an) (?:[a-z-]+ ){{0,3}}(?P<kind>{small})\b")  # "Synkivka, a village", "Djibo, a besieged town"
    return kind_of, called


def _a_name(name: str) -> bool:
    """A name GeoNames does not know (one it knows, the scan of places already weighed: "the city of Farah" in a
    photo caption stays out of it), not a side ("the city of Russian ..."), a day or month, nor a one-word common
    word ("the port of Call")."""
    low = name.lower()
    return gazetteer().resolve(name) is None and not places.find(low, "sides") and low not in lexicon("calendar_name") and (" " in name or low not in STOP_WORDS)


def introduced_names(text: str) -> dict[str, str]:
    """The names ``text`` calls a kind of settlement, as written, with their kind: "village" for a village or a
    hamlet (finer than a town or a district named beside it: "Novomykhailivka, a village in the Donetsk region"),
    else "city"."""
    found: dict[str, str] = {}
    for pattern in _patterns():
        for m in pattern.finditer(text):
            if _a_name(m.group("name")):
                village = m.group("kind") in lexicon("village_kind")
                found[m.group("name")] = "village" if village or found.get(m.group("name")) == "village" else "city"
    return found


def introduced_mentions(text: str) -> list[tuple[int, int, places.Name]]:
    """Every mention in ``text`` of a name it introduces as a settlement, as a place mention of its kind (its
    country unknown: code "")."""
    found = []
    for name, kind in introduced_names(text).items():
        found += [(m.start(), m.end(), places.Name(name.lower(), "", kind)) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return sorted(found, key=lambda m: m[0])
