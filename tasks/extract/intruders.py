"""Armed actors named by words that are armed only in a story about a war: intruders and infiltrators ("the last
intruders had been pushed back from the Batalik sector"; elsewhere burglars or trespassers) and the capitalised
coalitions of the world wars ("the Allies had evacuated Anzac Cove"; not "Ukraine's allies"), and loyalists
("Gaddafi loyalists were pushed out of Bani Walid"; elsewhere a party's faithful)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext


def armed_at_war(token: Token, context: DocumentContext) -> bool:
    """Is the token intruders, infiltrators or loyalists in a document about a war, or the capitalised Allies in a document
    that names a force or a word of war at least once (a short wire record of a centenary)?"""
    if _intruder(token):
        return context.military
    return wartime_coalition(token) and context.vocabulary is not None and next(context.vocabulary.military.finditer(context.text), None) is not None


def _intruder(token: Token) -> bool:
    if token.lemma_.lower() in lexicon("armed_intruder") or token.lower_ in lexicon("armed_intruder"):
        return True
    loyal = token.lemma_.lower() in lexicon("armed_loyalist") or token.lower_ in lexicon("armed_loyalist")
    return loyal and not any(c.dep_ in ("compound", "amod", "poss") and c.lower_ in lexicon("loyalist_civil_modifier") for c in token.children)


def wartime_coalition(token: Token) -> bool:
    """ "the Allies", "the Allied evacuation": capitalised inside the sentence (not its first word: "Allies deserted
    the prime minister"), not a Title Case headline's word."""
    capitalised = token.i > token.sent.start and token.text[:1].isupper() and not token.text.isupper()
    headline_case = all(t.text[:1].isupper() for t in token.sent if t.is_alpha and len(t.text) > 3)
    return capitalised and not headline_case and token.lower_ in lexicon("allied_coalition")
