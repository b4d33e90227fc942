"""The object of a relative clause: "the concert, which the council cancelled" cancels the concert, not "which"."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def antecedent_of_object(trigger: Token, obj: Token) -> Token:
    """``obj``, or the noun the relative clause headed by ``trigger`` describes when ``obj`` is its relative pronoun
    ("the New Year concert, which the city council cancelled", "the parade that the mayor scrapped")."""
    relative = trigger.dep_ == "relcl" and obj.i < trigger.i and obj.lower_ in lexicon("pronoun_relative")
    return trigger.head if relative and trigger.head.pos_ in ("NOUN", "PROPN") else obj
