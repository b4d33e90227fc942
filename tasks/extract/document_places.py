"""Which of the places a document names around an event's sentence are the event's.

``DocumentContext.nearby_place_and_source`` reads windows of the document in order (the paragraph
before, the headline, the lines before, the lead, the dateline). These rules say which mentions of a
window count and when a broader place gives way to a town inside it named in a later window.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tasks.extract.patterns import lexicon
from tasks.normalize.geo import gazetteer

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext


def town_in_region(context: "DocumentContext", first: tuple[str | None, str], picks: list[tuple[str | None, str]]) -> tuple[str, str] | None:
    """The first town, in the picks of windows read after the one ``first`` comes from, inside the region ``first``
    names: "Dozens of RSF fighters lay down arms in North Kordofan" above "near the town of Bara" (a town of
    North Kordofan) is Bara. None when ``first`` is no region or no later window names a town of it."""
    sources = [source for _, source in picks]
    if first[0] is None or first[1] not in sources or " and " in first[0]:
        return None  # "Amhara and Afar": a town of one of two regions is not where the event in both happened
    region = context.geocoder.place(first[0])
    if region is None or not (region.precision == "admin1" or called_a_region(context.text, first[0], region)):
        return None
    for name, source in picks[sources.index(first[1]) + 1 :]:
        place = context.geocoder.place(name) if name and name.lower() != first[0].lower() else None
        if place is not None and place.precision == "city" and place.admin1 == region.admin1 and place.country_code == region.country_code:
            return name, source
    return None


def called_a_region(text: str, name: str, place) -> bool:
    """Is ``name``, a town that shares its name with its region (Arauca, of the department of Arauca), called
    the region somewhere in ``text`` ("the eastern province of Arauca", "Arauca province")?"""
    if place.precision != "city" or (place.admin1 or "").lower() != name.lower():
        return False
    nouns = "|".join(sorted(map(re.escape, lexicon("area_noun"))))
    named = re.escape(name)
    return re.search(rf"\b(?:{nouns}) of {named}\b|\b{named} (?:{nouns})\b", text, re.I) is not None


CLAUSE_CUT = re.compile(r"[.;:!?\u2014()\n]|,(?!\d)")  # not the comma of a number ("over 2,000 US troops in Syria")
APPOSITIVE_CHARS = 40  # how far before a place the place it stands in apposition to may start ("Istanbul, Turkey")
OTHER_EVENT_WORDS = 3  # "the Ghouta chemical attacks": an event noun this close after a name is that name's event


def in_another_events_clause(text: str, start: int, end: int) -> bool:
    """Is the place at ``[start, end)`` named in a clause about another event: an event noun before it in its
    clause ("an attack in its former stronghold of Raqqa", "negotiators met in Istanbul"; not the target of "the
    attack on Kyiv", where the fighting was) or just after it ("the Ghouta chemical attacks")?"""
    opening = max((m.end() for m in CLAUSE_CUT.finditer(text, max(start - 200, 0), start)), default=max(start - 200, 0))
    before = re.findall(r"[a-z]+", text[opening:start].lower())
    after = re.findall(r"[a-z]+", text[end : end + 40].lower())[:OTHER_EVENT_WORDS]
    nouns = lexicon("other_event_noun")
    targeted = [k for k, w in enumerate(before) if w in nouns and before[k + 1 : k + 2] in (["on"], ["against"])]
    return any(w in nouns for w in after) or any(w in nouns for k, w in enumerate(before) if k not in targeted)


def not_in_other_events(context: "DocumentContext", keep=None):
    """A filter of mentions ``(a, b)``: what ``keep`` keeps (all if None), not named in a clause about another
    event (``in_another_events_clause``), the clause of "Istanbul, Turkey" being Istanbul's."""
    return lambda a, b: (keep is None or keep(a, b)) and not in_another_events_clause(context.text, appositive_head(context, a), b)


def appositive_head(context: "DocumentContext", start: int) -> int:
    """Where the name chain ending in the place at ``start`` begins: "Istanbul, Turkey" begins at Istanbul."""
    before = context.places_in(max(start - APPOSITIVE_CHARS, 0), start)
    return before[-1][0] if before and context.text[before[-1][1] : start] == ", " else start


def with_coordinated(text: str, found: list[tuple[int, int, object]], pick: int, specificity) -> str:
    """The place ``found[pick]`` as written with the place of the same specificity it is coordinated with
    ("withdrawn from Amhara and Afar": "Amhara and Afar", not Afar alone), else alone."""
    a, b, _ = found[pick]
    if pick > 0 and text[found[pick - 1][1] : a] in (" and ", " or ") and specificity(found[pick - 1]) == specificity(found[pick]):
        return text[found[pick - 1][0] : b]
    return text[a:b]


EVENT_WORD_STEM = 6  # "withdr", "surren", "retrea": how much of the event's word its earlier mentions share
EVENT_PLACE_CHARS = 60  # how far after an earlier mention of the event its place may be named


def earlier_event_place(context: "DocumentContext", word: str, start: int) -> str | None:
    """Where the document said the event happened when it named it before ``start``: the place after a preposition
    of place, in the same clause just after the last earlier mention of the event's word ("the withdrawal of US
    troops from Syria ... After the Pentagon's statement, the withdrawal began": Syria). Words shorter than
    EVENT_WORD_STEM ("left", "fled") say too little to be the same event."""
    if len(word) < EVENT_WORD_STEM:
        return None
    found = None
    for m in re.finditer(r"\b" + re.escape(word.lower()[:EVENT_WORD_STEM]) + r"\w*", context.text[:start], re.I):
        for a, b, _ in context.places_in(m.end(), min(m.end() + EVENT_PLACE_CHARS, start)):
            if _after_preposition_of_place(context.text[m.end() : a]):
                found = context.text[a:b]
                break
    return found


def _after_preposition_of_place(gap: str) -> bool:
    """Do the words between an event's word and a place stay in one clause and end with a preposition of place
    ("of US troops from", "in")?"""
    words = gap.lower().split()
    words = words[:-1] if words[-1:] == ["the"] else words
    return not CLAUSE_CUT.search(gap) and bool(words) and words[-1] in lexicon("prep_location")


def each_place(location: str | None) -> list[str | None]:
    """ "Amhara and Afar", two places a context names together, as the places they are, one row each (the
    ontology: one event row per place); a name holding "and" that the gazetteer knows ("Trinidad and Tobago") stays whole."""
    head, sep, tail = (location or "").partition(" and ")
    if not sep or gazetteer().resolve(location) is not None or gazetteer().resolve(head) is None:
        return [location]
    return [head, tail]


def apposed_places(text: str, mentions: list[tuple[int, int, object]]) -> list[tuple[str, str]]:
    """Places the text names with another place after a comma ("Paris, Texas", "Bethlehem, Pennsylvania"), as
    (place, place after it): the second may say which of the places of that name the first is."""
    pairs = zip(mentions, mentions[1:])
    return [(text[a:b], text[c:d]) for k, ((a, b, _), (c, d, _)) in enumerate(pairs) if text[b:c] == ", " and not _in_a_list(text, mentions, k)]


def _in_a_list(text: str, mentions: list[tuple[int, int, object]], first: int) -> bool:
    """Are the places ``first`` and ``first + 1`` two members of a list ("the juntas of Mali, Guinea and Burkina
    Faso", "Kyiv, Kharkiv, Odesa"), not a town and the region that says which town it is? A list goes on: a comma
    before the first, or after the second another place or a coordinator (``list_conjunction.txt``)."""
    start, end = mentions[first][0], mentions[first + 1][1]
    after = text[end:].lstrip(" ,")
    comma_before = first > 0 and text[mentions[first - 1][1]:start] == ", "
    comma_after = first + 2 < len(mentions) and text[end:mentions[first + 2][0]] == ", "
    word_after = after.split(" ", 1)[0].lower() if after else ""
    return comma_before or comma_after or word_after in lexicon("list_conjunction")


COUNTRY_OVER_TOWN = 4  # a country named this many times as often as a town of its own is what the story is about
COUNTRY_ELSEWHERE_OVER_TOWN = 2  # and this many times, when the town lies in a country the document never names


def country_over_town(context: "DocumentContext", town: str, refused: frozenset[str] = frozenset(), besides: str | None = None) -> str | None:
    """The country the document is about, as first written, when the town it names most is only one stop of its
    story: a country named COUNTRY_OVER_TOWN times as often as the town in it ("Syria" 16 times, "Raqqa" 3), or
    COUNTRY_ELSEWHERE_OVER_TOWN times as often as a town of a country it never names (a militant's home town "Leeds"
    once, in a story of Somalia). None else, and for
    the country ``besides`` (the actor's) and the names ``refused``."""
    from tasks.extract.name_scan import is_country  # context reads its windows with the rules of this module

    counts: dict[str, list] = {}
    specific = 0
    for a, b, name in context.place_mentions:
        if name.text in refused:
            continue
        written = context.text[a:b]
        if not is_country(written):
            specific += name.text == town.lower()
            continue
        code = context.geocoder.country_of(written)
        if code is not None and code != besides:
            counts.setdefault(code, [0, written])[0] += 1
    if not counts or not specific:
        return None
    code, (most, written) = max(counts.items(), key=lambda kv: kv[1][0])
    own = context.geocoder.country_of(town)
    if own != code and own in counts:
        return None  # "Kabul" in a story that names Afghanistan too: a place of the story, not a home town
    return written if most >= (COUNTRY_OVER_TOWN if own == code else COUNTRY_ELSEWHERE_OVER_TOWN) * specific else None


_DATELINE_TOWN = re.compile(r"([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,3}), ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})")


def dateline_town(context: "DocumentContext", start: int, end: int) -> str | None:
    """The town a story is filed from, as its dateline writes it in capitals before its country ("HRAKOVE, Ukraine
    (AP) —"), when the place data do not know it (a village): more specific than the country after it, which the
    dateline's other places would give. None when the town is known (the dateline's own places decide) or no country follows."""
    from tasks.extract.name_scan import is_country

    m = _DATELINE_TOWN.match(context.text[start:end])
    if m is None or not is_country(m.group(2)):
        return None
    if any(a < start + m.end(1) for a, _, _ in context.places_in(start, end)):
        return None  # "KYIV, Ukraine": a town the data know, read with the dateline's other places
    return m.group(1)
