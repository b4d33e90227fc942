"""A document's text scanned for names, once: places written with capitals or known to the
gazetteer, names that are no place (a state's organ, a currency, a people), force acronyms and
armed words, calendar names. ``DocumentContext`` (context.py) builds its look-ups from these.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from tasks.extract.patterns import lexicon
from tasks.extract.ship_names import after_ship_prefix
from tasks.extract.state_speaker import acts, owns_a_name, possessed_place, speaks
from tasks.extract.unit_places import unit_name_follows
from tasks.nlp import recase_title
from tasks.normalize import dates, places
from tasks.normalize.geo import OPEN_MIN_POPULATION, country, gazetteer

PREPOSITION_CHARS = 24  # how far before a name its preposition and kind of settlement are read ("the village of")


_PRECISION_KIND = {"point": "feature", "city": "city", "admin1": "region", "country": "country"}


MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _capitalised() -> re.Pattern[str]:
    """A run of capitalised words, with the lower-case particles of names between them ("Mocimboa da Praia",
    "Dar es Salaam", "Ras al-Ain"); a particle that is also an English word ("an", "do") only before a hyphen."""
    joiners = sorted(name_connectors())
    spaced = "|".join([w for w in joiners if w not in STOP_WORDS] + sorted(lexicon("english_name_connector")))
    hyphened = "|".join(joiners)
    return re.compile(r"[A-Z][\w'’.-]{0,40}(?:[ -](?:(?:" + spaced + r")[ -]|(?:" + hyphened + r")-)?[A-Z][\w'’.-]{0,40}){0,5}")


def name_connectors() -> frozenset[str]:
    """The lower-case particles inside names ("da", "al", "es"), but the English ones."""
    return lexicon("name_connector") - lexicon("english_name_connector")


@lru_cache(maxsize=1)
def venue_after() -> re.Pattern[str]:
    """After a venue verb: a few words of its clause, "in" or "at", and a name."""
    return re.compile(r"(?:\s+[a-z0-9][\w-]*){0,6}?\s+(?:in|at)\s+(?P<gap>(?:[a-z][\w-]*\s+){0,5}?)(?P<name>" + _capitalised().pattern + ")")


BY_AGENT = re.compile(r"\w by (?:the |an? )?(?:[\w'’.-]+ ){0,2}$", re.I)  # "surrounded by Taliban ", "hit by the "


PRECISION_RANK = {"point": 0, "city": 0, "admin1": 2, "country": 3}  # an unknown name (a village) ranks 1


def _without_area_suffix(name: str) -> str:
    """ "Kharkiv-area", "Bakhmut-bound": the place before the hyphen."""
    head, hyphen, suffix = name.rpartition("-")
    return head if hyphen and head and suffix.lower() in lexicon("area_suffix") else name


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def armed_word_counts(text: str, match: re.Match[str]) -> bool:
    """Is an armed word found in the text an armed one? A homograph (lexicons/armed_homograph.txt: "private") is
    only as a noun: in the plural ("two privates"), as a title before a name ("Private Ivan Sorokin"), or after a
    determiner or a number, with at most two words between, and before no word it could qualify ("a Russian
    private, who", "one private was executed"; not "held in private", "a private company", "the private and
    public sectors")."""
    word = match.group()
    if word.lower() not in lexicon("armed_homograph"):
        return True  # any other armed word, or a homograph's plural ("privates")
    after = _WORD.match(text, match.end() + 1) if text[match.end() : match.end() + 1] == " " else None
    if word[:1].isupper() and after is not None and after.group()[:1].isupper():
        return True  # "Private Ivan Sorokin"
    if after is not None and (after.group() not in STOP_WORDS or after.group() in ("and", "or")):
        return False  # "a private company", "the private and public sectors": it qualifies the next word
    before = _WORD.findall(text[max(0, match.start() - 60) : match.start()])
    for word_before in reversed(before[-3:]):
        low = word_before.lower()
        if low in lexicon("noun_determiner") or low.endswith(("'s", "’s")):
            return True  # "a Russian private", "one private", "the regiment's private"
        if low in STOP_WORDS:
            return False  # "held in private"
    return False


def is_calendar_name(word: str) -> bool:
    """A capitalised day or month name ("Friday", "May"): when, never where."""
    return word[:1].isupper() and word.lower() in lexicon("calendar_name")


def open_place_mentions(text: str) -> list[tuple[int, int, places.Name]]:
    """Places named anywhere in ``text`` that GeoNames knows, in capitalised word sequences:
    the longest known name first at each word ("New York City Mayor" gives "New York City")."""
    found = _capitalised_places(text)
    recased = in_sentence_case(text)
    if recased != text:  # a Title Case headline: also the names its sentence case shows ("Gaza War Rages": Gaza)
        found = [m for m in found if not headline_word(text, recased, m[0], m[1])]
        found = sorted(found + [m for m in _capitalised_places(recased) if not any(m[0] < b and a < m[1] for a, b, _ in found)], key=lambda m: m[0])
    return found


def headline_word(text: str, recased: str, start: int, end: int) -> bool:
    """Is the one-word name at ``[start, end)`` a word a Title Case headline capitalised and its sentence case
    lower-cases (``recased``: a dictionary word, no sizeable place: "Over NATO's Summit", "Village Marks Two
    Years")? The headline's capitals, not a town's name."""
    return " " not in text[start:end] and recased[start] != text[start]


def _capitalised_places(text: str) -> list[tuple[int, int, places.Name]]:
    found = []
    for m in _capitalised().finditer(text):
        runs = _names_in(m)
        for k, words in enumerate(runs):
            cut = k == len(runs) - 1 and re.match(r" [A-Z]", text[m.end() : m.end() + 2]) is not None
            found.extend(_known_places(text, words, cut))
    return found


def in_sentence_case(text: str) -> str:
    """``text`` with its Title Case headlines in sentence case (same length), where the headline's capitals
    no longer make "Gaza" the first part of a longer name ("Gaza War Rages")."""
    return "".join(recase_title(line) for line in text.splitlines(keepends=True))


def _names_in(run: re.Match[str]) -> list[list[re.Match[str]]]:
    """The words of a capitalised run, cut after a full stop ("Goma. US envoy"; "St. Petersburg" is one name)."""
    words = list(re.finditer(r"\S+", run.group()))
    festive = _celebration_words(words)
    out, current = [], []
    for k, word in enumerate(words):
        if k in festive:  # "Mardi Gras", "Canada Day": a celebration's name cuts the run
            out, current = out + ([current] if current else []), []
            continue
        current.append((run.start() + word.start(), run.start() + word.end()))
        if word.group().endswith(".") and len(word.group()) > 4:
            out.append(current)
            current = []
    return out + ([current] if current else [])


def _celebration_words(words: list[re.Match[str]]) -> set[int]:
    """Indices of the words that make up a celebration's name of two words or more."""
    names = lexicon("celebration")
    lower = [w.group().lower().strip(".,;:'’") for w in words]
    out: set[int] = set()
    for i in range(len(lower)):
        for n in (2, 3, 4):
            if i + n <= len(lower) and " ".join(lower[i : i + n]) in names:
                out |= set(range(i, i + n))
    return out


def _article_of_group_name(text: str, words: list[tuple[int, int]], i: int) -> bool:
    """Is word ``i`` a function word ("The", "the") before the capitalised name of an armed group?"""
    if text[words[i][0] : words[i][1]].lower() not in STOP_WORDS or i + 1 >= len(words) or not text[words[i + 1][0]].isupper():
        return False
    return any(names_armed_group(text[words[i + 1][0] : words[i + n][1]]) for n in range(1, min(MAX_NAME_WORDS, len(words) - i - 1) + 1))


def _known_places(text: str, words: list[tuple[int, int]], cut: bool = False) -> list[tuple[int, int, places.Name]]:
    """The known places of a capitalised run's ``words``; ``cut``: the run was cut by its length, the name goes on
    after its last word ("Lee's Army of Northern | Virginia": "Northern" is no place of its own)."""
    found, i = [], 0
    while i < len(words):
        if _article_of_group_name(text, words, i):
            i += 1  # "The Rapid Support Forces": not "The Rapid" (Rapid City), the group's name comes next
            continue
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            a, b = words[i][0], words[i + n - 1][1]
            name = _without_area_suffix(text[a:b].rstrip(".'’"))  # "Kharkiv-area": Kharkiv
            if name.rpartition("-")[2].lower() in lexicon("origin_suffix"):
                continue  # "the Pskov-based division": its home, not a place where anything happens
            following = [text[x:y] for x, y in words[i + n : i + n + 2]]
            followed = bool(following) and following[0].lower() not in lexicon("place_suffix") and not _on_a_day(following)
            followed = followed or (cut and i + n == len(words)) or (n == 1 and heads_a_name_of(text, a, b))
            if n == 1 and (followed or name.lower() in STOP_WORDS):
                continue  # "Amos Hochstein", "Moscow Times", "Ali al-Zaatari": a name's first part; "More", "Even": a capitalised word
            if n == 1 and name.lower() in lexicon("common_word_town") and _opens_sentence(text[max(a - PREPOSITION_CHARS, 0) : a]) and _word_goes_on(text[b : b + 20]):
                continue  # "... - Time for others to step up", "Split over the decision, ...": the word, capitalised where it stands
            if formation_of_before(text[max(a - PREPOSITION_CHARS, 0) : a]):
                continue  # "the Army of Northern Virginia": the "of" part of a formation's own name
            if unit_name_follows(text[b : b + 120]):
                continue  # "the Odesa Territorial Defence battalion", "the Kharkiv brigade": the unit's name, not where it is
            if text[a:b].split()[-1].lower() in lexicon("military_unit") and (n > 1 or i > 0):
                continue  # "the Black Sea Fleet", "the 1st Tank Army": a formation ends the name, not a town named Fleet
            if names_no_place(name, text[b : b + 40], text[max(a - PREPOSITION_CHARS, 0) : a]):
                continue  # "on Telegram", "US$480", "the Kremlin said", "Washington's envoy": who, not where
            if names_armed_group(re.sub(r"['’]s$", "", name)):  # "Hamas's attack": the group's possessive
                i += n  # "Hamas" is no town, and "Islamic State Khorasan Province" holds none: its words are the group's
                break
            place = gazetteer().resolve(name)
            whole = not followed  # "in Sudzha", not "in The Wall Street Journal"
            if place is not None and n > 1 and name.split()[0] == "The" and not place.name.startswith("The "):
                a, name = words[i + 1][0], name.partition(" ")[2]  # "The Kiel Mutiny began": Kiel, the article opens the sentence
                if " " not in name and heads_a_name_of(text, a, a + len(name)):
                    continue  # "The University of Otago": the institution's name
            if place is not None and _trusted(place, name, text[b : b + 4], text[max(a - PREPOSITION_CHARS, 0) : a] if whole else ""):
                found.append((a, a + len(name), places.Name(name.lower(), place.country_code or "", _PRECISION_KIND.get(place.precision, "city"))))
                i += n
                break
        else:
            i += 1
    return found


def formation_of_before(before: str) -> bool:
    """Do the words ``before`` a name end with a capitalised unit noun and "of" ("Army of ", "Corps of the "): the name is
    the rest of the formation's own name, no place it stood?"""
    m = re.search(r"\b([A-Z][a-z]+) of (?:the )?$", before)
    return m is not None and m.group(1).lower() in lexicon("military_unit")


def heads_a_name_of(text: str, start: int, end: int) -> bool:
    """Is the word at ``[start, end)`` a common English word heading a name "X of Y" ("The University of Otago", "the
    Army of Northern Virginia", "the Bank of England"): the institution's or the formation's name, not a town?"""
    from tasks.nlp import dictionary_word

    return re.match(r" of (?:the )?[A-Z]", text[end : end + 9]) is not None and bool(dictionary_word(text[start:end].lower()))


def _opens_sentence(before: str) -> bool:
    """Does a word come first in its text, line, sentence or a clause set off by a dash, colon or quote (``before``
    is the text just before it), where any word is capitalised?"""
    before = before.rstrip(" ")
    return not before or before[-1] in ".!?:;\n-\u2013\u2014\"\u201c\u2018'("


def _word_goes_on(after: str) -> bool:
    """Does a lower-case word other than an auxiliary follow (``after``: the text just after a word), as after the
    word ("Time for", "Mobile units", "Reading the"), not the town ("Nice was the only city", "Split, Croatia")?"""
    m = re.match(r" ([a-z]+)\b", after)
    return m is not None and m.group(1) not in lexicon("cue_question_aux")


def names_water(text: str, end: int) -> bool:
    """Does a water noun follow the name ending at ``end`` ("the Dnipro River", "the Euphrates river")? A river
    the gazetteer takes for a town (Dnipro) is a route or a front line, never a place the document names."""
    after = re.match(r"\s+([a-zA-Z]+)", text[end : end + 20])
    return after is not None and after.group(1).lower() in lexicon("water_body")


def _on_a_day(words: list[str]) -> bool:
    """Do the words after a name say when, not more of the name ("Krakow on Friday", "Kherson in November")?"""
    return len(words) == 2 and words[0].islower() and is_calendar_name(words[1].rstrip(".,;:"))


def names_a_place(gap: str) -> bool:
    """Is a name the gazetteer does not know a place by the words between "in" and it? None ("in
    Moyston") or a kind of settlement ("in and around the town of Newquay"); not "in the wake of"."""
    words = gap.split()
    return not words or (len(words) >= 2 and words[-1] == "of" and words[-2] in lexicon("settlement_kind"))


def negated_before(before: str) -> bool:
    """Is a verb negated by the last words before it ("will not be", "won't")?"""
    tail = " " + " ".join(before.lower().replace("’", "'").replace("n't", " n't").split()[-3:]) + " "
    return any(f" {word} " in tail for word in lexicon("negator"))


def names_armed_group(name: str) -> bool:
    """Is ``name`` the whole name of an armed group ("Hamas", "Boko Haram"), not a town?"""
    return any(n.kind == "group" and len(n.text) == len(name) for _, _, n in places.find(name, "sides"))


_POSSESSIVE = ("'s", "’s")


def acronym_of_a_force(name: str, after: str, before: str = "") -> bool:
    """Is ``name`` an upper-case acronym just before an armed noun ("SNA soldiers", "FARDC troops": ``after`` is the
    text after it) or in brackets after a force's name ("Somali National Army (SNA)": ``before`` is the text before
    it)? The force's own name, not the hamlet GeoNames may know by those letters; never a country ("US troops")."""
    if not force_acronym(name):
        return False
    words = before.split()
    if before.endswith(" (") and after.startswith(")") and len(words) >= 2:
        return _armed_word(words[-2])  # "Army (": the word before the bracket
    return after[:1] == " " and bool(after.split()) and _armed_word(after.split()[0])


def force_acronym(name: str) -> bool:
    """Could ``name`` be a force's acronym: two or more upper-case letters, dotted or not ("SNA", "F.A.R.D.C."), and no
    country's ("US")?"""
    letters = name.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper() and not is_country(name)


def _armed_word(word: str) -> bool:
    word = word.strip(WORD_EDGE).lower()
    return word in lexicon("armed") or word.removesuffix("s") in lexicon("armed")


def armed_plural(word: str) -> bool:
    """ "fighters", "militants": a plural armed word, for people of a group ("the militants" refer back to them)."""
    return word.strip(WORD_EDGE).lower().endswith("s") and _armed_word(word)


FORCE_OF = re.compile(r"\b([\w-]+)\s+of\s+(?:the\s+)?$", re.I)


def names_no_place(name: str, after: str = "", before: str | None = None) -> bool:
    """Is ``name`` a name that says who, not where, whatever the gazetteer makes of it? A medium ("Telegram"),
    an amount's currency ("US" of "US$480": ``after`` is the text just after the name), a state's organ
    the sides table knows and the places table does not ("the Kremlin", "the White House", "Merkel"), or a
    state or its capital owning what is no place ("Washington's envoy", "Russia's style of warfare"; not
    "Kabul's streets", "Russia's Kursk region", "Rome's mayor"), or one that speaks at the head of its clause
    (``before`` is the text just before the name: "..., Moscow said"; not "police in Yerevan said")."""
    bare = name[:-2] if name.endswith(_POSSESSIVE) else name
    if bare.lower() in lexicon("media_platform") or _is_currency(after[:1]) or _is_currency(bare[-1:]):
        return True
    if states_organ(bare):
        return True
    if before is not None and after_ship_prefix(before):
        return True  # "aboard USS Missouri": a ship's name, not the state
    possessive = name.endswith(_POSSESSIVE) or after.startswith(_POSSESSIVE)
    if not any(n.kind == "state" for _, _, n in places.find(bare, "sides")):
        return False
    if not possessive:
        return _modifies_its_people(after) or (before is not None and (speaks(before, after) or acts(before, after)))
    rest = after[2:] if after.startswith(_POSSESSIVE) else after
    words = rest.split()
    if _municipal(" ".join(words[:2])):
        return False  # "Hanoi's People's Committee": the town's own government, the capital as a town
    if owns_a_name(words):
        return True  # "North Korea's Kim Jong-un", "Russia's Defence Ministry": whose, not where
    first = words[0].strip(WORD_EDGE).lower() if words else ""
    return bool(words) and not words[0][:1].isupper() and not possessed_place(first) and not _municipal(words[0]) and first not in lexicon("celebration")  # "Valletta's carnival": the town's


def _municipal(word: str) -> bool:
    """Is ``word`` a noun of a town's own government ("Rome's mayor", "Kyiv's city council"): the capital as a town?"""
    return word.strip(WORD_EDGE).lower() in lexicon("municipal_office")


def _modifies_its_people(after: str) -> bool:
    """Does a noun of a state's people, government or forces follow a state's name ("US officials",
    "the Washington administration", "UK troops")? Then the name says whose they are, not where."""
    words = after.split()
    return bool(words) and words[0].strip(WORD_EDGE) in lexicon("state_people_noun")


def states_organ(name: str) -> bool:
    """ "The Kremlin", "the White House", "Merkel": a state's government, seat or leader the sides table
    knows and the places table does not (the gazetteer's Kremlin, or "White House" as Casablanca, is no
    place an event of a war happens)."""
    bare = re.sub(r"^(?i:the)\s+", "", name)  # as written: "Bush" the president is capitalised
    return any(n.kind == "state" and n.text == bare.lower() for _, _, n in places.find(bare, "sides")) and not places.find(bare, "places")


def _is_currency(char: str) -> bool:
    """A currency sign ("$", "€", "£"): "US$", "HK$" name a currency, not a place."""
    return bool(char) and unicodedata.category(char) == "Sc"


def _trusted(place, name: str, after: str, before: str = "") -> bool:
    """A name found by scanning alone: a country, a region, a project place, a big enough town or
    a town after a preposition of place ("Dozens Surrender In Sudzha", "the town of Bama"), not a
    date word, not the first part of a holiday ("Canada Day")."""
    if is_calendar_name(name) or after.startswith(" Day"):
        return False
    return (
        place.precision in ("country", "admin1", "point") or place.geonames_id is None
        or place.population >= OPEN_MIN_POPULATION or _after_preposition_of_place(name, before) or _after_verb_of_a_place(name, before)
    )


def _after_verb_of_a_place(name: str, before: str) -> bool:
    """Is ``name`` the object of a verb whose object is a place a force holds, takes or leaves ("had held Sudzha",
    "Malian army leaves Tessalit", "Gangs Seize Mirebalais")? Not an acronym or a possessive ("seized Wagner's assets"),
    nor a dictionary word after a headline's capitalised verb ("Soldiers Abandon Base")."""
    words = before.lower().split()
    headline = bool(words) and before.split()[-1][:1].isupper()  # "Soldiers Abandon Base": a Title Case headline capitalises its common nouns too
    verbs = lexicon("place_object_verb") | (lexicon("place_object_verb_headline") if headline else frozenset())  # "Gangs Seize Mirebalais", not "vowed to hold Gordon responsible"
    if not (words and words[-1] in verbs and not name.isupper() and name[-2:] not in ("'s", "’s")):
        return False
    from tasks.nlp import dictionary_word

    return not headline or not dictionary_word(name.lower())


def _after_preposition_of_place(name: str, before: str) -> bool:
    """Is ``name`` a town by the preposition of place that the words ``before`` it end with ("in", "near";
    "of" or "at" after a kind of place: "the town of Bama", "the checkpoint at Sudzha")? Not an acronym
    ("in NATO") or a possessive ("in Wagner's ranks"); "of" after a noun of a place held too ("took control of
    Mirebalais", "the whole of Novohrodivka": lexicons/held_place_noun.txt)."""
    words = before.lower().split()
    if name.isupper() or name[-2:] in ("'s", "’s") or not words or words[-1] not in lexicon("prep_town"):
        return False
    kinds = lexicon("settlement_kind") | lexicon("position") | lexicon("held_place_noun")  # "took control of Mirebalais"
    return words[-1] not in lexicon("prep_town_after_kind") or (len(words) > 1 and words[-2] in kinds)


def merge_mentions(first: tuple, second: list) -> list[tuple[int, int, places.Name]]:
    """Mentions of both lists by offset, the first list winning where they overlap, unless a mention
    of the second holds it whole and is longer ("Mocímboa da Praia" is not Praia, Cape Verde)."""
    out, taken = [], set()
    starts = [a for a, _, _ in first]
    longest = max((b - a for a, b, _ in first), default=0)
    for m in second:
        near = range(bisect_left(starts, m[0] - longest), bisect_left(starts, m[1]))  # the first-list mentions that may overlap m
        overlapping = [k for k in near if first[k][1] > m[0]]
        inside = [k for k in overlapping if m[0] <= first[k][0] and first[k][1] <= m[1] and (first[k][0], first[k][1]) != (m[0], m[1])]
        if len(inside) == len(overlapping):
            out.append(m)
            taken.update(inside)
    out += [f for k, f in enumerate(first) if k not in taken]
    return sorted(out, key=lambda m: m[0])


WORD_EDGE = ".,;:'\""


SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+")  # the one sentence end of the rules that split text: a stop, and a closing quote after it ("...again." The men ...)


def is_country(place: str | None) -> bool:
    """A country or a continent: never the most specific place when a town is named."""
    return place is not None and (place.lower() in places.continents() or country(place) is not None)


def ranked_names(text: str) -> dict[str, tuple[int, ...]]:
    """Where each surname written after a capitalised rank ends its name: up to three given names or initials; or a
    name set beside its post as a force's commander ("the commander of the German Sixth Army, Friedrich Paulus,",
    "Tomoyuki Yamashita, commander of the 14th Area Army": lexicons/commander.txt)."""
    ranks = sorted((r.capitalize() for r in lexicon("military_rank")), key=len, reverse=True)
    rank = r"(?:%s)\.?" % "|".join(re.escape(r) for r in ranks)
    name = r"(?:(?:[A-Z][a-z'\-]+|[A-Z]\.)\s+){0,3}([A-Z][a-z'\-]+)"
    post = r"(?:%s)" % "|".join(re.escape(w) for w in sorted(lexicon("commander"), key=len, reverse=True))
    patterns = (
        re.compile(rf"\b{rank}(?:[- ]{rank})*\s+{name}\b"),
        re.compile(rf"\b{post}\s+of\s+[^,.;]{{1,80}},\s+{name}\s*[,.;]"),  # "the commander of the Sixth Army, Friedrich Paulus,"
        re.compile(rf"\b{name},\s+(?:the\s+)?{post}\s+of\b"),  # "Friedrich Paulus, the commander of"
    )
    found: dict[str, list[int]] = {}
    for n, pattern in enumerate(patterns):
        for match in pattern.finditer(text):
            if n and _no_surname(match.group(1)):
                continue  # "On Tuesday, the commander of ...", "In Kherson, the commander of ...": a day or a place before the post
            found.setdefault(match.group(1), []).append(match.start(1))
    return {name: tuple(sorted(starts)) for name, starts in found.items()}


def _no_surname(word: str) -> bool:
    """Is a word set before a post a day, a month or a place the gazetteer knows, not a commander's name?"""
    w = dates.words()
    return word.lower() in w.weekdays or word.lower() in w.months or bool(places.find(word, "places"))
