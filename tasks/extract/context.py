"""One document's context, annotated once: where its lines start, and which places and
sides it names where.

Rules ask "which armed group was named last before this sentence?", "which place
does this paragraph name?", "which site is 'the plant'?". Each answer is a
look-up by offset in lists built once per document (binary search), so the
work per document grows with its length, not with its length times its events.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from string import ascii_letters, ascii_lowercase
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from tasks.extract import person_names
from tasks.extract.antecedents import Antecedents, SITE_WORDS_AFTER
from tasks.extract.border_neighbours import document_states
from tasks.extract.captives import held_captive
from tasks.extract.celebration_names import Celebrations, of_text as celebrations_of
from tasks.extract.document_places import (
    apposed_places,
    country_over_town,
    dateline_town,
    earlier_event_place,
    not_in_other_events,
    town_in_region,
    with_coordinated,
)
from tasks.extract.geocode import Geocoder
from tasks.extract.introduced_places import introduced_mentions
from tasks.extract.name_scan import (
    PRECISION_RANK,
    PREPOSITION_CHARS,
    WORD_EDGE,
    acronym_of_a_force,
    armed_word_counts,
    is_calendar_name,
    is_country,
    merge_mentions,
    names_a_place,
    names_no_place,
    names_water,
    negated_before,
    open_place_mentions,
    ranked_names,
    venue_after,
)
from tasks.extract.party_list import party_starts
from tasks.extract.patterns import lexicon
from tasks.extract.refuge_states import states_named_as_goals
from tasks.extract.unit_names import command_name_text
from tasks.extract.unit_places import unit_name_follows
from tasks.extract.water_places import WrittenWater, water_of_document
from tasks.extract.word_scan import WordScan
from tasks.normalize import places

if TYPE_CHECKING:
    from tasks.extract.interview_answer import Interview

NEIGHBOUR_LINES = 3  # how far back "the lines before" reach


NEIGHBOUR_CHARS = 400  # how much of the paragraph before a sentence its date may come from


DATELINE_LINES = 4  # a wire story's dateline opens one of its first lines


MILITARY_MIN_WORDS = 3  # distinct war words that make a document about a war


MILITARY_MIN_HITS = 5  # and how often they occur


HEADLINE_MAX_WORDS = 20  # a first line this short, with no full stop, is a headline


TOPIC_MIN_SHARE = 1 / 5  # the share of a document's mentions of specific places that makes one its topic


LEAD_MIN_WORDS = 8  # the lead: the first line after the headline this long (not a byline, not a date)


@dataclass(frozen=True)
class Vocabulary:
    """Regular expressions over the lexicons a document is scanned with once (built once per extractor)."""

    armed: WordScan
    military: WordScan
    celebration: WordScan
    persons: frozenset[str] = frozenset()  # armed words naming one person ("soldier"): what "he" can refer to
    venue: WordScan | None = None  # verbs that say where a celebration is held
    civilians: WordScan | None = None  # plural nouns of people who are no force ("people", "residents")

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, frozenset[str]]) -> "Vocabulary":
        return cls(
            armed=WordScan(lexicons["armed"] | lexicons["anaphor"]),
            military=WordScan(lexicons["military_context"] | lexicons["armed"]),
            celebration=WordScan(lexicons["celebration"]),
            persons=lexicons["armed_person"],
            venue=WordScan(lexicons["venue_verb"]),
            civilians=WordScan(lexicons["civilian_group"]),
        )


def attach(doc: Doc, context: "DocumentContext", offset: int) -> None:
    """Make a parsed piece of a document know its document: ``doc._.sitrep_context`` and ``doc._.sitrep_offset``."""
    for name in ("sitrep_context", "sitrep_offset"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    doc._.sitrep_context = context
    doc._.sitrep_offset = offset


def of_token(token: Token) -> tuple["DocumentContext | None", int]:
    """The document context of a token's parse, and the token's offset in the document's text."""
    doc = token.doc
    if not Doc.has_extension("sitrep_context") or doc._.sitrep_context is None:
        return None, token.idx
    return doc._.sitrep_context, doc._.sitrep_offset + token.idx


