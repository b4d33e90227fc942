"""A headline's frame around its clause: the outlet after a bar or a dash ("... | Reuters", "... - BBC News"),
which is no part of the sentence, and a lead before a colon ("Live updates: ...", "'We had no choice': ...",
"War in Sudan: ..."), a wire slug before it ("UPDATE 2-...") or a section label ("Column: ..."), after which the headline's own clause may be Title Case even when the lead is not; a lead that only names
the running story ("Ukraine War: ", a topic kicker) is blanked like a section label."""
from __future__ import annotations

import re
from functools import lru_cache

_BAR_TAIL = re.compile(r"\s+\|\s+[^|\n]{1,60}?\s*$")  # "... | Reuters", "... | World News | Al Jazeera" (the last bar)
_LEAD = re.compile(r"\s*(?:['\"‘“].{1,100}?['\"’”]|[^:'\"‘“\n]{1,40}?):\s+(?=\S)")  # a quoted lead-in, or a few words before a colon
_LEAD_MAX_WORDS = 5


@lru_cache(maxsize=1)
def _dash_outlet() -> re.Pattern:
    from tasks.extract.patterns import lexicon

    names = sorted(lexicon("news_outlet"), key=len, reverse=True)
    return re.compile(r"\s+[-–—]\s+(?:" + "|".join(re.escape(n) for n in names) + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _wire_slug() -> re.Pattern:
    from tasks.extract.patterns import lexicon

    names = sorted(lexicon("wire_slug"), key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(n.upper()) for n in names) + r")(?:\s+\d+)?-(?=[A-Z'\"‘“])")


def blank_slug(line: str) -> str:
    """The line with a wire slug it opens with ("UPDATE 2-", "EXCLUSIVE-") turned into spaces (offsets stay
    true): "UPDATE 2-Congo army retreats" is the clause "Congo army retreats", not one word "2-Congo"."""
    m = _wire_slug().match(line)
    return line if m is None else " " * m.end() + line[m.end() :]


@lru_cache(maxsize=1)
def _section_label() -> re.Pattern:
    from tasks.extract.patterns import lexicon

    names = sorted(lexicon("section_label"), key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(n) for n in names) + r")\s*:\s+(?=\S)", re.IGNORECASE)


def blank_section_label(line: str) -> str:
    """The line with a section label it opens with before a colon ("Column: ", lexicons/section_label.txt) turned
    into spaces (offsets stay true): "Column: The long shadow of withdrawals" speaks of no column of troops."""
    m = _section_label().match(line)
    return line if m is None else " " * m.end() + line[m.end() :]


def blank_outlet(line: str) -> str:
    """The line with the outlet a headline ends with turned into spaces (offsets stay true): the last bar's
    tail, or a known outlet after a dash; a line with no such tail comes back as it was."""
    m = _BAR_TAIL.search(line) or _dash_outlet().search(line)
    if m is None or not line[: m.start()].strip():
        return line
    return line[: m.start()] + " " * (m.end() - m.start())


def blank_topic_kicker(line: str) -> str:
    """The line with a topic kicker it opens with ("Ukraine War: ", "War in Sudan: ", "Live Updates: ": words of
    lexicons/topic_kicker_word.txt and names of places and sides) turned into spaces (offsets stay true): the running
    story's label, which the parser took for the clause's subject ("Ukraine war: Zwolle scraps ..." lost its verb)."""
    n = lead_length(line)
    if not n or line.lstrip()[:1] in "'\"‘“":
        return line
    return " " * n + line[n:] if _topic_words(line[:n].rstrip().rstrip(":")) else line


def _topic_words(lead: str) -> bool:
    """``lead`` names a running story: a topic kicker's word ("War", "Live") with only names of places and sides
    ("Russia-Ukraine War") and the short words of Title Case ("War in Sudan") beside it; a place alone ("Mali: ")
    may say where the clause happens, and is kept."""
    from tasks.extract.patterns import lexicon
    from tasks.normalize import places

    named = [(a, b) for a, b, _ in places.find(lead, "places") + places.find(lead, "sides")]
    words = [(w.start(), w.group().lower()) for w in re.finditer(r"[^\W\d_]+", lead)]
    topic, small = lexicon("topic_kicker_word"), lexicon("title_case_small_word")
    return any(w in topic for _, w in words) and all(
        w in topic or w in small or any(a <= i < b for a, b in named) for i, w in words
    )


def lead_length(line: str) -> int:
    """How many characters of ``line`` are a lead before a colon ("Live updates: ", "'We had no choice': "),
    0 when it has none or the part after the colon is too short to be a clause."""
    m = _LEAD.match(line)
    if m is None or (line.lstrip()[:1] not in "'\"‘“" and len(m.group().split()) > _LEAD_MAX_WORDS):
        return 0
    return m.end() if len(line[m.end() :].split()) >= 3 else 0


def place_kicker_length(line: str) -> int:
    """How many characters of ``line`` are a place kicker, a lead before the colon that only names a place
    ("Nigeria: ", "Kherson: "), 0 when it has none. The place says where the headline's clause happens, so it is
    kept, but as a piece of its own: read as part of the clause it became the subject or the root and the
    clause lost its verb ("Nigeria: Hundreds of ... Surrender in Borno, Army Says")."""
    n = lead_length(line)
    if not n or line.lstrip()[:1] in "'\"‘“":
        return 0
    from tasks.normalize import places

    lead = line[:n].rstrip().rstrip(":")
    spans = [(a, b) for a, b, _ in places.find(lead, "places")]
    words = [w.start() for w in re.finditer(r"[^\W\d_]+", lead)]
    return n if spans and all(any(a <= i < b for a, b in spans) for i in words) else 0
