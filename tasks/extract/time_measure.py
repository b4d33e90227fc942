"""A "by" phrase that measures time, not an agent: "the final stage of the pullout was postponed by a week", "the
withdrawal was delayed by two months". The parser labels the phrase an agent, but a stretch of time
(lexicons/time_span_unit.txt, counted or with a determiner) is how long the event was put off, so the event is still
to come; "delayed by the mud" keeps its agent, a cause that slowed the event while it happened."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def measures_time(agent: Token) -> bool:
    """Is the ``agent`` preposition's object a counted stretch of time ("by a week", "by two months")?"""
    units = lexicon("time_span_unit")
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in units and any(c.dep_ in ("nummod", "det", "amod") for c in o.children)
        for o in agent.children
    )
