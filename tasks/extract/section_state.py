"""The state a roundup's section is about: a paragraph that opens with a country's name as its lead
("Myanmar. More than 2,000 junta soldiers surrendered ...", "IRAQ - Mosul's governor cancelled ..."), as
weekly roundups, newsletters and briefings of several countries write them. The state of the section stands
for "the junta", "government troops" or a town's authorities there, before the country the article names most.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

_LEAD_END = re.compile(r"\s*(?:[.:]|\s[-\u2013\u2014])\s")  # "Myanmar. ", "IRAQ - ", "Somalia: "
LEAD_CHARS = 40  # a section's lead is a country's name, not a sentence


def section_state(context: DocumentContext, offset: int) -> str | None:
    """The state whose name opens the paragraph holding ``offset`` as its lead ("IRAQ - ", "Myanmar. ")."""
    line = context.line_start(offset)
    lead = context.text[line : line + LEAD_CHARS]
    start = len(lead) - len(lead.lstrip())
    for a, b, name in context.sides_in(line, line + LEAD_CHARS):
        if name.kind == "state" and a == line + start and _LEAD_END.match(context.text, b):
            return name.code
    return None
