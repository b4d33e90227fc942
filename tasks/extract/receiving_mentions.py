"""The side named last before an event, leaving out a side named only as the one a force gave way to.

"A Russian infantryman gave himself up to a Ukrainian drone crew ... The brigade said the man had been left alone
after his unit retreated": the side named last is Ukraine's, but only as the receiver of the surrender ("to a
Ukrainian drone crew", "toward Ukrainian lines", "surrendered to the Armed Forces of Ukraine") or the agent of a
passive ("captured by Kurdish forces"); a force named after it with no side of its own is not that side's. A side
right after such a preposition (``prep_receiving_party``), with nothing but articles, numbers, capitalised words of a
name and "of" between, is passed over, unless "to" follows a word of affiliation ("militias loyal to Tehran",
``affiliation_before_to``). When every side named there is such a receiver, none is returned.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tasks.entities import entity_type
from tasks.extract.digest_entries import entry_lines
from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from tasks.extract.context import DocumentContext

LOOK_BACK = 80  # characters before a name read for its preposition: a noun phrase's length


@lru_cache(maxsize=1)
def _receiving() -> re.Pattern:
    preps = "|".join(sorted(map(re.escape, lexicon("prep_receiving_party")), key=len, reverse=True))
    filler = r"(?:(?:(?i:the|a|an)|\d[\d,]*|[A-Z][\w'’.-]*|of)\s+){0,4}"  # "to a ", "to the Armed Forces of ", "by 40 "
    return re.compile(rf"(?:^|\s)([\w-]+\s+)?(?i:{preps})\s+{filler}$")


def receiving_mention(text: str, start: int, end: int | None = None) -> bool:
    """Is the side named at ``start`` of ``text`` the object of a receiving preposition ("to Ukrainian units")? A
    country's bare name (``end``: where it ends) there is a place gone to ("headed back to Israel", "sent to
    Ukraine"), not a force, unless it names a force's owner ("to the Armed Forces of Ukraine")."""
    before = text[max(0, start - LOOK_BACK) : start]
    before = re.split(r"[,;:()\u2014\n.!?]", before)[-1]  # within its clause
    found = _receiving().search(before)
    if found is None:
        return False
    word = (found.group(1) or "").strip().lower()
    if end is not None and is_country(text[start:end]) and not found.group(0).rstrip().lower().endswith(" of"):
        return False
    return word not in lexicon("affiliation_before_to")


def owner_named_before(context: "DocumentContext", offset: int) -> str | None:
    """The side named last before ``offset`` (a digest's entry: on its own line; else the lines just before),
    not counting a side named only as a receiver (``receiving_mention``)."""
    line = context.line_start(offset)
    since = line if line in entry_lines(context) else context.lines_before(line)
    found = context.sides_in(since, offset)
    owners = [m for m in found if not receiving_mention(context.text, m[0], m[1])]
    return owners[-1][2].code if owners else None


def receiving_tokens(sentence: "Span", actor_span: "Span | None") -> set[int]:
    """Tokens of ``sentence`` that open a name given way to ("gave themselves up to the Peshmerga", "captured by
    Kurdish forces"): no candidate for the actor's side, unless the actor phrase itself holds them ("troops sent
    by Moscow withdrew": Russia's)."""
    own = range(actor_span.start, actor_span.end) if actor_span is not None else range(0)
    text = sentence.doc.text
    return {
        t.i for t in sentence
        if t.i not in own and (t.is_title or t.is_upper) and entity_type(t) not in ("GPE", "LOC") and not _told_to_act(t)
        and receiving_mention(text, t.idx, t.idx + len(t))
    }


def _told_to_act(token: "Token") -> bool:
    """ "issued an alert to the Syrian Arab Army to evacuate its bases": the one an order goes to, who then acts,
    is the actor's own side (an infinitive right after its phrase), no receiver."""
    head = token
    while head.dep_ in ("compound", "amod", "poss", "nmod") and head.head.i != head.i:
        head = head.head
    after = head.right_edge.i + 1
    doc = token.doc
    return after + 1 < len(doc) and doc[after].tag_ == "TO" and doc[after + 1].tag_ == "VB"
