"""What an event is like, not one that happened: "A mass retreat is one of the saddest sights in the world", "a
surrender is the last option". An event noun with an indefinite article, the subject of a present "is" with a
noun attribute, names the kind of event; "a retreat is under way" (no attribute) still tells of one, and "a pullout
is one of the conditions of the accord" is an aim, judged as such elsewhere."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def said_of_a_kind(noun: Token) -> bool:
    """An "a"/"an" event noun, subject of a present copula with a noun attribute."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    determiners = [c for c in noun.children if c.dep_ == "det"]
    indefinite = bool(determiners) and all(c.lower_ in lexicon("determiner_indefinite") for c in determiners)
    attributes = [c for c in verb.children if c.dep_ == "attr"]
    return indefinite and bool(attributes) and not any(_aim_word(t) for a in attributes for t in a.subtree)


def _aim_word(token: Token) -> bool:
    """ "one of the conditions of the accord", "the plan": an aim or a plan, judged as one (cue_condition, cue_future)."""
    lemma = token.lemma_.lower()
    return lemma in lexicon("cue_condition") or lemma in lexicon("cue_future")
