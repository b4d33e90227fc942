"""Places and sides: a small gazetteer, and the sides of the world (states, armed groups, leaders).

All are data files beside this module: ``places.jsonl``, and for sides
``states.jsonl`` (every ISO 3166 country, Kosovo and historic states: their
names, demonyms, capitals and metonyms), ``groups.jsonl`` (armed non-state
groups), ``missions.jsonl`` (multinational missions: UN peacekeeping, the AU's
in Somalia, SADC's; a state named with one comes first) and ``people.jsonl`` (leaders, who stand for their side). The names
and capitals of states are places too. Phrases in ``decoys.txt`` ("New
Mexico", "Sea of Azov") hide the names inside them. Names of up to
three letters match only in upper case ("US", "UK", "SDF"), so that "us" the
pronoun is not a side; names a row lists as ``capitalised`` ("turkey", "china",
"chad") match only with a capital. The longest name wins ("South Sudanese" is
SSD, not SDN). Curly and straight apostrophes are the same.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tasks.normalize import people, tables


@dataclass(frozen=True)
class Name:
    text: str
    code: str
    kind: str  # sides: "state" or "group" (a leader's name: the kind of their side); places: "city", "feature", "river" (a route, never where an event happened), "region" or "country"
    capitalised: bool = False  # matches only when written with a capital ("Turkey", not "turkey")
    person: bool = False  # a leader's name (people.jsonl), standing for the side of their latest tenure


def _names(filename: str) -> list[Name]:
    return [
        Name(n, row["code"], row["kind"], n in row.get("capitalised", ()))
        for row in tables.load(filename) for n in tables.all_names(row)
    ]


@lru_cache(maxsize=1)
def side_names() -> list[Name]:
    """Every name of a state or armed group, then every leader's name (with the kind of their side)."""
    names = _names("states.jsonl") + _names("groups.jsonl") + _names("missions.jsonl")
    kinds = {n.code: n.kind for n in names}
    for text, tenure in people.latest().items():
        if tenure.code not in kinds:
            raise ValueError(f"people.jsonl: {text!r} stands for {tenure.code}, which no state or group has")
        names.append(Name(text, tenure.code, kinds[tenure.code], text in tenure.capitalised, person=True))
    return names


@lru_cache(maxsize=1)
def place_names() -> list[Name]:
    """The gazetteer's places, then the names of every state ("country") and their capitals ("city")."""
    names = [Name(n, row["country"], row.get("kind", "city")) for row in tables.load("places.jsonl") for n in row["names"]]
    for row in tables.load("states.jsonl"):
        cased = set(row.get("capitalised", ()))
        names += [Name(n, row["code"], "country", n in cased) for n in row["names"]]
        names += [Name(n, row["code"], "city", n in cased) for n in row.get("capitals", ())]
    return names


def _lines(filename: str) -> list[str]:
    raw = resources.files("tasks.normalize").joinpath("data", filename).read_text(encoding="utf-8")
    return [w.strip().lower() for w in raw.splitlines() if w.strip() and not w.startswith("#")]


@lru_cache(maxsize=1)
def _masthead() -> re.Pattern[str]:
    """A capitalised masthead word right after a name (data/masthead_nouns.txt): the name is a newspaper's."""
    raw = resources.files("tasks.normalize").joinpath("data", "masthead_nouns.txt").read_text(encoding="utf-8")
    words = [w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#")]
    return re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, words)) + r")\b")


@lru_cache(maxsize=1)
def continents() -> frozenset[str]:
    """Names of continents and world regions: never more specific than a country."""
    return frozenset(_lines("continents.txt"))


@lru_cache(maxsize=1)
def not_rebels() -> frozenset[str]:
    """Codes of the groups "the rebels" never stand for (``not_rebels.txt``: the Islamic State and al-Qaeda families)."""
    return frozenset(code.upper() for code in _lines("not_rebels.txt"))


# a village a document itself calls one ("Novomykhailivka, a village in the Donetsk region": tasks/extract/introduced_places.py) is finer than a town
SPECIFICITY = {"village": -1, "city": 0, "feature": 1, "river": 1, "region": 2, "country": 3}


def _trie_pattern(names: list[str]) -> str:
    """One alternation of ``names`` as a trie ("sudan|sudanese|south sudan" shares its
    prefixes), so that matching does not try every name at every position. Longer
    continuations come first: the longest name that fits wins, as in a longest-first alternation."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [("['’]" if ch == "'" else re.escape(ch)) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def _regex(names: tuple[str, ...]) -> re.Pattern[str]:
    # "Russian-installed authorities", "Russian-controlled Kherson": the side of the name
    return re.compile(r"(?<![\w-])(" + _trie_pattern(sorted(set(names))) + r")(?=-(?:installed|appointed|controlled|led|run|occupied)\b|(?![\w-]))", re.I)


@lru_cache(maxsize=2)
def _matcher(which: str) -> tuple[re.Pattern[str], dict[str, Name]]:
    names = side_names() if which == "sides" else place_names()
    table = {text: Name(text, "", "decoy") for text in _lines("decoys.txt")}
    for name in names:
        table.setdefault(name.text.lower(), name)
    return _regex(tuple(table)), table


@lru_cache(maxsize=8192)
def find(text: str, which: str) -> tuple[tuple[int, int, Name], ...]:
    """Every side or place named in a sentence or phrase: ``(start, end, Name)`` (cached: sentences are asked many times)."""
    return scan(text, which)


def scan(text: str, which: str) -> tuple[tuple[int, int, Name], ...]:
    """Every side or place named in ``text`` (a whole document: not cached)."""
    regex, table = _matcher(which)
    out = []
    for m in regex.finditer(text):
        word = m.group(1)
        if len(word) <= 3 and word != word.upper():
            continue
        name = table.get(tables.matched_key(word).replace("\u2019", "'"))
        if name is None or name.kind == "decoy" or (name.capitalised and not word[:1].isupper()):
            continue
        if which == "sides" and name.text.endswith("'s"):
            continue
        if _masthead().match(text, m.end(1)):
            continue  # "told the Nairobi Courier", "the Kyiv Post reported": an outlet's name, no side, no place
        out.append((m.start(1), m.end(1), name))
    return tuple(out)


@lru_cache(maxsize=1)
def mission_codes() -> frozenset[str]:
    """The codes of the multinational missions (``missions.jsonl``): a contingent serving with one is its own state's."""
    return frozenset(n.code for n in side_names() if n.kind == "mission")


def side_of(text: str) -> str | None:
    """The side a phrase names: an armed group before a state, then the first named."""
    found = find(text, "sides")
    groups = [n for _, _, n in found if n.kind == "group"]
    if groups:
        return groups[0].code
    return found[0][2].code if found else None


def country_of(place: str) -> str | None:
    """The ISO code of the country a gazetteer place lies in."""
    found = find(place, "places")
    return found[0][2].code if found else None
