"""The names a document gives its celebrations, learnt once per document.

A cancellation may name a celebration only by its own name ("Organisers have cancelled Coachella",
"the cancellation of Tbilisoba") or by a pronoun ("it had been cancelled"), once the document has
said what the name is. A name is a celebration's when the document itself puts it with a noun of a
kind of celebration (``lexicons/celebration_kind.txt``), in one of a few constructions:

- the name before the kind: "the Tbilisoba festival", "the Pitch Music & Arts festival";
- the kind before the name: "electronic music festival Pitch", "the festival Tbilisoba" (not "at the
  festival Kovacs met ...": a preposition's object ends there);
- an apposition or a copula whose noun phrase is the kind: "Tbilisoba, the city's autumn festival,",
  "Winterlude is Ottawa's winter festival" (not "Apple, the main sponsor of the festival": the kind
  must head the phrase);
- "a carnival known as Kanaval", "a festival called Tbilisoba".

The document is read as the parser reads it (``tasks.nlp.lines``: a Title Case headline in sentence
case but for its names), sentence by sentence. What is learnt is the name, and where the document
writes it (case-sensitive, whole words); the pieces of the document and where it mentions a
celebration (a word of ``celebration.txt`` or a learnt name) tell what a pronoun just after can be.
The prefilter (``Extractor.select``) and the rules (``token_classes.named_celebration``) read the same
annotation, so what the rules can take, the prefilter keeps.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from tasks.extract.patterns import lexicon
from tasks.extract.word_scan import WordScan

_UPPER = "A-ZÀ-ÖØ-Þ"
_CAPITAL_WORD = rf"[{_UPPER}][\w'’.-]*"
WINDOW = 160  # how far before and after a kind its name is looked for (a bounded search on a long line)
MAX_GAP_WORDS = 5  # "Ozy Fest, the music, politics and food festival": the words of an apposition before its kind
PRONOUNS = ("it",)  # what stands for one celebration named just before ("it had been cancelled")
_PRONOUN = re.compile(r"(?<![\w'’-])(?:" + "|".join(PRONOUNS) + r")(?![\w'’-])", re.I)
# Between a name and its kind, or after the kind: words that end an appositive noun phrase, or that are
# no part of one ("Apple, the main sponsor of the festival": "of" puts the kind in another phrase).
_NOT_IN_APPOSITION = lexicon("apposition_breaker")
_DETERMINER = lexicon("name_determiner")
_COPULA = r"(?:is|was|has\s+been|had\s+been|remains|will\s+be)"
_KNOWN_AS = r"\s+(?:called|named|dubbed|known\s+as)\s+(?:the\s+)?"
# After the kind of an apposition or a copula's phrase: the phrase ends there ("festival," "festival of lights",
# "festival held in Pernik"), not a noun the kind modifies ("the festival sponsor", "the festival's director").
_AFTER_KIND = lexicon("after_kind_word")

# After a celebration word a pronoun can stand for: what follows the head of a noun phrase (a preposition, a verb's
# auxiliary, a relative, a conjunction, a name), not a noun it modifies ("the parade route passes the old depot.
# It was abandoned": the route or the depot).
_HEAD_FOLLOWERS = _AFTER_KIND | _NOT_IN_APPOSITION | lexicon("head_follower_word")


def _connectors() -> str:
    words = sorted(lexicon("name_connector") | {"of", "des", "les", "za", "y", "&"}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=1)
def _name() -> str:
    """A run of capitalised words, with lower-case connectors between them ("Feile an Phobail", "Pitch Music & Arts"),
    and "and" before a word of what a festival is of ("Music and Arts"; not "the Triathlon and Ozy Fest")."""
    tails = "|".join(re.escape(w.capitalize()) for w in sorted(lexicon("festival_name_tail"), key=len, reverse=True) if w.isalpha())
    return rf"{_CAPITAL_WORD}(?:\s+(?:(?:{_connectors()}|and(?=\s+(?:{tails})\b))\s+)*{_CAPITAL_WORD})*"


@lru_cache(maxsize=1)
def _kinds() -> WordScan:
    return WordScan(lexicon("celebration_kind"))


@lru_cache(maxsize=1)
def _celebration_words() -> WordScan:
    return WordScan(lexicon("celebration"))


def _recurring() -> str:
    """The words that say a custom comes back every year (``lexicons/recurring_marker.txt``): a year's possessive
    with either case of its first letter ("This year's"), an adjective in lower case only ("annual", not "The
    Annual General Meeting")."""
    out = []
    for entry in sorted(lexicon("recurring_marker"), key=len, reverse=True):
        words = [re.escape(w).replace("'", "['’]") for w in entry.split()]
        if len(words) > 1:
            words[0] = f"[{words[0][0].upper()}{words[0][0]}]{words[0][1:]}"
        out.append(r"\s+".join(words))
    return r"(?<![\w'’-])(?:" + "|".join(out) + r")\s+"


@lru_cache(maxsize=1)
def _expressions() -> dict[str, re.Pattern[str]]:
    name = _name()
    gap = rf"(?P<gap>(?:[\w'’.&-]+,?\s+){{1,{MAX_GAP_WORDS}}})"
    return {
        "before": re.compile(rf"(?P<name>{name})\s+$"),
        "after": re.compile(rf"\s+(?P<name>{name})"),
        "apposition": re.compile(rf"(?P<name>{name}),\s+{gap}$"),
        "copula": re.compile(rf"(?P<name>{name})\s+{_COPULA}\s+{gap}$"),
        "known_as": re.compile(rf"{_KNOWN_AS}(?P<name>{name})"),
        "recurring": re.compile(rf"{_recurring()}(?P<name>{name})"),
    }


@dataclass(frozen=True, eq=False)
class Celebrations:
    """What one document calls its celebrations: names, where it writes them, and where it mentions any."""

    piece_starts: tuple[int, ...]  # starts of the document's sentence pieces (``tasks.nlp.lines``)
    piece_ends: tuple[int, ...]
    names: dict  # name -> whether GeoNames knows it as a place too ("Coachella", "Sziget")
    spans: tuple[tuple[int, int, str], ...]  # where the document writes a name, by start
    mentions: tuple[int, ...]  # starts of the celebration words and names it writes

    @property
    def _span_starts(self) -> list[int]:
        cached = self.__dict__.get("_starts")
        if cached is None:
            cached = [a for a, _, _ in self.spans]
            object.__setattr__(self, "_starts", cached)
        return cached

    def name_covering(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The name written around ``[start, end)``, if any (names do not overlap: the longest is found first)."""
        i = bisect_right(self._span_starts, start)
        if i and start < self.spans[i - 1][1] and end <= self.spans[i - 1][1]:
            return self.spans[i - 1]
        return None

    def name_starting(self, start: int) -> tuple[int, int, str] | None:
        """The name written from ``start``, if any."""
        i = bisect_left(self._span_starts, start)
        return self.spans[i] if i < len(self.spans) and self.spans[i][0] == start else None

    def mentioned_just_before(self, offset: int) -> bool:
        """Is a celebration mentioned in the sentence piece before the one holding ``offset``, or before
        ``offset`` in its own ("The festival was due to open on Friday. It had been cancelled")?"""
        piece = bisect_right(self.piece_starts, offset) - 1
        start = self.piece_starts[max(piece - 1, 0)] if piece >= 0 else 0
        i = bisect_left(self.mentions, start)
        return i < len(self.mentions) and self.mentions[i] < offset

    def stands_in(self, start: int, text: str) -> bool:
        """Can a piece ``text`` at ``start`` name one of the document's celebrations by its name, or by a
        pronoun just after a mention? The prefilter's test: a superset of what the rules take."""
        end = start + len(text)
        i = bisect_left(self.spans, (start, -1, ""))
        if i < len(self.spans) and self.spans[i][0] < end:
            return True
        last = None
        for last in _PRONOUN.finditer(text):  # the last one sees the most of its piece before it
            pass
        return last is not None and self.mentioned_just_before(start + last.start())


@lru_cache(maxsize=8)
def of_text(text: str) -> Celebrations:
    """The document's celebrations, learnt once (the prefilter and the rules ask for the same text)."""
    from tasks.nlp import lines

    pieces = list(lines(0, text))
    names: dict[str, bool] = {}
    tied = any(True for _ in _celebration_words().finditer(text))
    for piece in pieces:
        for name in learn(piece.text, tied):
            names.setdefault(name, _is_place(name))
    spans: list[tuple[int, int, str]] = []
    mentions: list[int] = []
    if names:
        expression = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
        for piece in pieces:
            spans += [(piece.start + m.start(), piece.start + m.end(), m.group()) for m in expression.finditer(piece.text)]
    for piece in pieces:  # "the festival was due to open", "a carnival in Yaroslavl"; not "the parade route passes the depot"
        mentions += [piece.start + m.start() for m in _celebration_words().finditer(piece.text) if _heads_its_phrase(piece.text[m.end() : m.end() + WINDOW], _HEAD_FOLLOWERS)]
    return Celebrations(
        tuple(p.start for p in pieces), tuple(p.start + len(p.text) for p in pieces), names,
        tuple(sorted(spans)), tuple(sorted(set(mentions) | {a for a, _, _ in spans})),
    )


def learn(sentence: str, tied: bool = True) -> list[str]:
    """The names a sentence calls a celebration (``sentence`` as the parser reads it); ``tied``: does its document
    call a celebration by a noun of ``celebration.txt`` anywhere (``_recurring_names``)?"""
    found: list[str] = []
    expressions = _expressions()
    for kind in _kinds().finditer(sentence):
        before, after = sentence[max(kind.start() - WINDOW, 0) : kind.start()], sentence[kind.end() : kind.end() + WINDOW]
        m = expressions["before"].search(before)
        if m:  # "the Tbilisoba festival", "Pitch Music & Arts Festival"
            found += _names(m.group("name"))
        m = expressions["after"].match(after)
        if m and kind.group()[:1].islower() and not _after_preposition(before):  # "music festival Pitch", not "at the festival Kovacs"
            found += _names(m.group("name"))
        if _heads_its_phrase(after):
            for key in ("apposition", "copula"):
                m = expressions[key].search(before)
                if m and _appositive(m.group("gap")) and not _after_preposition(before[: m.start()]):
                    found += _names(m.group("name"))  # "Tbilisoba, the city's autumn festival", "Winterlude is Ottawa's winter festival";
                    # not "a party in West Princes Street Gardens, Edinburgh's street party": a list
        m = expressions["known_as"].match(after)
        if m:  # "a carnival known as Kanaval"
            found += _names(m.group("name"))
    return found + _recurring_names(sentence, tied)


def _recurring_names(sentence: str, tied: bool = True) -> list[str]:
    """Names the sentence says come back every year, with nothing after them or a rite's noun ("this year's
    Kuomboka ceremony", "annual Urs at Sopore shrine", "the traditional Corso de la Amistad, which ...";
    lexicons/celebration_rite_kind.txt): a custom of its own. Not a name followed by another noun ("this year's
    Davos meeting"), one GeoNames knows as a place ("this year's Wimbledon": where, not what), nor one of English
    words only, as the lemmatiser's index has them ("this year's Budget", "the annual General Meeting"; "Urs" is no
    inflection of "ur"), nor one that ends in an English noun of no celebration's kind ("the annual Boao Forum", "the
    annual Shangri-La Dialogue"). A bare name only when the document calls a celebration by a noun of
    ``celebration.txt`` (``tied``: a festival, a feast, a procession; "This year's Gaokao was cancelled", "The annual
    Zapad was called off" are not); before "ceremony" (an award's too), not a name of English words in the singular
    ("this year's Oscars ceremony") unless the document is so tied."""
    from tasks.nlp import dictionary_words

    known = dictionary_words()
    found = []
    for m in _expressions()["recurring"].finditer(sentence):
        run, after = m.group("name"), sentence[m.end() : m.end() + WINDOW]
        words = re.findall(r"[\w'’]+", run)
        if _is_place(run) or (known is not None and all(w.lower() in known.index for w in words)):
            continue
        if known is not None and len(words) > 1 and words[-1].lower() in known.index and words[-1].lower() not in _kind_words():
            continue  # "Boao Forum", "Shangri-La Dialogue": a forum or a dialogue is no celebration
        rite = _rite_kinds().match(after.lstrip())
        if not tied and not rite:
            continue  # "This year's Gaokao was cancelled", "The annual Zapad": a bare name in a document of no celebration
        if not tied and rite.group().lower() in _PLAIN_RITE and known is not None and any(_singular(w) in known.index for w in words):
            continue  # "this year's Oscars ceremony": an award's, not a rite's ("this year's Olufuko ceremony")
        if rite or _heads_its_phrase(after, _HEAD_FOLLOWERS):
            found += [n for n in _names(run) if not _is_place(n)]
    return found


_PLAIN_RITE = {"ceremony", "ceremonies"}  # an award's or a graduation's too: festive only in a festive document


def _singular(word: str) -> str:
    low = word.lower()
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """The last words of the kinds of a celebration and of a rite ("festival", "carnival", "parade", "procession")."""
    return frozenset(w.split()[-1] for w in lexicon("celebration_kind") | lexicon("celebration_rite_kind") | lexicon("celebration"))


@lru_cache(maxsize=1)
def _rite_kinds() -> re.Pattern[str]:
    words = sorted(lexicon("celebration_rite_kind"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)


def _after_preposition(before: str) -> bool:
    """Does ``before`` end with a preposition, or a preposition and a determiner ("at the")?"""
    words = before.lower().split()[-2:]
    if words and words[-1] in _DETERMINER:
        words = words[:-1]
    return bool(words) and words[-1] in lexicon("prep_location") | _NOT_IN_APPOSITION


def _appositive(gap: str) -> bool:
    """Is ``gap`` the start of a noun phrase whose head is the kind after it: a determiner or a possessive
    first ("the city's autumn", "Ottawa's winter", "a music and food"), then no preposition nor clause?"""
    words = [w.strip(",") for w in gap.split()]
    first = words[0].lower()
    if first not in _DETERMINER and not re.search(r"(?:['’]s|s['’])$", first):
        return False
    return not any(w.lower() in _NOT_IN_APPOSITION for w in words)


def _heads_its_phrase(after: str, followers: frozenset[str] | set[str] = _AFTER_KIND) -> bool:
    """Does the kind end its noun phrase: punctuation or the end next, or a word that starts what follows
    (``followers``: "festival held in Pernik", "festival of lights"), not a noun it modifies ("festival sponsor")?"""
    m = re.match(r"\s*(\S+)?", after)
    word = m.group(1) if m else None
    if not word or not after[:1].isspace():
        return not after or after[:1] in ",.;:!?)\u2014\u2013"
    return word[:1] in "(\u2014\u2013-\"“'‘" or word.lower().strip(",.;:") in followers


def _names(run: str) -> list[str]:
    """The name a capitalised run holds, and its short form without the words of what the festival is of
    ("Pitch Music & Arts": also "Pitch"): past an owner ("Lyon's"), without a first stop word ("The")."""
    words = run.split()
    if _ends_with_a_holiday(words):
        return []  # "New Year's Eve fireworks", "St Patrick's Day parade": a holiday the lexicons know, not a name of its own
    owned = [k for k, w in enumerate(words) if re.search(r"(?:['’]s|s['’])$", w)]
    if owned:
        words = words[owned[-1] + 1 :]  # "Lyon's Fete des Lumieres": the festival, not its town
    while words and words[0].lower() in STOP_WORDS:
        words = words[1:]
    words = [w.rstrip(".'’") if k == len(words) - 1 else w for k, w in enumerate(words)]
    out = []
    tails = lexicon("festival_name_tail")
    if all(w.lower() in tails or w.lower() in lexicon("name_connector") for w in words):
        return []  # "the Music & Arts festival": what it is of, no name
    while words:
        name = " ".join(words)
        if _acceptable(name):
            out.append(name)
        k = len(words)
        while k > 1 and (words[k - 1].lower() in tails or words[k - 1].lower() in lexicon("name_connector") | {"&"}):
            k -= 1
        if k == len(words) or words[0].lower() in tails:
            break  # "Music & Arts" has no short form
        words = words[:k]  # "Pitch Music & Arts" is also "Pitch"
    return out


def _ends_with_a_holiday(words: list[str]) -> bool:
    """Do the words end with a holiday or celebration of two words or more that the lexicons know?"""
    low = " ".join(words).lower().rstrip(".'’")
    return any(" " in entry and (low == entry or low.endswith(" " + entry)) for entry in _holidays())


@lru_cache(maxsize=1)
def _holidays() -> frozenset[str]:
    return lexicon("celebration") | lexicon("holiday_name")


@lru_cache(maxsize=1)
def _holiday_words() -> frozenset[str]:
    """The words of the holidays of two words or more ("day", "eve", "regiment"): a name of one of them is a fragment."""
    return frozenset(w for entry in _holidays() if " " in entry for w in entry.replace("'s", "").split())


def _acceptable(name: str) -> bool:
    """A name that can be a celebration's own: not a stop word, a day or month, a holiday the lexicons know
    already, a side or a country."""
    from tasks.extract.name_scan import is_calendar_name
    from tasks.normalize import places

    low = name.lower()
    if len(name) < 2 or low in STOP_WORDS or is_calendar_name(name) or low in _holidays() or low in _holiday_words():
        return False
    if any(len(n.text) == len(name) for _, _, n in places.find(name, "sides")):
        return False  # "Russia", "Hamas"
    from tasks.normalize.geo import gazetteer

    place = gazetteer().resolve(name)
    return place is None or place.precision not in ("country", "admin1")


def _is_place(name: str) -> bool:
    from tasks.normalize.geo import gazetteer

    return gazetteer().resolve(name) is not None
