"""Did it happen? Realis and modality of a trigger, with the cue that decided it.

Modalities: ``asserted`` and ``reported`` (realis true); ``negated``,
``future``, ``demanded``, ``hypothetical`` (realis false). The walk goes from
the trigger up its chain of governing verbs until a reporting verb ("X said
that ...") closes the clause.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tasks.extract.patterns import Rule

_CLAUSE_UP = {"xcomp", "conj", "acl", "pcomp", "advcl", "relcl", "ccomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "amod"}
_ORDER_VERBS = {"order", "instruct", "command", "force", "compel", "begin", "start", "continue", "decide", "manage"}


@dataclass(frozen=True)
class Realis:
    realis: bool
    modality: str
    cue: str | None = None


def judge(trigger: Token, sentence: Span, rule: Rule, lexicons: dict[str, frozenset[str]]) -> Realis:
    modal = lexicons["cue_modal"]
    future = lexicons["cue_future"]
    demand = lexicons["cue_demand"]
    negating = lexicons["cue_negating"]
    report = lexicons["cue_report"]

    if sentence.text.rstrip().rstrip('"\'').endswith("?"):
        return Realis(False, "hypothetical", "?")
    node = trigger
    reported_by: str | None = None
    for depth in range(6):
        # negation on this node
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "never")):
                if rule.negation_is_event and depth == 0:
                    continue
                return Realis(False, "negated", child.text)
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                return Realis(False, "hypothetical", child.text)
            if child.dep_ in ("aux", "auxpass") and child.lower_ in modal | {"'ll"}:
                if rule.decision_future and (node is trigger) and (_passive(node) or rule.negation_is_event):
                    continue
                if child.lower_ == "would" and reported_by and rule.decision_future:
                    continue
                return Realis(False, "hypothetical" if child.lower_ in ("could", "would", "might", "should", "can", "ca") else "future", child.text)
        if node is not trigger:
            lemma = node.lemma_.lower()
            if lemma in report and node.pos_ in ("VERB", "AUX"):
                reported_by = node.text
                break
            if lemma in negating:
                return Realis(False, "negated", node.text)
            if lemma in demand:
                return Realis(False, "demanded", node.text)
            if lemma in future and lemma not in _ORDER_VERBS:
                return Realis(False, "future", node.text)
        if node.dep_ not in _CLAUSE_UP or node.head is node:
            break
        node = node.head
    hedge = _hedge(sentence, lexicons["cue_hedge"])
    if reported_by or hedge:
        return Realis(True, "reported", hedge or reported_by)
    return Realis(True, "asserted", None)


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _hedge(sentence: Span, hedges: frozenset[str]) -> str | None:
    low = " " + " ".join(sentence.text.lower().split()) + " "
    for cue in sorted(hedges, key=len, reverse=True):
        if f" {cue} " in low or f" {cue}," in low:
            return cue
    return None
