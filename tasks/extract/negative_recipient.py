"""An event given to no one ("the defenders gave ground to nobody", "they surrendered to no one") or nothing given
("gave up no ground", "surrendered nothing"): the negative pronoun after "to", or the negative object, denies the
event as a negative subject does."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def to_nobody(verb: Token) -> Token | None:
    """The negative pronoun that is the object of the verb's "to" (lexicons/pronoun_negative.txt), if any."""
    negatives, exceptions = lexicon("pronoun_negative"), lexicon("cue_exception")
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            negative = obj.lower_ in negatives or any(d.dep_ == "det" and f"{d.lower_} {obj.lower_}" in negatives for d in obj.children)
            if negative and not any(c.lower_ in exceptions for c in obj.children):
                return obj  # not "to nobody but the Ukrainian army": that names who it was given to
    return None


def nothing_given(verb: Token) -> Token | None:
    """The verb's object that denies what was given up or left: a negative pronoun ("gave up nothing", "surrendered
    none of its positions") or a noun quantified by "no" ("gave up no ground"), unless an exception names what was
    ("nothing but their rifles")."""
    negatives, exceptions = lexicon("pronoun_negative"), lexicon("cue_exception")
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        negative = obj.lower_ in negatives or any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children)
        if negative and not any(c.lower_ in exceptions for c in obj.children):
            return obj
    return None
