"""An event noun its own relative clause denies: "Kharkiv's Surrender That Wasn't", "a retreat that never
happened", "the parade that never was" (a headline's and a column's way of calling an event untrue)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def denied_by_relative(noun: Token) -> Token | None:
    """The negation of a relative clause on ``noun`` whose verb says it came about ("that wasn't", "that never
    happened"), or of the verb the parser hung the noun on as the subject with the relative pronoun ("Mariupol's
    Surrender That Never Was": "Was" the root, "Surrender" and "That" its subjects)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    came_about = lexicon("verb_came_about")
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i]
    if noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > noun.i and c.lower_ in ("that", "which") for c in noun.head.children):
        clauses.append(noun.head)
    for verb in clauses:
        if verb.lemma_.lower() in came_about and not any(c.dep_ in ("dobj", "attr", "acomp") for c in verb.children):
            neg = next((c for c in verb.children if c.dep_ == "neg"), None)
            if neg is not None:
                return neg
    return None
