"""A river or a lake found as an event's place, where the text names a town.

A force crosses a river or a lake, retreats towards it or along its bank: the water is the line of the
retreat, less specific than the town the force left ("Russian troops withdrew from the city and the right
bank of the Dnipro", "pulled back across the river" after a line about Kherson, "fled across Lake
Tanganyika" after rebels entered Kalemie). The ontology's place is "the most specific place the event
happened": a town named with the water ("withdrew from Krynky on the left bank of the Dnipro") gives the
only row, and a pullback whose sentence names only water takes the town its document gives, as an event with
no place would. With no town anywhere, the water stays ("withdrew from the islands of Lake Chad").

What is water: a name that ends in a water noun or opens with one ("the Inhulets River", "Lake Tanganyika";
lexicons/water_body.txt, from GeoNames feature class H), a river the places table knows (places.jsonl kind
"river"), or a name the document writes as water ("the left bank of the Dnipro", "the Dnipro River"): a name
the gazetteer also knows as a town (Dnipro) is water only in a document that writes it so.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tasks.extract.patterns import lexicon
from tasks.normalize import places

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

SHORE = r"\b(?:banks?|shores?|side) of (?:the )?"  # "the right bank of the Dnipro", "the east side of the Euphrates"


def is_water(name: str | None, context: "DocumentContext") -> bool:
    """Is the place ``name`` a body of water, by its own words, the places table or the way its document writes it?"""
    if not name:
        return False
    words = name.lower().replace("\u2019", "'").split()
    water = lexicon("water_body")
    if words[-1] in water or (len(words) == 2 and words[0] in water):  # "Dnipro River", "Lake Tanganyika"; not "Lake Chad region"
        return True
    if any(n.kind == "river" for _, _, n in places.find(name, "places")):
        return True
    return context.written_water.written(name)


class WrittenWater:
    """Where one document's text writes a name as water, found once (``DocumentContext.written_water``): the offsets
    where a name on a bank or shore of it may begin ("the left bank of the Dnipro", SHORE), where a name before a
    water noun may end ("the Dnipro River", the mark ``name_scan.names_water`` reads after each name), and where a
    name after a preposition of crossing and the article may begin ("across the Dnipro": lexicons/prep_crossing.txt).
    A name is then matched against those offsets, not searched for in the whole text."""

    def __init__(self, text: str):
        self.text = text
        self.shore = frozenset(o for m in re.finditer(SHORE_AT, text, re.I) for o in (m.end(), m.start(1)))
        nouns = "|".join(sorted(map(re.escape, lexicon("water_body"))))
        self.noun = frozenset(m.start() for m in re.finditer(r"(?=\s+(?:" + nouns + r")\b)", text, re.I))
        route = "|".join(sorted(map(re.escape, lexicon("prep_crossing"))))
        self.crossed = frozenset(m.end() for m in re.finditer(r"\b(?:" + route + r") the ", text))

    def written(self, name: str) -> bool:
        """Does the text write ``name`` as water: on a bank or shore of it, with a water noun after it, or a town's
        name with the article after a preposition of crossing (as ``arguments._crossed``, not a region, "across the
        Donbas", nor a name that goes on, "across the Dnipro Valley")?"""
        text, n = self.text, len(name)
        same = re.compile(re.escape(name), re.I)
        if any(same.fullmatch(text, a, a + n) and _edge(text, a + n) for a in self.shore):
            return True
        if any(a - n >= 0 and same.fullmatch(text, a - n, a) and _edge(text, a - n) for a in self.noun):
            return True
        known = [k.kind for _, _, k in places.find(name, "places")]
        if not known or not all(k in ("city", "feature", "river") for k in known):
            return False
        return any(text.startswith(name, a) and _edge(text, a + n) and not re.match(" [A-Z]", text[a + n : a + n + 2]) for a in self.crossed)

    def with_noun(self, name: str) -> str | None:
        """``name`` with the water noun the text writes after it ("the Inhulets river": "Inhulets river"), or None."""
        n = len(name)
        for a in self.noun:
            if a - n >= 0 and self.text[a - n : a].lower() == name.lower() and _edge(self.text, a - n):
                noun = re.match(r"\s+(\w+)", self.text[a:])
                return self.text[a - n : a] + " " + noun.group(1) if noun else None
        return None

    def on_shore(self, name: str) -> bool:
        """Does the text name a bank or shore of ``name`` ("the western bank of the Dnipro River"): an area as wide as its region?"""
        low = name.lower()
        return any(self.text[a : a + len(name)].lower() == low and _edge(self.text, a + len(name)) for a in self.shore)


SHORE_AT = r"\b(?:banks?|shores?|side) of ((?:the )?)"  # SHORE, with where the name begins if "the" is its own


def _edge(text: str, offset: int) -> bool:
    """Is ``offset`` a word boundary of ``text`` (as the regular expression ``\\b``)?"""
    before = offset > 0 and _WORD_CHAR.match(text, offset - 1) is not None
    after = offset < len(text) and _WORD_CHAR.match(text, offset) is not None
    return before != after


_WORD_CHAR = re.compile(r"\w")


def water_names(found: list[str], context: "DocumentContext") -> frozenset[str]:
    """The places of ``found`` that are water, in lower case (as the names a document fallback refuses)."""
    return frozenset(p.lower() for p in found if is_water(p, context))


def land_over_water(found: list[str], context: "DocumentContext") -> tuple[list[str], list[str]]:
    """``found`` split into the places to keep and the water set aside: a town named with the water keeps only the town
    ("withdrew from Krynky on the left bank of the Dnipro"); water written with its water noun ("positions along the
    Inhulets river") beside regions or countries only is finer than they are and stays, but not a bank or shore of it
    ("the western bank of the Dnipro River in Kherson Oblast": as wide as the region); water alone is set aside, for the
    caller to look for the town its document gives and fall back on it when there is none."""
    land = [p for p in found if not is_water(p, context)]
    water = [p for p in found if p not in land]
    named = [p if _named_as_water(p) else context.written_water.with_noun(p) for p in water if not context.written_water.on_shore(p)]
    named = [p for p in named if p]
    if named and land and all(wider_than_a_town(p, context) for p in land):
        return named, []  # "positions along the Inhulets river in Kherson region": the river is finer than the region
    return land, water


def _named_as_water(name: str) -> bool:
    """Does ``name`` say it is water by its own words ("the Inhulets river", "Lake Chad"; not "the Dnipro", which a reader
    of the row alone would take for the city)?"""
    words = name.lower().split()
    water = lexicon("water_body")
    return words[-1] in water or (len(words) == 2 and words[0] in water)


def wider_than_a_town(name: str, context: "DocumentContext") -> bool:
    """Does ``name`` resolve to a region or a country, wider than the stretch of a river a force stood on?"""
    place = context.geocoder.place(name)
    return place is not None and place.precision in ("admin1", "country")


def document_water(context: "DocumentContext") -> frozenset[str]:
    """The places its document writes as water, in lower case: names a pullback's document fallback refuses."""
    return context.document_water


def water_of_document(context: "DocumentContext") -> frozenset[str]:
    """``document_water``, found once per document (``DocumentContext.document_water``)."""
    text = context.text
    names = {text[a:b] for a, b, _ in context.places_in(0, len(text))}
    water = lexicon("water_body")
    return frozenset(n.lower() for n in names if n.split()[-1].lower() in water or any(k.kind == "river" for _, _, k in places.find(n, "places")) or context.written_water.written(n))
