"""The town an enemy advances on while a force flees: "Five divisions fled as the jihadists advanced towards Mosul",
"the garrison surrendered as the rebels advanced on Goma". The goal of the advance in a clause of the event's time
is where the force that gave way stood, though "towards" elsewhere names a destination."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import prep_objects


def advance_goals(trigger: Token) -> list[Token]:
    """The objects of "towards", "on" or "into" on a verb of attack in a clause of the time of ``trigger`` whose
    subject is another than the event's ("fled as 700 jihadists advanced towards Mosul"), also where the parser
    made "as" a preposition, with the subject its object or the verb its complement."""
    goals = []
    for clause, subject in _time_clauses(trigger):
        if clause.lemma_.lower() in lexicon("offensive_verb") and subject:
            goals += prep_objects(clause, lexicon("prep_advance_goal"))
    return goals


def _time_clauses(trigger: Token) -> list[tuple[Token, bool]]:
    """The verbs of the adverbial clauses of ``trigger``, each with whether it has a subject of its own: "as 700
    jihadists advanced" (advcl, the subject hung on "as" read as a preposition), "as a few hundred jihadists
    advanced" (the verb a complement of that "as"). Not "fled, advancing towards Kyiv": the force's own move."""
    found = []
    for child in trigger.children:
        if child.dep_ == "advcl":
            misread = any(c.dep_ == "prep" and c.lower_ in lexicon("marker_during") and c.i < child.i and any(g.dep_ == "pobj" for g in c.children) for c in trigger.children)
            found.append((child, misread or any(c.dep_ == "nsubj" for c in child.children)))
        elif child.dep_ == "prep" and child.lower_ in lexicon("marker_during"):
            found += [(g, any(c.dep_ == "nsubj" for c in g.children)) for g in child.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
    return found