def context_offset(token: Token) -> int:
    """The token's offset in its document's text."""
    return of_token(token)[1]


_SAME_FOR_NAMES = str.maketrans({"\u2019": "'", "\u201c": '"', "\u201d": '"'})  # the NLP view's straight quotes (tasks/text.py)

_NAME_CHAR = re.compile(r"[\w-]")  # a character that joins a name to what is next to it (places._regex)


def names_in(span: Span, which: str) -> tuple[tuple[int, int, places.Name], ...]:
    """The sides or places (``which``) named in ``span``, as ``places.find(span.text, which)`` finds them (offsets in its
    text), read off its document's scan (``DocumentContext.scanned_in``); a scan of the span where its parse has no
    document (a bare sentence in tests) or where that scan may read the span otherwise (a headline parsed again with a
    stand-in verb, a dash the NLP view straightened)."""
    doc = span.doc
    context = doc._.sitrep_context if Doc.has_extension("sitrep_context") else None
    found = context.scanned_in(which, doc._.sitrep_offset + span.start_char, span.text) if context is not None else None
    return found if found is not None else places.find(span.text, which)


def after_point_of(words: list[str], points: frozenset[str]) -> bool:
    """Do ``words``, the lower-case words before a name, end with one of ``points`` and "of" ("west of", "80 km northwest
    of", with seat nouns "the capital of"): the name says where the place before it lies?"""
    return len(words) >= 2 and words[-1] == "of" and words[-2] in points


def _measured_from(before: str) -> bool:
    """Do the words since the last comma of ``before`` measure a distance to the name after them (", a town 80 km
    northwest of", ", 25 kilometres west of"): the name is where the place before the comma lies?"""
    if "," not in before:
        return False
    words = before.rsplit(",", 1)[1].lower().split()
    return 2 < len(words) <= 7 and after_point_of(words, lexicon("compass_point")) and any(c.isdigit() for w in words[:-2] for c in w)

