"""A promise kept in the same sentence: "agreed to surrender and did so"."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def kept_in_deed(governor: Token, infinitive: Token) -> bool:
    """Does a past verb conjoined to the promise or to its infinitive, with no subject or auxiliary of its
    own, tell what was then done ("agreed to surrender and did so at dawn", "agreed to surrender and handed
    over its positions", "and laid down its arms")? The promise was kept: the event happened."""
    return any(
        c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") and c.i > infinitive.i and not _own_subject_or_aux(c)
        and c.lemma_.lower() in lexicon("deed_verb")  # not "agreed to withdraw and demanded guarantees"
        for c in (*governor.children, *infinitive.children)
    )


def _own_subject_or_aux(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
