"""A celebration banned for one occasion by a permission refused: "the comparsas, the costumed street processions,
would not be allowed this year", "the carnival's street parades will not be permitted this year". Round 4 dropped
broader rules for this wording after a false row; the rule (cancel.not-allowed-this-time) now needs all of: a
future modal (will, would, shall: a decision announced), a time of this occasion on the verb ("this year", "next
weekend": lexicons/occasion_determiner.txt) and no infinitive or clause under it ("would not be allowed to march"
is a protest's). Not a standing rule ("fireworks are not allowed in the park"), nor people kept out ("visitors
will not be allowed")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def banned_for_an_occasion(trigger: Token) -> bool:
    """Is ``trigger`` a passive verb of permitting with a future modal, a time of this occasion and no clause?"""
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lexicon("aux_occasion_modal") for c in trigger.children):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in trigger.children):
        return False  # "would not be allowed to march on parliament"
    return any(_this_occasion(c) for c in trigger.children if c.dep_ in ("npadvmod", "advmod", "prep"))


def _this_occasion(word: Token) -> bool:
    """ "this year", "next weekend", or such a time under a preposition ("for this year's festival" is none: a possessive)."""
    nouns = [word] if word.dep_ != "prep" else [g for g in word.children if g.dep_ == "pobj"]
    return any(c.dep_ == "det" and c.lower_ in lexicon("occasion_determiner") for n in nouns for c in n.children)
