"""People the text names as officers: armed actors.

"General Arthur Percival surrendered", "Field Marshal Friedrich Paulus surrendered": a rank before a name
the recogniser calls a person, or leaves unlabelled after a rank written with its capital ("Private Daniil Orlov",
"Field Marshal Friedrich Paulus"; "General Motors" is an organisation). A rank word that ends another title is
no rank: "Secretary General Antonio Guterres", "Attorney General X" ("Lieutenant General X" is one).
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.patterns import lexicon
from tasks.nlp import dictionary_words, is_dictionary_word


def ranked_person(token: Token) -> bool:
    """A person's name with a military rank among the words before it."""
    if token.pos_ != "PROPN":
        return False
    ranks = [c for c in _words_before(token) if _rank(c)]
    if any(_capitalised_modifier(c) for c in ranks):
        return entity_type(token) in ("PERSON", "")
    named = entity_type(token) == "PERSON" or (entity_type(token) == "" and any(c.is_title for c in ranks))
    if entity_type(token) == "ORG" and ranks and all(c.is_title and c.dep_ == "compound" for c in ranks):
        named = not _firm_name(token, ranks)  # "Field Marshal Paulus", "General Yamashita": read as one organisation
    return any(c.dep_ == "compound" for c in ranks) and named


def _words_before(token: Token) -> list[Token]:
    """The words before a name's last word that hang on it, and the parts of its compounds ("Lieutenant" of
    "Lieutenant Hiroo Onoda" hangs on "Hiroo")."""
    words = [c for c in token.children if c.i < token.i]
    return words + [g for c in words if c.dep_ == "compound" for g in c.children if g.dep_ == "compound" and g.i < c.i]


def _capitalised_modifier(word: Token) -> bool:
    """A rank the parser read as an adjective before the name ("Private Daniil Orlov", "Private" an amod), written
    with its capital as a rank is: not "private citizen John Smith"."""
    return word.dep_ == "amod" and word.is_title


def _rank(word: Token) -> bool:
    ranks = lexicon("military_rank")
    if word.lower_.rstrip(".") not in ranks:
        return False
    before = word.doc[word.i - 1] if word.i > 0 else None
    other_title = before is not None and before.is_title and before.pos_ in ("PROPN", "NOUN")
    return not other_title or before.lower_.rstrip(".") in ranks


def _firm_name(token: Token, ranks: list[Token]) -> bool:
    """ "General Motors", "Admiral Insurance": a rank that opens firms' names (rank_in_company_name.txt) before an
    English word; "Field Marshal Paulus", "General Yamashita" name officers."""
    known = dictionary_words()
    firm_rank = all(c.lower_ in lexicon("rank_in_company_name") for c in ranks)
    return firm_rank and (known is None or is_dictionary_word(token.lower_, known))
