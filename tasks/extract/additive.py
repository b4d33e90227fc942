"""An infinitive idiom that adds to a list: "..., to say nothing of self-inflicted wounds and desertion", "not to
mention the desertions". The infinitive is no aim (realis.py would read "to say" as a purpose, a future)."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def adds_to_a_list(node: Token) -> bool:
    """Is ``node`` the verb of "to say nothing of", "not to mention": an infinitive of saying with a negative word?"""
    if node.lemma_.lower() not in lexicon("additive_verb") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return False
    negatives = lexicon("pronoun_negative") | lexicon("negator")
    return any(c.dep_ in ("dobj", "neg") and c.lower_ in negatives for c in node.children)
