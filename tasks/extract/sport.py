"""A surrender or retreat in a match report: a team's, not a force's (the ontology's figurative Not,
"surrendered the lead"). Read off the sentence's words of a score, off the goal of a withdrawal that
is a posture of play ("withdrew into defence"), and off a competitor who gives up ("the runner gave up after 30 km")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon


def in_a_match(trigger: Token) -> bool:
    """A word of a match's score in the trigger's sentence ("losing seven wickets", "after half-time")."""
    score = lexicon("sport_score")
    return any(t.lower_ in score or t.lemma_.lower() in score for t in trigger.sent)


def into_a_posture(trigger: Token) -> bool:
    """ "We withdrew into defence": the goal is a stance, not a place (not "into defence lines")."""
    posture = lexicon("posture_noun")
    return any(
        g.lower_ in posture
        for p in trigger.children if p.dep_ == "prep" and p.lower_ == "into"
        for g in p.children if g.dep_ == "pobj"
    )


def gives_up_a_contest(trigger: Token) -> bool:
    """ "Pakistan surrendered the three-match series", "surrendered the football trophy": the object is a contest
    or its prize (lexicons/contest_prize.txt), not "a series of outposts" (an of-phrase says what)."""
    prizes = lexicon("contest_prize")
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in prizes and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in trigger.children
    )


def an_athlete_quits(trigger: Token) -> bool:
    """ "The Kenyan runner, a corporal in the Kenya Defence Forces, gave up after 30 kilometres": the subject is a
    competitor (lexicons/athlete_noun.txt), whatever rank an apposition gives him."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and in_lexicon(c, lexicon("athlete_noun")) for c in trigger.children)
