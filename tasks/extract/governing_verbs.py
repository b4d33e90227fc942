"""The verbs above a trigger that realis.py's walk meets and what they make of it: a demand whose infinitive it is
("urged them not to desert"), a declaration of what one will do, a plan as the subject, a check that could not be
made or that the speaker declines, two past verbs side by side, a clause of what came before ("after
surrendering"), the reporting verb or noun above, and short quoted names that hold no event.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon
from tasks.extract.report_cues import report_noun
from tasks.extract.surrender_channel import calls_a_channel


def demand_above(verb: Token, trigger: Token, came_by: str, demand: frozenset[str]) -> bool:
    """A verb of asking or threatening whose infinitive the walk came up from ("urged them not to desert",
    "threatened to withdraw unless ..."): the demand decides the modality, not a negation or condition in it."""
    asking = verb.pos_ == "VERB" and verb.lemma_.lower() in demand and not calls_a_channel(verb)
    return verb.i != trigger.i and came_by == "xcomp" and asking


def declared_will(clause: Token) -> bool:
    """ "soldiers declared they would not continue to fight": a declaration of what one will do is the act of refusing
    or deciding itself (asserted, as refusal-declared-04 and nb1-012), not a report of an event."""
    return any(c.dep_ == "aux" and c.lower_ in lexicon("will_auxiliary") for c in clause.children)


def plan_as_subject(verb: Token, future: frozenset[str]) -> bool:
    """The subject of ``verb`` is a plan, a proposal or a deal ("a proposal would see troops withdraw")."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in future for c in verb.children)


def unverified(node: Token, trigger: Token) -> bool:
    """A claim's check, negated, above the event: "could not be verified", "Reuters could not confirm that ..."."""
    return node.i != trigger.i and node.pos_ == "VERB" and node.lemma_.lower() in lexicon("cue_unverified")


def speaker_declines(check: Token, came_by: str, report: frozenset[str]) -> bool:
    """ "The commander said he could not confirm that Russian troops were pulling back": the one who speaks declines to
    vouch for the clause he is asked about, and nobody else in the sentence claims it (the event is the check's own
    that-clause, under a report whose speaker the pronoun stands for). Not "Reuters could not confirm that ..." (the
    writer's check of a claim made elsewhere), nor "said it could not confirm reports that ..." (others' reports)."""
    speaker = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in check.children)
    return came_by == "ccomp" and speaker and check.dep_ == "ccomp" and check.head.lemma_.lower() in report


def past_beside(node: Token, came_by: str, came_from: Token) -> bool:
    """Two past verbs side by side ("feared encirclement and withdrew"): the first does not govern the second.
    Not "seek to cut them off and drive them out", a plan the parser may hang on "seek"."""
    return came_by == "conj" and node.tag_ == "VBD" and came_from.tag_ == "VBD"


QUOTED_NAME_TOKENS = 6  # a quoted stretch this short is a name or a slogan ("'I Want to Live'"), not a quotation


def quoted_names(sentence: Span, trigger: Token, false_words: frozenset[str]) -> set[int]:
    """Indices of the tokens of short quoted stretches that do not hold the trigger; not a quoted verdict of falsehood
    ('spreading "false stories" of desertions': the speaker's words, lexicons/cue_false.txt, that deny the event)."""
    quotes = [t.i for t in sentence if t.is_quote and t.dep_ == "punct"]  # not the possessive mark of "the soldiers' surrender"
    out: set[int] = set()
    for a, b in zip(quotes[::2], quotes[1::2]):
        verdict = any(sentence.doc[i].lower_ in false_words for i in range(a + 1, b))
        if b - a - 1 <= QUOTED_NAME_TOKENS and not a < trigger.i < b and not verdict:
            out.update(range(a + 1, b))
    return out


def anterior_clause(node: Token, words: frozenset[str]) -> bool:
    """``node`` heads a clause of something that came before its governor: "after surrendering",
    "after they surrendered", "following the withdrawal"."""
    if node.dep_ in ("pcomp", "pobj") and node.head.dep_ == "prep":
        return node.head.lower_ in words
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words for c in node.children)


def reported_above(node: Token, report: frozenset[str]) -> str | None:
    """The reporting verb above ``node`` ("organisers said they had been directed to cancel"), or the report noun
    ("the mayor's announcement that the carnival would not be held"), if any."""
    return next((a.text for a in node.ancestors if (a.lemma_.lower() in report and a.pos_ in ("VERB", "AUX")) or report_noun(a)), None)
