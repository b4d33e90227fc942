"""A count or part of the speakers: "four of us refused together", "half of us deserted", "a dozen of us": the
doer is the first person ("us"), so whoever "we" are (a soldier interviewed, a soldier quoted) did it. Read by the
actor gate (participants.py) beside a plain "I" or "we"."""

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import prep_objects


def count_of_us(token: Token) -> bool:
    """``token`` is a number or a part word (lexicons/partitive.txt) whose "of" object is a first-person pronoun."""
    if not (token.pos_ == "NUM" or token.like_num or token.lemma_.lower() in lexicon("partitive")):
        return False
    return any(o.lower_ in lexicon("pronoun_first_person") for o in prep_objects(token, {"of"}))
