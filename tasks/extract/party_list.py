"""Places a document names as parties, not as places: a state's capital or a state listed with an
armed group ("emboldened Islamic State, Moscow, Damascus, Hezbollah and Iran"), or capitals listed
together ("a truce brokered by Moscow and Ankara"). Each names who acts, not where anything happens,
so no event takes its place from them."""
from __future__ import annotations

import re

from tasks.extract.patterns import lexicon
from tasks.normalize import places

MAX_GAP_CHARS = 8  # ", and ": the longest text between two listed names
LIST_REACH_CHARS = 120  # how far before a listed name the preposition of its list may be


def _joins_a_list(gap: str) -> bool:
    """Is ``gap`` the text between two members of a list: a comma, a conjunction, or both?"""
    words = re.sub(r"\s*,\s*", " , ", gap).split()
    return bool(words) and len(words) <= 2 and words[-1] in lexicon("list_conjunction") | {","} and all(w in lexicon("list_conjunction") | {","} for w in words)


def _is_capital(name: places.Name, text: str) -> bool:
    """A state's name that is no country's: its capital ("Moscow" for Russia)."""
    from tasks.extract.name_scan import is_country

    return name.kind == "state" and not is_country(text)


def _after_preposition_of_place(text: str, start: int) -> bool:
    """Does the list holding the name at ``start`` follow a preposition of place ("envoys met in Astana, Riyadh
    and Doha")? Then its members are places. The words before are read back over the list's names and joints."""
    words = re.sub(r",", " , ", text[max(start - LIST_REACH_CHARS, 0) : start]).split()
    joints = lexicon("list_conjunction") | {","}
    while words and (words[-1][:1].isupper() or words[-1] in joints):
        words.pop()
    return bool(words) and words[-1].lower() in lexicon("prep_town")


def party_starts(text: str, sides: tuple[tuple[int, int, places.Name], ...]) -> set[int]:
    """Offsets of the side names of ``text`` that stand for parties in a list: a state's name next to an
    armed group's, or a capital next to another state's capital; not in a list after a preposition of place."""
    out: set[int] = set()
    for (a, b, one), (c, d, other) in zip(sides, sides[1:]):
        if c - b > MAX_GAP_CHARS or not _joins_a_list(text[b:c]) or one.code == other.code or _after_preposition_of_place(text, a):
            continue
        if "group" in (one.kind, other.kind):
            out |= {a for a, n in ((a, one), (c, other)) if n.kind == "state"}
        elif _is_capital(one, text[a:b]) and _is_capital(other, text[c:d]):
            out |= {a, c}
    return out
