"""Whose event a possessive pronoun says: "German troops have completed their departure from Mali".

An event noun with "their" or "its" before it, as the object of a verb of completing or beginning, belongs
to that verb's subject: the troops who completed their departure are the ones who departed. So it does after a
verb that puts it off, but then it has not happened ("the French soldiers delayed their departure from Mali":
event_noun_mood.put_off makes it future). Not after any other verb ("boarded their flight"; lexicons/verb_complete.txt,
verb_postpone.txt). A side announcing or declaring its own departure, with "its" or with no determiner in a
headline ("Wagner Announces Departure From Mali"), is the one that departs (lexicons/verb_announce_own.txt).
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def possessor_subject(noun: Token) -> list[Token]:
    """The subject of the verb whose object ``noun`` is, when a possessive pronoun stands for it."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon("verb_announce_own") and not any(c.dep_ in ("det", "poss") and c.lower_ not in lexicon("pronoun_possessive") for c in noun.children):
        return [c for c in noun.head.children if c.dep_ == "nsubj"]  # "Wagner announced its departure", "Wagner Announces Departure"
    if noun.dep_ != "dobj" or not any(c.dep_ == "poss" and c.lower_ in lexicon("pronoun_possessive") for c in noun.children):
        return []
    if noun.head.lemma_.lower() not in lexicon("verb_complete") | lexicon("verb_postpone"):
        return []  # "US troops boarded their flight": no event of theirs the verb tells of
    return [c for c in noun.head.children if c.dep_ == "nsubj"]
