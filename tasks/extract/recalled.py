"""A clause recalled as a known fact: "It is to be recalled that the TPLF forces withdrew", "it should be noted
that the garrison surrendered". A verb of remembering or noting presupposes its clause; its own mood ("is to",
"should") is a reminder to the reader, which says nothing of whether the event happened.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def recalled_fact(verb: Token, came_by: str, came_from: Token) -> bool:
    """Did the walk come up to a verb of remembering (lexicons/verb_recall_fact.txt) from its that-clause, whose
    verb is in the past ("recalled that the forces withdrew", "had surrendered", "was cancelled")? Not a clause
    with a demand or a modal of its own: those are judged below, before the walk gets here."""
    return came_by == "ccomp" and verb.lemma_.lower() in lexicon("verb_recall_fact") and _past(came_from)


def _past(verb: Token) -> bool:
    """A simple past, or a past or perfect made with an auxiliary ("withdrew", "had withdrawn", "was cancelled")."""
    if verb.tag_ == "VBD":
        return True
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(helpers) and all(c.tag_ == "VBD" or c.lemma_ == "have" for c in helpers) and not any(c.tag_ == "MD" for c in helpers)
