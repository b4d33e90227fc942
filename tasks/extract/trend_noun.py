"""A bare noun of desertion or defection that a sentence relates to something else or counts against another force,
not told as an event of its own: "The wave of defections follows the death of the faction's leader" (the subject of a
verb of sequel with a definite article that refers back to desertions told before, lexicons/sequel_verb.txt, also
through a collective head, lexicons/event_collective.txt; not "Mass desertions followed the fall of the city"), "the rival
faction has seen far fewer defections" (a comparison, lexicons/comparative_fewer.txt). The desertions are told where
the article tells them; these lines explain or compare them. Only a noun with no force of its own: "desertions among
Russian troops follow every failed assault" names who deserted.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_OWNER_DEPS = {"poss", "compound", "nmod"}


def related_not_told(trigger: Token) -> bool:
    """Is the event noun ``trigger`` only related to a cause or compared, with no force named on it?"""
    if trigger.pos_ not in ("NOUN", "PROPN") or _owned(trigger):
        return False
    if any(c.dep_ == "amod" and c.lower_ in lexicon("comparative_fewer") for c in trigger.children):
        return True  # "far fewer defections"
    noun = _collective_head(trigger) or trigger
    definite = any(c.dep_ == "det" and c.lower_ in lexicon("determiner_told_before") for c in noun.children)  # events told before
    return definite and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lexicon("sequel_verb")  # "the defections follow weeks of ..."


def _owned(noun: Token) -> bool:
    """A force named on the noun: a possessive, a modifier ("Russian desertions"; not "fewer", "mass"), an of-, by-,
    among- or in-phrase."""
    how_many = lexicon("comparative_fewer") | lexicon("event_scale_modifier")
    return any(c.dep_ in _OWNER_DEPS or (c.dep_ == "amod" and c.lower_ not in how_many) for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ in lexicon("prep_trend_owner") for c in noun.children
    )


def _collective_head(noun: Token) -> Token | None:
    """ "the wave of defections": the collective noun the event noun is the of-object of."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    head = prep.head
    return head if head.lemma_.lower() in lexicon("event_collective") else None
