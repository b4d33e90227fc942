"""Names a document gives people that the gazetteer also knows as towns ("Neil Basu", "Lindsey Graham").

A town is never written after a given name: a capitalised word, alone before it in running text, that is
no place, side, title, calendar or compass word; nor after a military rank ("Captain Ivanov"). Once the document writes "Lindsey Graham", "Graham" alone
is the senator too, unless the document also writes the name after a preposition of place ("in Graham").
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from tasks.extract.patterns import lexicon
from tasks.normalize import places
from tasks.normalize.geo import gazetteer

_NAME_RUN = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?: [A-Z][a-z]+)+\b(?=(?:['’]s)?(?![-'’\w])(?! [A-Z]))")  # "Senator Lindsey Graham", not "Graham-based"
TITLE_CASE_SHARE = 0.6  # a line with this share of capitalised words is a headline: its capitals say nothing


def surnames(text: str) -> frozenset[str]:
    """Town names the document writes as a person's family name and never after a preposition of place."""
    pairs = [run.group().split()[-2:] for line in text.splitlines() if not _title_case(line) for run in _NAME_RUN.finditer(line)]
    found = {last for first, last in pairs if (given_name(first) or _rank_before(first, last)) and _town_only(last)}
    found |= festive_figures(text)
    return frozenset(name for name in found if not _after_preposition_of_place(text, name))


def festive_figures(text: str) -> set[str]:
    """Names of holiday figures the text writes ("Santa's Sleigh Parade"; lexicons/festive_figure.txt), as written;
    not the first word of a longer name ("Santa Cruz")."""
    names = "|".join(sorted(map(re.escape, lexicon("festive_figure")), key=len, reverse=True))
    return {m.group() for m in re.finditer(rf"(?<![\w-])(?i:{names})(?![\w-])(?! [A-Z])", text)}  # the case of the next word counts


def _title_case(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def given_name(word: str) -> bool:
    """Can ``word`` be a given name: no stop word, day or month, compass word, title, side or place larger than a town?"""
    lower = word.lower()
    if lower in STOP_WORDS or lower in lexicon("calendar_name") or lower in lexicon("person_title") or lower in lexicon("place_part"):
        return False
    if any(lower.startswith(point) for point in lexicon("compass_point")) or places.find(word, "sides") or places.find(word, "places"):
        return False
    place = gazetteer().resolve(word)
    return place is None or place.precision == "city"


def _rank_before(rank: str, name: str) -> bool:
    """ "Captain Ivanov", "Colonel Petrov": a military rank (lexicons/military_rank.txt) before the name makes it an
    officer's, unless the pair is itself a town's name ("General Santos")."""
    return rank.lower() in lexicon("military_rank") and gazetteer().resolve(f"{rank} {name}") is None


def _town_only(word: str) -> bool:
    """Is ``word`` a town of the gazetteer's only (not a country, region, side or place of the project's table)?"""
    if places.find(word, "sides") or places.find(word, "places"):
        return False
    place = gazetteer().resolve(word)
    return place is not None and place.precision == "city"


def _after_preposition_of_place(text: str, name: str) -> bool:
    preps = "|".join(sorted(map(re.escape, lexicon("prep_town") | lexicon("prep_location") | lexicon("prep_elsewhere"))))
    return re.search(rf"\b(?:{preps}) (?:the )?{re.escape(name)}\b", text) is not None
