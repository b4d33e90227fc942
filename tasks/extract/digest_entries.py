"""The entries of a live blog, a ticker or a digest, each a story of its own.

Live blogs ("14:32 GMT - ..."), key-event lists ("Monday: ..."), numbered briefs ("3. ...") and regional
round-ups ("GOMA - ...", "ETHIOPIA: ...", "Kiryat Shmona - ...") put one short story on each line. An event
of such an entry that names no place of its own takes none from the entries before it (the windows of
``DocumentContext.nearby_place`` read the lines before): its place is a place its own sentence names (even in
another clause: "crossed into Iraq at the Al-Qaim border post after abandoning their positions"), else the
place that leads its line ("GOMA - The governor cancelled the parade"), else the headline's, else none.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tasks.extract.patterns import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tasks.extract.context import DocumentContext

MIN_ENTRIES = 3  # lines that open as entries before a document reads as a digest, not a story with a dateline
LEAD_CHARS = 40  # an entry's lead is a name or a time, not a sentence
_LEAD_END = re.compile(r"\s*(?:[.:]|\s[-\u2013\u2014]|[-\u2013\u2014])\s")  # "GOMA - ", "ETHIOPIA: ", "Myanmar. ", "MYANMAR — "


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    """A line's opening that marks an entry: a timestamp ("[16:05]", "08:05 GMT -", "6.10am:"), a numbered item ("3. "),
    a day, month or year label ("Monday: ", "August 2021 — ", "2014 — "). An upper-case lead opens an entry only when
    it is a place (``lead_place``: "BURKINA FASO. "); a label in capitals that is no place ("KIRBY: ", "READ MORE: ",
    a transcript's speaker or a link) is none."""
    zones = "|".join(sorted(map(re.escape, lexicon("time_zone")), key=len, reverse=True))
    days = "|".join(sorted(w.capitalize() for w in lexicon("calendar_name")))
    clock = rf"\[?\d{{1,2}}[:.]\d{{2}}(?:\s?(?i:{zones}))*\]?"
    label = rf"(?:(?:{days})(?: \d{{1,2}},?)?(?: \d{{4}})?|\d{{4}})"
    return re.compile(rf"\s*(?:{clock}\s*(?:[-\u2013\u2014:]\s)?|{label}\s*[-\u2013\u2014:]\s|\d{{1,2}}[.)]\s)")


def entry_lines(context: "DocumentContext") -> frozenset[int]:
    """The starts of the lines that open as entries, when at least MIN_ENTRIES do (else none: one dateline is a story's)."""
    cached = getattr(context, "_digest_entries", None)
    if cached is not None:
        return cached
    starts = [s for s in context.line_starts[1:] if _opens_entry(context, s)]
    found = frozenset(starts) if len(starts) >= MIN_ENTRIES else frozenset()
    context._digest_entries = found
    return found


def _opens_entry(context: "DocumentContext", line: int) -> bool:
    return _opener().match(context.text, line) is not None or lead_place(context, line) is not None


def lead_place(context: "DocumentContext", line: int) -> tuple[int, int] | None:
    """The place that leads the line at ``line`` ("GOMA - ", "Kiryat Shmona - ", "MYANMAR — "), after its timestamp if any."""
    opener = _opener().match(context.text, line)
    begin = line + len(context.text[line : line + LEAD_CHARS]) - len(context.text[line : line + LEAD_CHARS].lstrip())
    if opener is not None and not context.text[line : opener.end()].strip()[:1].isalpha():
        begin = opener.end()  # "[19:00] GOMA - ": past the time
    for a, b, _ in context.places_in(begin, begin + LEAD_CHARS):
        if a == begin and _LEAD_END.match(context.text, b):
            return a, b
        break
    return None


def entry_place(context: "DocumentContext", sentence_start: int, sentence_end: int, refused: frozenset[str], specific) -> tuple[bool, str | None]:
    """For an event of a digest's entry: (True, its place) as the module says; (False, None) for any other event."""
    line = context.line_start(sentence_start)
    if line not in entry_lines(context):
        return False, None
    lead = lead_place(context, line)
    own = [m for m in context.places_in(line, sentence_end)
           if (lead is None or m[0] != lead[0]) and context.text[m[0]:m[1]].lower() not in refused and not context.after_elsewhere(m[0])]
    if own:
        a, b, _ = min(own, key=lambda m: (specific(m), -m[0]))
        return True, context.text[a:b]
    if lead is not None and context.text[slice(*lead)].lower() not in refused:
        return True, context.text[slice(*lead)]
    a, b = context.headline
    heads = [m for m in context.places_in(a, b) if context.text[m[0]:m[1]].lower() not in refused]
    if not heads:
        return True, None
    x, y, _ = min(heads, key=lambda m: (specific(m), -m[0]))
    return True, context.text[x:y]


def side_named_before(context: "DocumentContext", offset: int) -> str | None:
    """The side named last before ``offset`` where its event may take it from: in a digest's entry, its own line only
    ("LAOS — ... MYANMAR — In Lashio, 30 soldiers deserted": not Laos); else the lines just before (``DocumentContext``)."""
    line = context.line_start(offset)
    if line not in entry_lines(context):
        return context.side_named_before(offset)
    found = context.sides_in(line, offset)
    return found[-1][2].code if found else None


def spaced_dash(token: "Token") -> bool:
    """A dash set off by spaces ("Tel Aviv - Dozens of reservists ..."): the end of an entry's lead, no part of the
    place name the recogniser ran across it; not the hyphen inside "Rostov-on-Don"."""
    return token.text in ("-", "\u2013", "\u2014") and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
