"""A condition on what a threat or a plan would do: "threatened to refuse to serve if the law passes",
"plan to refuse to report for duty if the bill passes". The condition belongs to the threat or the plan,
so the threat (demanded) or the plan (future) decides the modality, not the "if"."""

from __future__ import annotations

from spacy.tokens import Token


def intent_over_condition(node: Token, demand: frozenset[str], future: frozenset[str]) -> tuple[str, Token] | None:
    """The threat or plan whose infinitive chain ``node`` hangs in, with its modality, if any."""
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
        if node.pos_ != "VERB":
            return None
        lemma = node.lemma_.lower()
        if lemma in demand:
            return "demanded", node
        if lemma in future:
            return "future", node
    return None
