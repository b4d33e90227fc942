"""The subject of an -ing clause the parser hung on the noun before its of-phrase ("cases of Ukrainian soldiers
abandoning their units", "videos of Russian soldiers deserting their posts"): the soldiers abandon, not the cases."""
from __future__ import annotations

from spacy.tokens import Token


def gerund_subject(trigger: Token) -> Token | None:
    """The object of the of-phrase that ends just before ``trigger``, an -ing clause hung on the of-phrase's noun."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBG" or trigger.head.pos_ not in ("NOUN", "PROPN"):
        return None
    for prep in (c for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < trigger.i):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.right_edge.i == trigger.i - 1:
                return obj
    return None
