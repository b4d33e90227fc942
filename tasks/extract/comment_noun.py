"""An event noun in a closing comment that names the clause's own event, no event of its own.

A comment that files the clause's own event under a run of like events ("Eleven al-Shabaab fighters
surrendered to the army on Tuesday, the latest in a string of defections", "..., part of a wave of desertions"): the
event noun after the run's noun (lexicons/instance_series_noun.txt) names what kind of event the clause's verb told,
no event of its own. When the verb's own row reads it as another type, the noun's row is that event read worse (a
surrender called a defection is still a surrender, the ontology's SURRENDER: to an opposing force). When the verb
tells no event ("crossed into Poland, the latest in a string of desertions"), the noun's row stands. A free relative
that labels the sentence's event files it the same way ("have surrendered to troops, the army said, in what officers
describe as the largest wave of defections": lexicons/labeling_verb.txt; the clause a report verb governs is the event's).

A comment that sums the clause up with an indefinite event noun ("prepared to leave Mozambique by July, a withdrawal
that officials fear will leave gaps"): the noun resumes the clause's event, so the clause's row of that type, with its
modality, is the event (not the noun read as told, with the relative clause's place)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_COMMENT_DEPS = ("npadvmod", "dobj", "appos", "advmod", "attr")


def instance_head(trigger: Token, offset: int) -> int | None:
    """The document offset of the verb whose event the noun ``trigger`` files under a run of like events, if any."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return None
    run = trigger.head.head
    if run.lemma_.lower() not in lexicon("instance_series_noun"):
        return None
    labelled = _labelled_clause(run)
    if labelled is not None:
        return offset + labelled.idx
    top = run
    while top.dep_ in ("pobj", "prep") and top.head.i != top.i:
        top = top.head  # "the latest in a string of": up from "string" through "in" to "latest"
    if top.dep_ not in _COMMENT_DEPS or top.head.pos_ != "VERB" or not _after_comma(top):
        return None
    return offset + top.head.idx


def _labelled_clause(run: Token) -> Token | None:
    """The verb of the event a free relative labels with ``run`` ("in what officers describe as the largest wave of",
    "in what officials call the biggest wave of"):
    the verb the "in" phrase hangs on, or the clause it reports ("..., the army said, in what ...": its ccomp)."""
    label = run.head.head if run.dep_ == "pobj" and run.head.lower_ == "as" else (run.head if run.dep_ in ("oprd", "attr") else None)
    if label is None or label.lemma_.lower() not in lexicon("labeling_verb") or not any(c.lower_ == "what" for c in label.children):
        return None
    opener = label.head if label.dep_ == "pcomp" else None
    if opener is None or opener.dep_ != "prep" or opener.head.pos_ != "VERB":
        return None
    told = opener.head
    return next((c for c in told.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), told)


def resumes_clause(trigger: Token) -> bool:
    """Is ``trigger`` an indefinite event noun that opens a closing comment after a comma ("..., a withdrawal that")?"""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("npadvmod", "appos"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.lefts) and _after_comma(trigger)


def without_resumptions(rows: list[dict], resumed: set[int]) -> list[dict]:
    """``rows`` less each row of a resuming noun (``resumed``: their triggers) after which its sentence has a row of
    the same type with an earlier trigger."""
    earlier = {(r["sentence_start"], r["event_type"]): r["trigger_start"] for r in sorted(rows, key=lambda r: -r["trigger_start"])}
    return [
        r for r in rows
        if not (r["trigger_start"] in resumed and earlier.get((r["sentence_start"], r["event_type"]), r["trigger_start"]) < r["trigger_start"])
    ]


def _after_comma(top: Token) -> bool:
    """The comment opens after a comma: "..., the latest in a string of" (its determiner and modifiers, not a
    parenthetical "the army said" the parser hung on it)."""
    first = min([top.i, *(c.i for c in top.lefts if c.dep_ in ("det", "amod", "advmod", "nummod", "quantmod", "predet"))])
    return first > top.sent.start and top.doc[first - 1].text in (",", "—", "–", "-")


def without_filed_instances(rows: list[dict], heads: dict[int, int]) -> list[dict]:
    """``rows`` less each row of an event noun filed under a run (``heads``: its trigger to the verb's) whose verb
    has a realis row of another type."""
    told = {(r["trigger_start"], r["event_type"]) for r in rows if r["realis"]}
    types = {start for start, _ in told}
    return [
        r for r in rows
        if not (r["trigger_start"] in heads and heads[r["trigger_start"]] in types
                and (heads[r["trigger_start"]], r["event_type"]) not in told)
    ]
