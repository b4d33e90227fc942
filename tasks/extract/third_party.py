"""A state named only as a third party to a conflict: a mediator, a host of talks, a supplier or a donor ("Qatar
mediated the deal", "a truce brokered by Egypt", "the UAE supplied drones to the army"). A force the next lines name
without a side ("The fighters then left the town") is not that state's: the ontology's side is the state whose
forces act. Read on the text, as ``reporting_force.only_reports`` reads a report's source: a verb form of
lexicons/third_party_verb_form.txt a few words after the name, or a phrase of lexicons/third_party_by_phrase.txt
just before it."""
from __future__ import annotations

from tasks.extract.reporting_force import named_as, phrase_before, verb_after

GAP_WORDS = 2  # "Qatar mediated", "Qatar on Monday mediated", "Egypt's intelligence chief brokered"


def only_a_third_party(text: str, start: int) -> bool:
    """Is the state's name at ``start`` in ``text`` a mediator's, a host's, a supplier's or a donor's?"""
    verbs = verb_after("third_party_verb_form", GAP_WORDS)
    return named_as(text, start, verbs, phrase_before("third_party_by_phrase", r"(?:the\s+)?"), 40, "who|which|that|and")
