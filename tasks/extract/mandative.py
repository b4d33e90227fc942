"""The mandative subjunctive: "Kyiv insists that Russian forces leave", "Baku insists that Armenian troops leave
the villages". A bare verb with a subject of its own in the that-clause of a verb of demanding is what is asked,
not a report of what was done (the past "insisted that the troops had left" or the present "insists that the
troops leave every night" keep their own tense or a habit's adverb)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def mandative_clause(governor: Token, clause: Token) -> bool:
    """Is ``clause`` a bare-verb that-clause ("that Russian forces leave") under a verb of demanding? With a plural
    subject the parser tags the subjunctive as a present (VBP): the two have one form."""
    if clause.dep_ != "ccomp" or clause.head.i != governor.i or governor.lemma_.lower() not in lexicon("cue_demand"):
        return False
    if clause.tag_ not in ("VB", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" for c in clause.children)
