"""States a document names only as where people went: "Residents of Malam Fatori fled across the border into
Niger", "thousands of young men have left the country for Thailand". Such a state is a refuge or a goal, not
the country the story is about, so it is no candidate for the side of a state's force named without its state
("Dozens of soldiers in Maiduguri refused to deploy", "junta soldiers"). A state stays a candidate when one of
its mentions is not its country's name right after a preposition of a goal (lexicons/prep_elsewhere.txt:
"surrendered to American and French forces" names a receiver by its adjective), or when the document names one
of its towns; a return home ("back into Russia", lexicons/homeward_word.txt) is no refuge. The states are found
once per document (``DocumentContext.goal_only_states``) and read per event.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext


def states_named_as_goals(context: "DocumentContext") -> frozenset[str]:
    """The codes of the states the document names only as a goal, and none of whose places it names."""
    goals: set[str] = set()
    elsewhere: set[str] = set()
    for a, b, name in context.side_mentions:
        if name.kind != "state":
            continue
        before = context.text[max(0, a - 30) : a].lower().split()
        if before and is_country(context.text[a:b]) and before[-1] in lexicon("prep_elsewhere") and not (len(before) > 1 and before[-2] in lexicon("homeward_word")):
            goals.add(name.code)
        else:
            elsewhere.add(name.code)
    placed = {name.code for a, b, name in context.place_mentions if not is_country(context.text[a:b])}  # a town, not the state's own name
    return frozenset(goals - elsewhere - placed)
