"""A force's relief or its opposite number as the receiver of a hand-over ("handed over their posts to Ukrainian
counterparts", "handed its positions to the relieving unit", "turned the sector over to their replacements"): a
relief in place or a liaison hand-over, no surrender to an opposing force (lexicons/relief_receiver.txt); and a
hand-over told as the step of a relief or a rotation the clause above names ("A relief in place was carried out as
the marines handed their trenches to an army battalion"; lexicons/relief_event_noun.txt)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def relieves(token: Token) -> bool:
    """Is the receiver headed by ``token`` named as the giver's relief or counterpart, by its head noun or a word
    before it ("the relieving unit", "the incoming brigade")?"""
    words = lexicon("relief_receiver")
    return token.lemma_.lower() in words or token.lower_ in words or any(
        c.i < token.i and c.dep_ in ("amod", "compound") and c.lower_ in words for c in token.children
    )



def within_a_relief(trigger: Token) -> bool:
    """Is ``trigger`` a clause under a verb whose subject is a relief or a rotation ("A relief in place was carried
    out as the marines handed their trenches ..."), or has it "during" or "in" such a noun ("during the rotation")?"""
    if any(c.dep_ == "prep" and any(o.dep_ == "pobj" and _names_a_relief(o) for o in c.children) for c in trigger.children):
        return True
    if trigger.dep_ not in ("advcl", "conj") or trigger.head.i == trigger.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and _names_a_relief(c) for c in trigger.head.children)


def _names_a_relief(token: Token) -> bool:
    """ "rotation", or "relief" followed by "in place" (not the relief a crowd feels)."""
    words = lexicon("relief_event_noun")
    return token.lemma_.lower() in words or " ".join(t.lower_ for t in token.doc[token.i : token.i + 3]) in words
