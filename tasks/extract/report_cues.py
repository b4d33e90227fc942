"""Report cues beyond a verb of saying over the event. A report noun's that-clause: "unconfirmed reports that the garrison had surrendered", "rumours that troops had
withdrawn", "there is no evidence that Ukrainian troops withdrew"; its "of" ("reports of soldiers fleeing"). What the clause
says is reported (hedged), and a "no" on the noun negates it. A report participle on the event noun ("Russia's claimed
withdrawal", "the alleged desertions"): the event is claimed as done, whatever a verb above it plans or asks."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def report_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon("cue_report_noun")


def said_in_report_noun(noun: Token, clause: Token) -> bool:
    """``clause`` is the that-clause of the report noun ``noun``."""
    if not report_noun(noun) or clause.dep_ != "acl" or clause.head.i != noun.i:
        return False
    return that_marked(clause) and not _proved_true(noun)  # an -ing clause on its "of" ("reports of troops fleeing") is reported_of


def that_marked(clause: Token) -> bool:
    """A clause opened by the conjunction "that", also when the parser took it for the clause's object ("rejected
    claims that its soldiers had deserted": "that" a dobj tagged IN, a conjunction, not a pronoun)."""
    return any(c.lower_ == "that" and (c.dep_ == "mark" or (c.dep_ == "dobj" and c.tag_ == "IN" and c.i < clause.i)) for c in clause.children)


def reported_of(noun: Token, came_from: Token) -> bool:
    """The event is told by the report noun's "of" ("reports of soldiers fleeing the town", "reports of the surrender"),
    or by an -ing clause the parser hung on a report noun that has an "of" ("reports of militants escaping")."""
    if not report_noun(noun) or came_from.head.i != noun.i or _proved_true(noun):
        return False
    if came_from.dep_ == "prep" and came_from.lower_ == "of":
        return True
    return came_from.dep_ == "acl" and came_from.tag_ == "VBG" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


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


def claimed_modifier(noun: Token) -> Token | None:
    """The participle before an event noun that says someone claims it happened ("this claimed withdrawal", "the
    alleged desertions", "the reported surrender": ``lexicons/modifier_reported.txt``), if any."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.lower_ in lexicon("modifier_reported")), None)


def ruled_that(verb: Token, came_by: str) -> bool:
    """A court's or a judge's finding ("the tribunal ruled that the corporal had deserted his position"): "rule" with
    a clause of its own states what was found, a report like "found that"; "ruled out" (its particle) denies it."""
    if came_by != "ccomp" or verb.lemma_.lower() != "rule" or verb.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in verb.children)
