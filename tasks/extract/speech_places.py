"""Where someone spoke, named in the sentence of the event spoken of: no place of that event.

"The secretary praised the coalition in a speech in California after the fighters retreated": California is
where the speech was given (``speech_noun.txt``), not where the fighters retreated; so is Port Sudan in "An army
spokesman in Port Sudan described the move as a tactical repositioning" (``speaker_noun.txt``): where he sits.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon


def speech_places(sentence: Span, trigger: Token) -> set[int]:
    """Tokens of the places the sentence names as where a speech, interview or briefing was given, unless the
    event's trigger is part of that speech's phrase ("a speech on the retreat from Kabul")."""
    return {n.i for t in sentence if _where_spoken(t, trigger) for n in t.subtree}


def _where_spoken(token: Token, trigger: Token) -> bool:
    """Is ``token`` the object of a preposition on a noun of speaking ("in a speech in California")?"""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    speech = token.head.head
    inside = speech.left_edge.i <= trigger.i <= speech.right_edge.i
    if speech.pos_ != "NOUN" or inside:
        return False
    if in_lexicon(speech, lexicon("speaker_noun")):  # "a spokesman in Port Sudan"; not "a spokesperson for Edinburgh's Hogmanay"
        return token.head.lower_ in ("in", "at")
    return in_lexicon(speech, lexicon("speech_noun"))
