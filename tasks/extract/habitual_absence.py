"""A celebration that has not been held for a stretch of time: "Djibo has not held a parade since 2019",
"the carnival has not been staged in years". A perfect negated with "since" or a span of years tells a lasting
absence, a state with no decision in it (the ontology: an authority cancels or decides not to hold); not "will
not be held for two years" (a decision for the years ahead) nor "was not held this year"."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_SPAN_PREPOSITIONS = ("for", "in")  # "for three years", "in decades": how long it has not been held


def absent_for_a_while(trigger: Token) -> bool:
    """Is the negated verb of holding a perfect ("has not held", "had not been staged") with "since" or with a
    span of years ("for years", "in a decade"; lexicons/time_unit.txt, the longer units)?"""
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in trigger.children):
        return False
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        if prep.lower_ == "since":
            return True  # "since 2019", "since the war began"
        if prep.lower_ in _SPAN_PREPOSITIONS and any(
            g.dep_ == "pobj" and g.lemma_.lower() in lexicon("absence_span_unit") for g in prep.children
        ):
            return True
    return any(c.dep_ == "advmod" and c.lower_ == "since" for c in trigger.children)  # "has not been held since"
