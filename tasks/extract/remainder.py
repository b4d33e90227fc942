"""Who "others" are: the rest of the group a clause before names ("dozens of soldiers were killed and others fled")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def remainder_antecedent(token: Token) -> Token | None:
    """The subject, earlier in the sentence, of the group whose rest ``token`` ("others") stands for; None for any other token."""
    if token.lower_ not in lexicon("pronoun_remainder") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    earlier = [t for t in token.sent if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PRON")]
    return earlier[-1] if earlier else None
