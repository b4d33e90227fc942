"""Names given as examples of a plural of places: "in five flood-hit districts, including Dhemaji and Lakhimpur",
"from several towns such as Konduga and Bama". Each is a place of the event (one row per place), whatever the
tagger calls it (it often reads a small town as a person).
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import first_conjunct, in_lexicon


def example_of_places(token: Token) -> bool:
    """Is ``token`` (or the first name of its list) the object of "including" or "such as" after a plural noun of
    places ("districts", "towns", "provinces")?"""
    first = first_conjunct(token)
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in lexicon("prep_example"):
        return False
    if prep.lower_ == "as" and (prep.i == 0 or prep.doc[prep.i - 1].lower_ != "such"):
        return False  # "as" only after "such"
    return any(_plural_of_places(noun) for noun in _listed_nouns(prep))


def _plural_of_places(noun: Token) -> bool:
    kinds = lexicon("settlement_kind") | lexicon("region_kind") | lexicon("subdivision_kind")
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and in_lexicon(noun, kinds)


def _listed_nouns(prep: Token) -> list[Token]:
    """The nouns the examples may belong to: the head of "including" or of "such", and the word just before it and
    its comma (the parser often hangs "including" on an earlier noun: "cancelled celebrations in five districts,
    including ..."), and the noun a place phrase ending there describes ("several towns along the border, including")."""
    head = prep.head.head if prep.head.lower_ == "such" else prep.head
    i = prep.i - 1
    while i >= 0 and prep.doc[i].text in (",", "such"):
        i -= 1
    owner = [head.head.head] if head.dep_ == "pobj" and head.head.dep_ == "prep" else []  # "several towns along the border, including X": the towns
    return [head] + ([prep.doc[i]] if i >= 0 else []) + owner
