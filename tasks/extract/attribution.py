"""Who says so: a reporting verb above the trigger, an attribution at the end of the sentence or hung
below it, hedges ("reportedly") and labelled reports; realis true, modality ``reported``.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.appended_source import conjoined_source, source_as_apposition, source_set_off
from tasks.extract.carried_out import announced_then_done
from tasks.extract.claim_comment import closing_claim
from tasks.extract.clause_mood import Realis
from tasks.extract.report_cues import as_reported_by
from tasks.extract.roles import reported_doers


def told(trigger: Token, sentence: Span, node: Token, reported_by: str | None, lexicons: dict[str, frozenset[str]]) -> Realis:
    """A realis event as the sentence tells it: reported when a hedge or a source goes with it, else asserted."""
    report = lexicons["cue_report"]
    hedge = _hedge(sentence, lexicons["cue_hedge"])
    reported_by = reported_by or _attributed_at_the_end(trigger, sentence, report) or _attribution_hung_below(trigger, node, report)
    reported_by = reported_by or source_as_apposition(trigger, report) or source_set_off(trigger, report)  # "X, the ministry said, withdrew"
    reported_by = reported_by or (span.text if (span := conjoined_source(trigger, report)) is not None else None)  # "..., Ukraine's 24th Brigade said"
    accordance = as_reported_by(node, report) or as_reported_by(trigger, report)
    reported_by = reported_by or (accordance.text if accordance is not None else None)  # "As documented by the UN mission, ..."
    reported_by = reported_by or _labelled_report(sentence, lexicons["headline_report_label"])  # "Report: Troops Pull Out"
    reported_by = reported_by or next((s.text for s in trigger.children if s.dep_ == "nsubj" and reported_doers(s)), None)  # "Reports of fighters fleeing the town reached ...": a misparse
    reported_by = reported_by or _inside_a_report(trigger, report)  # "Witnesses said that the army fed fighters who surrendered"
    reported_by = reported_by or closing_claim(trigger, sentence)  # "..., a claim Moscow has not disputed"
    if reported_by or hedge:
        return Realis(True, "reported", hedge or reported_by)
    return Realis(True, "asserted", None)


def _attributed_at_the_end(trigger: Token, sentence: Span, report: frozenset[str]) -> str | None:
    """ "Dozens of fighters deserted in Darfur, the army claimed": a sentence that ends on who says it,
    even when the parser hangs the event off something else than the reporting verb."""
    root = sentence.root
    if root.i <= trigger.i or root.lemma_.lower() not in report or root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > trigger.i]
    if not subjects or not any(t.text == "," for t in sentence.doc[trigger.i : subjects[0].left_edge.i]):
        return None
    if any(c.dep_ == "ccomp" and c.i > subjects[0].i for c in root.children):
        return None  # "After the garrison surrendered, officials said the town was calm": the report has its own clause
    return root.text


def _attribution_hung_below(trigger: Token, top: Token, report: frozenset[str]) -> str | None:
    """ "Troops fell back from Vovchansk, a spokesman told television on Friday": the parser hangs the
    trailing attribution under the event verb (parataxis, advcl, conj) instead of over it."""
    for holder in {trigger.i: trigger, top.i: top}.values():
        for verb in holder.children:
            if verb.i > trigger.i and verb.dep_ in ("parataxis", "advcl", "conj", "ccomp") and _trailing_report(verb, trigger, report):
                return verb.text
            if verb.i > trigger.i and _report_participle_with_agent(verb, report) and not announced_then_done(verb):
                return verb.text
    return None


def _inside_a_report(trigger: Token, report: frozenset[str]) -> str | None:
    """ "Local media reported that the army offered care to fighters who surrendered near Bama": an event in a
    relative clause of its own, inside the clause a reporting verb governs, is told by that source too (the walk
    up from the trigger stops at its own clause). Not an adverbial clause: "historians say the siege would last
    five months, until the garrison surrendered" tells the surrender as known; nor a clause of what someone will
    do ("the commander said he would court-martial the soldiers who left their posts": the desertion is known)."""
    relative = False
    for clause in (trigger, *trigger.ancestors):
        verb = clause.head
        relative = relative or clause.dep_ == "relcl"
        if relative and clause.dep_ == "ccomp" and verb.i != clause.i and verb.lemma_.lower() in report and verb.pos_ in ("VERB", "AUX"):
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            return None if modal or any(c.dep_ == "neg" for c in verb.children) else verb.text
    return None


def _report_participle_with_agent(verb: Token, report: frozenset[str]) -> bool:
    """ "Retreat From Lyman Confirmed By Russian Defence Ministry": a headline's event noun described by a
    reporting participle that names who reports it."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in report and any(c.dep_ == "agent" for c in verb.children)


def _trailing_report(verb: Token, trigger: Token, report: frozenset[str]) -> bool:
    """A reporting verb with a subject of its own set off by a comma after the trigger, and no clause of its own."""
    if verb.lemma_.lower() not in report or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("mark", "ccomp", "neg") for c in verb.children):
        return False  # "after officials said", "officials said that ...", "officials did not say"
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > trigger.i]
    return bool(subjects) and subjects[0].left_edge.i > 0 and verb.doc[subjects[0].left_edge.i - 1].text == ","


def _hedge(sentence: Span, hedges: frozenset[str]) -> str | None:
    low = " " + " ".join(sentence.text.lower().split()) + " "
    for cue in sorted(hedges, key=lambda c: (-len(c), c)):  # longest first, ties alphabetically: not in set order
        if f" {cue} " in low or f" {cue}," in low:
            return cue
    return None


def _labelled_report(sentence: Span, labels: frozenset[str]) -> str | None:
    """A headline's label before its colon that attributes the rest ("Report: ...", "Officials: ..."), or None."""
    words = [t for t in sentence if not t.is_space][:2]
    if len(words) == 2 and words[0].lower_ in labels and words[1].text == ":":
        return words[0].text
    return None
