"""A celebration that "will not go ahead this Sunday as planned and has been postponed" (to a date or none): a holding
denied and a verb of putting it off (lexicons/verb_postpone.txt) conjoined to it with the same subject. The event is
moved in time, not cancelled (the ontology's "Not: ... moved or postponed"). Not "was not held, and the council
postponed its budget vote": a conjunct with a subject of its own tells something else."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def postponed_instead(trigger: Token) -> bool:
    """Is a verb of postponing, with no subject of its own, conjoined to the negated ``trigger``?"""
    verbs = lexicon("verb_postpone")
    return any(
        v.dep_ == "conj" and v.pos_ == "VERB" and v.lemma_.lower() in verbs and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)
        for v in trigger.children
    )
