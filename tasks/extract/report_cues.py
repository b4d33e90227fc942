"""Report cues beyond a verb of saying over the event. A report noun's that-clause: "unconfirmed reports that the garrison had surrendered", "rumours that troops had
withdrawn", "there is no evidence that Ukrainian troops withdrew". What the clause says is reported (hedged), and a
"no" on the noun negates it."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.gerund_subject import gerund_subject
from tasks.extract.patterns import lexicon


def report_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon("cue_report_noun")


def said_in_report_noun(noun: Token, clause: Token) -> bool:
    """``clause`` is the that-clause of the report noun ``noun``."""
    if not report_noun(noun) or clause.dep_ != "acl" or clause.head.i != noun.i:
        return False
    told = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or gerund_subject(clause) is not None  # "reports of troops fleeing"
    return told and not _proved_true(noun)


def _proved_true(noun: Token) -> bool:
    """ "Reports that the garrison had surrendered proved accurate": the narrator confirms them (asserted)."""
    verb = noun.head
    return noun.dep_ == "nsubj" and any(c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in lexicon("cue_true") for c in verb.children)


def as_reported_by(holder: Token, report: frozenset[str]) -> Token | None:
    """The reporting participle of an as-clause with an agent hung on ``holder`` ("As documented by the UN mission, ...")."""
    for verb in holder.children:
        marked = any(c.dep_ == "mark" and c.lower_ in lexicon("marker_accordance") for c in verb.children)
        agent = any(c.dep_ == "agent" for c in verb.children)
        if verb.dep_ == "advcl" and verb.lemma_.lower() in report | lexicon("cue_record") and marked and agent:
            return verb
    return None


def emerged_that(verb: Token, came_by: str) -> bool:
    """ "It emerged that troops had withdrawn", "it later transpired that ...": an expletive "it" and a that-clause
    report what became known; "smoke emerged from the bunker" reports nothing."""
    expletive = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
    return came_by == "ccomp" and expletive and verb.lemma_.lower() in lexicon("cue_emergence")
