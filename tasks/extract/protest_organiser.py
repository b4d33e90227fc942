"""A march or a rally organised or called off by a union, a party, the opposition or protesters is a protest or a
campaign event, not a festive or commemorative one: "the opposition cancelled the march planned for Friday", "the
union cancelled the rally planned for Independence Day", "the party's May 9 rally". The ontology's
CANCELLED_CELEBRATION counts festive and commemorative public events; a holiday on which a protest falls does not
make it one. The nouns are those that name both (lexicons/protest_form_noun.txt); the organisers are
lexicons/political_organiser.txt, found as the noun's owner or as the subject of the verb whose object it is."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def organisers(noun: Token) -> list[Token]:
    """The owner of the event noun and the subject of the verb it is the object of ("the union cancelled the rally")."""
    found = [c for c in noun.children if c.dep_ == "poss"]
    if noun.dep_ == "dobj":
        found += [c for c in noun.head.children if c.dep_ == "nsubj"]
    return found


def political_organiser(token: Token) -> bool:
    """Is ``token`` a union, a party, the opposition or protesters (by its word or its lemma)?"""
    words = lexicon("political_organiser")
    return token.lower_ in words or token.lemma_.lower() in words


def protest_by_organiser(noun: Token) -> bool:
    """Is ``noun`` a march or a rally owned or called off by a political organiser?"""
    return noun.lower_ in lexicon("protest_form_noun") and any(political_organiser(o) for o in organisers(noun))
