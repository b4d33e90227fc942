"""The mandative subjunctive: "Kyiv insists that Russian forces leave", "Baku insists that Armenian troops leave
the villages", "mediators suggested that the fighters hand over their weapons", "urged that the festival be cancelled". A bare verb with a subject of its own in the that-clause of a verb of demanding is what is asked,
not a report of what was done (the past "insisted that the troops had left" or the present "insists that the
troops leave every night" keep their own tense or a habit's adverb)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def mandative_clause(governor: Token, clause: Token) -> bool:
    """Is ``clause`` a bare-verb that-clause ("that Russian forces leave") under a verb of demanding? With a plural
    subject the parser tags the subjunctive as a present (VBP): the two have one form. Under a verb of proposing
    (lexicons/verb_propose.txt) only the base form counts, or the present form after a past ("suggested that the
    fighters hand over their weapons"; not "the data suggest that the troops withdraw every night"). A passive with a bare "be" ("urged that the
    festival be cancelled") is the subjunctive under any verb the parse hangs it on, and on the noun of a phrase
    between the verb and it ("urged in a resolution that the festival be cancelled": the parser hangs the clause on
    the resolution)."""
    if clause.dep_ not in ("ccomp", "acl") or clause.head.i != governor.i:
        return False
    if clause.dep_ == "acl" and governor.dep_ != "pobj":
        return False  # "passed a resolution that the festival be cancelled": the resolution decides
    if _bare_be_passive(clause):
        return True
    if clause.dep_ == "acl":
        return False
    demand = governor.lemma_.lower() in lexicon("cue_demand")
    if not (demand or governor.lemma_.lower() in lexicon("verb_propose")):
        return False
    bare = ("VB", "VBP") if demand or governor.tag_ in ("VBD", "VBN") else ("VB",)  # "suggested that the fighters hand over": no present after a past
    if clause.tag_ not in bare or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" for c in clause.children)


def _bare_be_passive(clause: Token) -> bool:
    """ "that the festival be cancelled": a that-clause whose passive "be" is bare, with no modal or tense of its own."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    bare_be = [c for c in clause.children if c.dep_ == "auxpass" and c.lower_ == "be" and c.tag_ == "VB"]
    return marked and bool(bare_be) and not any(c.dep_ == "aux" for c in clause.children)