class DocumentContext(Antecedents):
    """Place and side mentions of one text, with their offsets, found in one pass each."""

    def __init__(self, text: str, vocabulary: Vocabulary | None = None):
        self.text = text
        self.vocabulary = vocabulary
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.cancellation_starts: list[int] = []  # the triggers of realis cancellations read so far (followed_suit.py)

    def again(self) -> "DocumentContext":
        """A context for a second pass over the same document: the annotations read off its text are
        kept; what the geocoder learnt in this pass ("a town in the region" named later) is not."""
        fresh = DocumentContext(self.text, self.vocabulary)
        fresh.__dict__.update({k: v for k, v in self.__dict__.items() if k != "geocoder"})
        if "geocoder" in self.__dict__:
            fresh.geocoder = self.geocoder.again()
        return fresh

    # Each annotation is made on first use, once: a document whose sentences hold no event costs nothing more.
    @cached_property
    def place_mentions(self) -> list[tuple[int, int, places.Name]]:
        text = self.text
        named = tuple(m for m in self.scanned_places if not names_no_place(text[m[0] : m[1]], text[m[1] : m[1] + 40], text[max(m[0] - PREPOSITION_CHARS, 0) : m[0]]))
        parties = party_starts(text, self.side_mentions)  # "emboldened Moscow, Damascus, Hezbollah and Iran": who, not where
        people = person_names.surnames(text)  # "Neil Basu ... Basu said": a person, not the town
        found = merge_mentions(tuple(merge_mentions(named, open_place_mentions(text))), introduced_mentions(text))  # and the towns it introduces itself
        return [
            m for m in found
            if not names_water(text, m[1]) and m[2].kind != "river" and m[0] not in parties and re.sub(r"['’]s$", "", text[m[0] : m[1]]) not in people
            and not acronym_of_a_force(text[m[0] : m[1]], text[m[1] : m[1] + 40], text[max(m[0] - 40, 0) : m[0]])
            and not unit_name_follows(text[m[1] : m[1] + 120])  # "the Odesa Territorial Defence battalion": the unit's name
            and not command_name_text(text[m[0] : m[1]], text[m[1] : m[1] + 20])  # "the Southern Command": a formation's name
        ]

    @cached_property
    def scanned_places(self) -> tuple[tuple[int, int, places.Name], ...]:
        """Every name the gazetteer's scan finds in the text (``places.scan``), before ``place_mentions`` keeps the places."""
        return places.scan(self.text, "places")

    @cached_property
    def side_mentions(self) -> tuple[tuple[int, int, places.Name], ...]:
        return places.scan(self.text, "sides")

    @cached_property
    def _scanned_place_starts(self) -> list[int]:
        return [a for a, _, _ in self.scanned_places]

    @cached_property
    def _place_starts(self) -> list[int]:
        return [a for a, _, _ in self.place_mentions]

    @cached_property
    def _side_starts(self) -> list[int]:
        return [a for a, _, _ in self.side_mentions]

    # -- what the document is about ---------------------------------------
    @cached_property
    def geocoder(self) -> Geocoder:
        """Resolves this document's places, knowing which countries and places it names."""
        mentions = [(self.text[a:b], n.code) for a, b, n in self.place_mentions if not is_country(self.text[a:b])]
        longer = [(a, b) for a, b, _ in self.place_mentions]
        states = document_states(self.text, self.side_mentions, longer)  # no neighbour across a border, no "Praia" of a longer name
        geocoder = Geocoder(mentions, [code for _, code in states], self.text, [written for written, _ in states])
        for town, area in apposed_places(self.text, self.place_mentions):
            geocoder.apposed(town, area)
        return geocoder

    @cached_property
    def _celebrations(self) -> list[tuple[int, str]]:
        """Celebration words and the names the document gives its celebrations ("this year's Kuomboka ceremony"), by start."""
        words = [(m.start(), m.group()) for m in self.vocabulary.celebration.finditer(self.text)] if self.vocabulary else []
        return sorted(words + [(a, name) for a, _, name in self.celebrations.spans])

    @cached_property
    def celebration_venue(self) -> str | None:
        """Where the document says its celebration is held: the place after a venue verb in a sentence
        naming a celebration ("the festival, which is held over three days in Moyston", "the festival
        takes place in and around the town of Newquay"), the most specific if it names several (a
        town before an unknown name, an unknown name before a region); None when two places tie."""
        if not self.vocabulary or self.vocabulary.venue is None:
            return None
        venues = {}
        for m in self.vocabulary.venue.finditer(self.text):
            opening = max(self.text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            after = venue_after().match(self.text, m.end())
            if after is None or not self.vocabulary.celebration.expression.search(self.text, opening, m.start()) or negated_before(self.text[opening : m.start()]):
                continue  # "the parade will not be held in Kursk": a cancellation of its own, not where the celebration is held
            if held_captive(self.text[opening : m.start()]):
                continue  # "out of respect for hostages held in Gaza": where they are kept
            name = after.group("name").rstrip(".,'’")
            place = self.geocoder.place(name)
            if is_calendar_name(name) or places.find(name, "sides") or (place is None and not names_a_place(after.group("gap"))):
                continue
            venues[name] = PRECISION_RANK.get(place.precision, 1) if place is not None else 1
        if not venues:
            return None
        best = min(venues.values())
        named = [name for name, rank in venues.items() if rank == best]
        return named[0] if len(named) == 1 else None

    @cached_property
    def written_water(self) -> WrittenWater:
        """Where the text writes a name as water ("the left bank of the Dnipro", "across the Dnipro"): water_places.py."""
        return WrittenWater(self.text)

    @cached_property
    def document_water(self) -> frozenset[str]:
        """The places the document writes as water, in lower case (``water_places.document_water``)."""
        return water_of_document(self)

    @cached_property
    def goal_only_states(self) -> frozenset[str]:
        """The states the document names only as where people went ("fled across the border into Niger"): refuge_states.py."""
        return states_named_as_goals(self)

    @cached_property
    def installation_names(self) -> tuple[tuple[int, int], ...]:
        """Where the text names a place with an installation noun ("the camp at Boulkessi", "the Boulkessi military
        base"), once per document: installation_referred.py."""
        from tasks.extract.installation_referred import open_names

        return open_names(self.text)

    @cached_property
    def interview(self) -> "Interview":
        """Where the document's interview asks its first question, and whether its introduction names a soldier."""
        from tasks.extract.interview_answer import interview_of

        return interview_of(self)

    @cached_property
    def interviewee_force_side(self) -> str | None:
        """The side an interview's introduction names on the interviewee's force (interviewee_side.py)."""
        from tasks.extract.interviewee_side import force_side_of_interviewee

        return force_side_of_interviewee(self)

    @cached_property
    def ranked_surnames(self) -> dict[str, tuple[int, ...]]:
        """Surnames the document wrote after a military rank, with where each stands ("Lieutenant-General Arthur
        Percival"): the bearer named again by surname alone is an officer (ranked_surname.py)."""
        return ranked_names(self.text)

    @cached_property
    def military(self) -> bool:
        """Is the document about a war: several distinct war words, several times?"""
        if not self.vocabulary:
            return False
        hits = [m.group().lower() for m in self.vocabulary.military.finditer(self.text) if armed_word_counts(self.text, m)]
        return len(hits) >= MILITARY_MIN_HITS and len(set(hits)) >= MILITARY_MIN_WORDS

    @cached_property
    def _celebration_starts(self) -> list[int]:
        return [a for a, _ in self._celebrations]

    @cached_property
    def celebrations(self) -> "Celebrations":
        """The names the document gives its celebrations, where it writes them and where it mentions any
        (``tasks/extract/celebration_names.py``): "Organisers have cancelled Coachella" after "the Coachella festival"."""
        return celebrations_of(self.text)

    def celebration_before(self, offset: int) -> str | None:
        """The celebration named last before ``offset`` ("the event" after "Pitch festival cancelled")."""
        i = bisect_left(self._celebration_starts, offset)
        return self._celebrations[i - 1][1] if i else None

    # -- lines ------------------------------------------------------------
    def line_start(self, offset: int) -> int:
        """Start of the line holding ``offset``."""
        return self.line_starts[bisect_right(self.line_starts, offset) - 1]

    def lines_before(self, line_start: int) -> int:
        """Where the NEIGHBOUR_LINES lines before the line starting at ``line_start`` begin."""
        i = bisect_right(self.line_starts, line_start) - 1
        return self.line_starts[max(i - NEIGHBOUR_LINES, 0)]

    def paragraph_before(self, offset: int, limit: int = NEIGHBOUR_CHARS) -> str:
        """The text of the paragraph before ``offset`` (its last ``limit`` characters): the sentences before."""
        return self.text[max(self.line_start(offset), offset - limit) : offset]

    @property
    def headline(self) -> tuple[int, int]:
        end = self.line_starts[1] - 1 if len(self.line_starts) > 1 else len(self.text)
        return 0, end

    # -- mentions -----------------------------------------------------------
    def places_in(self, start: int, end: int) -> list[tuple[int, int, places.Name]]:
        """Place mentions that lie inside ``[start, end)``."""
        lo, hi = bisect_left(self._place_starts, start), bisect_left(self._place_starts, end)
        return [m for m in self.place_mentions[lo:hi] if m[1] <= end]

    def sides_in(self, start: int, end: int) -> list[tuple[int, int, places.Name]]:
        lo, hi = bisect_left(self._side_starts, start), bisect_left(self._side_starts, end)
        return [m for m in self.side_mentions[lo:hi] if m[1] <= end]

    def scanned_in(self, which: str, start: int, text: str) -> tuple[tuple[int, int, places.Name], ...] | None:
        """What ``places.find(text, which)`` finds in ``text``, the document's stretch from ``start`` as a parse reads it,
        read off the document's scan (``side_mentions``, ``scanned_places``): offsets in ``text``. None where that scan may
        read the stretch otherwise: ``text`` is not the stretch but for its apostrophes and double quotes (a name's
        apostrophe matches either; no name holds a double quote), or a word or a name runs over an edge of it."""
        end = start + len(text)
        if self.text[start:end].translate(_SAME_FOR_NAMES) != text.translate(_SAME_FOR_NAMES):
            return None
        if (start > 0 and _NAME_CHAR.match(self.text, start - 1)) or _NAME_CHAR.match(self.text, end):
            return None
        mentions, starts = (self.side_mentions, self._side_starts) if which == "sides" else (self.scanned_places, self._scanned_place_starts)
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        if (lo and mentions[lo - 1][1] > start) or (hi > lo and mentions[hi - 1][1] > end):
            return None
        return tuple((a - start, b - start, name) for a, b, name in mentions[lo:hi])

    def site_named_before(self, offset: int, noun: str) -> str | None:
        """What "the plant" refers to: the last place named before ``offset`` with that noun just after it."""
        for a, b, _ in reversed(self.places_in(0, offset)):
            after = self.text[b : b + 40].split()[:SITE_WORDS_AFTER]
            if noun in [w.lower().strip(WORD_EDGE) for w in after]:
                return self.text[a:b]
        return None

    def region_named_before(self, offset: int) -> str | None:
        """What "the area" refers to: the last region (not a country) named before ``offset``, by a
        region's name ("Kharkiv Oblast") or by a place's and an area noun ("the Kharkiv region")."""
        for a, b, name in reversed(self.places_in(0, offset)):
            after = re.match(r"\s+([\w-]+)", self.text[b:offset])
            if after and after.group(1).lower() in lexicon("area_noun"):
                return self.text[a : b + after.end()]
            if name.kind == "region" and not is_country(self.text[a:b]):
                return self.text[a:b]
        return None

    def nearby_place(self, sentence_start: int, whole_document: bool = True, besides: str | None = None, refused: frozenset[str] = frozenset(), word: str = "", earlier: str | None = None, dateline: bool = True) -> str | None:
        """Where an event with no place in its sentence happened: the place named last
        in the sentences just before it in its paragraph (NEIGHBOUR_CHARS), else the
        headline's place, else the place named last in the lines before, else (for an
        event of the headline) the lead's first sentence's, else the dateline's, else (``whole_document``) the place the document names most, but
        for the places its own sentence ``refused`` (lower case: "men from Dagestan"). Only
        text before the sentence counts: a one-line document has no headline apart
        from its sentences. A country found first gives way to a more specific place
        in it found later, or named most ("Syria" just before, "Baghuz" in the
        headline); a place in another country does not. The country ``besides`` (the actor: "Germany
        surrendered") is no place the context names. ``earlier``: the place of the event an event noun refers back to
        (``event_memory``), read first as the place of its word's earlier mention is. Without ``dateline``, the
        dateline's city is no pick ("the town" the event names is another than the one the story is filed from)."""
        return self.nearby_place_and_source(sentence_start, whole_document, besides, refused, word, earlier, dateline)[0]

    def nearby_place_and_source(self, sentence_start: int, whole_document: bool = True, besides: str | None = None, refused: frozenset[str] = frozenset(), word: str = "", earlier: str | None = None, dateline: bool = True) -> tuple[str | None, str]:
        """``nearby_place`` and where it comes from: "paragraph", "headline", "lines before", "lead",
        "dateline" or "most named" ("none" without a place). A country gives way to the town the document
        names most in it only when one town is named most: not to the first of towns each named as often
        ("Christmas came early in Syria ... Damascus ... Idlib": Syria)."""
        line_start = self.line_start(sentence_start)
        headline = self.headline if line_start > 0 else (0, 0)
        windows = [(max(line_start, sentence_start - NEIGHBOUR_CHARS), sentence_start), headline, (self.lines_before(line_start), line_start)]
        other = (lambda a, b: self.text[a:b].lower() not in refused and not self.in_dateline(a) and not self.reference_point_at(a)) if refused else (lambda a, b: not self.in_dateline(a) and not self.reference_point_at(a))
        picks = [(earlier, "recalled") if earlier else (earlier_event_place(self, word, sentence_start), "earlier event")]  # the event's word ("withdrawal") named before with its place

        def headline_own(a: int, b: int) -> bool:  # "Pamplona Scraps San Fermín as Valencia Pushes Fallas Back": not Valencia
            return other(a, b) and not self._in_headlines_circumstance(a)

        picks += [(self._last_specific(start, min(end, sentence_start), keep=keep), source) for (start, end), source, keep in zip(windows, ("paragraph", "headline", "lines before"), (not_in_other_events(self, other), headline_own, other))]
        if line_start == 0 and self.has_headline:  # a headline sums up its lead: "Russian troops withdrew in panic" above "... the Kharkiv Oblast"
            picks.append((self._lead_place(), "lead"))
        if dateline:
            picks.append((dateline_town(self, *self._dateline_before(sentence_start)) or self._last_specific(*self._dateline_before(sentence_start)), "dateline"))
        picks = [(None if p and besides and is_country(p) and self.geocoder.country_of(p) == besides else p, source) for p, source in picks]
        most = self.topic_place(refused, besides) if whole_document else None
        first = next(((p, source) for p, source in picks if p), (most, "most named") if most else (None, "none"))
        if first[0] is None or not is_country(first[0]):
            return town_in_region(self, first, picks) or first
        code = self.geocoder.country_of(first[0])
        if first[1] == "recalled":
            return first  # the place of the event an event noun refers back to: a town named since is another clause's
        inside = [(p, source) for p, source in picks if p and not is_country(p) and (code is None or self.geocoder.country_of(p) == code)]
        named = self.most_named_in(code, refused, alone=True) if whole_document else None
        named = named if named and self._named_often(named, refused) else None
        if named and first[1] == "most named" and country_over_town(self, named, refused, besides):
            named = None  # the document's own topic is the country: its town named now and then is one stop of the story
        return next(iter(inside), (named, "most named") if named else first)

    @cached_property
    def has_headline(self) -> bool:
        """Is the first line a headline: more lines follow, it is short and it ends with no full stop?"""
        a, b = self.headline
        line = self.text[a:b].strip().rstrip("\"'’”)]")
        return b < len(self.text) and bool(self.text[b:].strip()) and 0 < len(line.split()) <= HEADLINE_MAX_WORDS and line[-1] not in ".!?:"

    @cached_property
    def lead(self) -> tuple[int, int]:
        """The first sentence of the lead, the first paragraph after the headline, past its dateline."""
        from tasks.nlp import dateline_length, split_sentences

        for line_start, line_end in zip(self.line_starts[1:], [*self.line_starts[2:], len(self.text) + 1]):
            line = self.text[line_start : line_end - 1]
            if len(line.split()) < LEAD_MIN_WORDS:
                continue
            start = line_start + dateline_length(line[:120])
            pieces = split_sentences(self.text[start : line_end - 1])
            return start, start + (pieces[0][1] if pieces else 0)
        return 0, 0

    def in_dateline(self, offset: int) -> bool:
        """Is ``offset`` in the dateline ("BEIRUT —"): where the reporter is, read last of the windows (``nearby_place``)?"""
        return self.dateline[0] <= offset < self.dateline[1]

    def _dateline_before(self, sentence_start: int) -> tuple[int, int]:
        """The dateline as far as it lies before the sentence at ``sentence_start``, whole for the sentence it opens."""
        a, b = self.dateline
        return a, (b if a <= sentence_start else min(b, sentence_start))

    @cached_property
    def dateline(self) -> tuple[int, int]:
        """Where the story is filed from ("REIMS, France: ..."): the dateline of the first lines, if any."""
        from tasks.nlp import dateline_length

        for line_start in self.line_starts[1:DATELINE_LINES]:
            n = dateline_length(self.text[line_start : line_start + 120])
            if n:
                return line_start, line_start + n
        return 0, 0

    @cached_property
    def most_named(self) -> str | None:
        """The specific place the document names most often (first named on a tie)."""
        return self.most_named_in(None)

    def topic_place(self, refused: frozenset[str] = frozenset(), besides: str | None = None) -> str | None:
        """The place the document is about: the specific place it names most when that place holds at least
        TOPIC_MIN_SHARE of its mentions of specific places (Kherson, named 8 times of 14), else the country
        it names most (Syria, not Damascus named once among ten towns), but for the country ``besides`` (the actor's)."""
        most = self.most_named_in(None, refused) if refused else self.most_named
        if most is None or self._named_often(most, refused):
            return (country_over_town(self, most, refused, besides) if most else None) or most  # "Raqqa" 3 times in a story of Syria
        countries = [self.text[a:b] for a, b, n in self.place_mentions if n.text not in refused and is_country(self.text[a:b]) and not (besides and self.geocoder.country_of(self.text[a:b]) == besides)]
        lower = [c.lower() for c in countries]
        return max(countries, key=lambda c: (lower.count(c.lower()), -lower.index(c.lower())), default=None)

    def _named_often(self, place: str, refused: frozenset[str]) -> bool:
        """Does ``place`` hold at least TOPIC_MIN_SHARE of the document's mentions of specific places (but ``refused``)?"""
        specific = [n.text for a, b, n in self.place_mentions if n.text not in refused and not is_country(self.text[a:b])]
        return specific.count(place.lower()) >= TOPIC_MIN_SHARE * len(specific)

    def most_named_in(self, code: str | None, refused: frozenset[str] = frozenset(), alone: bool = False) -> str | None:
        """The specific place the document names most often in the country ``code`` (any, if None), but for the names
        ``refused``; ``alone``: None when another place as specific is named as often (no place is the document's)."""
        counts: dict[str, list] = {}
        for match in self.place_mentions:
            a, b, name = match
            if name.text in refused or is_country(self.text[a:b]) or (code is not None and self.geocoder.country_of(self.text[a:b]) != code):
                continue
            counts.setdefault(name.text, [0, a, self.text[a:b], max(self.specificity(match), 0)])[0] += 1  # a village is a town here: named once, it is no topic
        ranked = sorted(counts.values(), key=lambda v: (v[3], -v[0], v[1]))
        if not ranked or (alone and len(ranked) > 1 and ranked[0][::3] == ranked[1][::3]):
            return None
        return ranked[0][2]

    def specificity(self, match: tuple) -> int:
        """How broad a scanned place is (places.SPECIFICITY: a village -1 ... a country 3; lower is more specific)."""
        a, b, name = match
        return 3 if name.kind == "country" or is_country(self.text[a:b]) else places.SPECIFICITY.get(name.kind, 0)

    def _lead_place(self) -> str | None:
        """The place the lead's first sentence gives a headline's event: its most specific, neither a country
        (the speaker's, an addressee's: "a signal to Israel and the US") nor a destination ("fled to Lviv")."""
        return self._last_specific(*self.lead, keep=lambda a, b: not is_country(self.text[a:b]) and not self.after_elsewhere(a) and not self.reference_point_at(a))

    def reference_point_at(self, offset: int) -> bool:
        """Does the name at ``offset`` only say where the place before it lies ("the village of Orlivka, west of
        Avdiivka", "Dinder, near Sennar", "Kitshanga, a town 80 km northwest of Goma", "a small mining town southeast of
        Pokrovsk", "pull back from town near Pokrovsk")?"""
        before = self.text[max(offset - PREPOSITION_CHARS - 10, 0) : offset].lower()
        words = before.split()
        kind = lexicon("town_kind") | lexicon("settlement_kind")  # "Novohrodivka, a small mining town southeast of Pokrovsk", "from town near Pokrovsk"
        compass = after_point_of(words, lexicon("compass_point")) and ("," in " ".join(words[-4:]) or (len(words) >= 3 and words[-3] in kind))
        near = before.rstrip().endswith(", near") or (len(words) >= 2 and words[-1] == "near" and words[-2] in kind)
        return compass or near or _measured_from(before) or self._wider_after_a_place(offset)

    def _in_headlines_circumstance(self, offset: int) -> bool:
        """Is the name at ``offset`` in a headline's clause of circumstance after a place the headline names first
        ("Pamplona Scraps San Fermín as Valencia Pushes Fallas Back": Valencia; lexicons/circumstance_mark.txt)? The
        headline's own place is the first; the clause tells of another event."""
        if not self.has_headline:
            return False  # a first paragraph with no headline: its clauses are the story's
        a, end = self.headline
        if self._headline_marks is not None and offset <= end:
            starts, ends, last_mark = self._headline_marks
            k = bisect_right(ends, offset)  # the headline's words that end by ``offset``
            mark_at = last_mark[k - 1] if k else None
            if k < len(starts) and starts[k] < offset and self.text[starts[k] : offset].lower() in lexicon("circumstance_mark"):
                mark_at = starts[k]  # the part before ``offset`` of a word it cuts
            return mark_at is not None and bool(self.places_in(a, mark_at))
        words = re.findall(r"[a-z]+", self.text[a:offset].lower())  # a headline whose letters lower-case into others: read up to ``offset``
        marks = [k for k, w in enumerate(words) if w in lexicon("circumstance_mark")]
        if not marks:
            return False
        mark_at = a + [m.start() for m in re.finditer(r"[A-Za-z]+", self.text[a:offset])][marks[-1]]
        return bool(self.places_in(a, mark_at))

    @cached_property
    def _headline_marks(self) -> tuple[list[int], list[int], list[int | None]] | None:
        """The headline's words ([A-Za-z]+), read once: their starts, their ends, and at each the start of the last
        circumstance mark up to it (None before the first); None when lower-casing does not keep its letters one for one
        ("İ" lower-cases to two characters)."""
        a, end = self.headline
        line = self.text[a:end]
        if any(len(c.lower()) != 1 or (c in ascii_letters) != (c.lower() in ascii_lowercase) for c in line):
            return None
        starts, ends, last_mark, last = [], [], [], None
        for m in re.finditer(r"[A-Za-z]+", line):
            last = a + m.start() if m.group().lower() in lexicon("circumstance_mark") else last
            starts.append(a + m.start())
            ends.append(a + m.end())
            last_mark.append(last)
        return starts, ends, last_mark

    def _wider_after_a_place(self, offset: int) -> bool:
        """Is the name at ``offset`` the wider place a place just before lies in ("Khan Younis in southern Gaza", "Bama in
        Borno"; not "the US in Raqqa": a state is no place inside another): where the first lies, no place of its own?"""
        start = max(offset - PREPOSITION_CHARS - 10, 0)
        m = re.search(r" in (?:([A-Za-z-]+) )?$", self.text[start:offset])
        if m is None or (m.group(1) and m.group(1).lower() not in lexicon("compass_adjective")):
            return False
        at = start + m.start()
        named = next((m for m in self.places_in(offset, offset + 60) if m[0] == offset), None)
        return named is not None and any(b == at and self.specificity((a, b, n)) < 3 and self.specificity((a, b, n)) <= self.specificity(named) for a, b, n in self.places_in(max(at - 60, 0), at))

    def after_elsewhere(self, offset: int) -> bool:
        """Does a preposition of elsewhere (a destination: "to", "into", "for") come just before ``offset``, "the" aside?"""
        words = self.text[max(offset - PREPOSITION_CHARS, 0) : offset].lower().split()
        words = words[:-1] if words[-1:] == ["the"] else words
        return bool(words) and words[-1] in lexicon("prep_elsewhere")

    def _last_specific(self, start: int, end: int, keep=None) -> str | None:
        """The most specific place named in ``[start, end)`` (of those ``keep(a, b)`` keeps), the last one named on a tie."""
        found = [f for f in self.places_in(start, end) if keep is None or keep(f[0], f[1])]
        if not found:
            return None
        best = min(self.specificity(f) for f in found)
        pick = max(k for k, f in enumerate(found) if self.specificity(f) == best)
        return with_coordinated(self.text, found, pick, self.specificity)
