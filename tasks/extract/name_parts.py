"""Words of a longer proper name that GeoNames also knows as places: "Moi" of "Moi University", "Abu" of
"Abu Sayyaf Group", "University" of "The University of Balochistan". A place only when the name is a
place's (a region: "Kherson Oblast") or the word names a sizeable place ("Izmir Metropolitan Municipality",
"Kano State Police Command": the city the body is named after).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon
from tasks.normalize.geo import gazetteer


def name_head(token: Token) -> Token:
    """The last word of the proper name ``token`` is a part of ("Group" for "Abu" in "Abu Sayyaf Group")."""
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i:
        token = token.head
    return token


def whole_name(token: Token) -> str:
    """The whole proper name ``token`` is a part of, with the compounds of its compounds ("Abu Sayyaf Group")."""
    head = name_head(token)
    start = min([head.i] + [c.left_edge.i for c in head.children if c.dep_ == "compound" and c.i < head.i])
    return head.doc[start : head.i + 1].text


def inside_a_longer_name(token: Token) -> bool:
    """Is ``token`` a word before the head of a longer proper name that is not a place's ("Moi University",
    "Atlético Nacional"; not "Kherson Oblast", "Snake Island")?"""
    head = name_head(token)
    return head.i != token.i and _word(head) not in lexicon("place_suffix")


def a_kind_of_site_alone(token: Token) -> bool:
    """A capitalised noun of a kind of site with no name of its own ("The University of Balochistan", "the
    Stadium"): GeoNames' hamlet called University is not where anything happens."""
    return _word(token) in lexicon("site") and not any(c.dep_ == "compound" for c in token.children)


def _word(token: Token) -> str:
    low = token.lower_
    return low[:-1] if low.endswith("s") and low[:-1] in lexicon("site") else low


def in_operation_name(token: Token) -> bool:
    """Is ``token`` a word of a military operation's name ("troops of Operation Hadin Kai", "Operation Barkhane")?
    The name is a campaign's or its force's, never a place, though GeoNames knows "Kai" (``operation_name_word.txt``)."""
    head = name_head(token)
    start = min([head.i] + [c.left_edge.i for c in head.children if c.dep_ == "compound" and c.i < head.i])
    return head.doc[start].lower_ in lexicon("operation_name_word") and head.i > start


def in_apposed_event_name(token: Token) -> bool:
    """Is ``token`` a word of a proper name whose apposition calls it a festive event or a celebration's part ("the
    Night of Song, the open-air finale of the Riga summer festival", "the Grand Parade, the highlight of the
    carnival")? The name is the event's title, no place, whatever GeoNames holds under "Night" or "Grand"."""
    if not token.text[:1].isupper():
        return False
    heads = [name_head(token)]
    while heads[-1].dep_ == "pobj" and heads[-1].head.lower_ in lexicon("name_connector") | {"of"} and heads[-1].head.head.pos_ == "PROPN":
        heads.append(name_head(heads[-1].head.head))  # "Night" above "Song" in "the Night of Song"
    heads += [g for h in heads[-1:] for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    kinds = lexicon("celebration") | lexicon("celebration_generic") | lexicon("celebration_part")
    return any(c.dep_ == "appos" and c.i > h.i and in_lexicon(c, kinds) for h in heads for c in h.children)


def a_title_of_a_place(span: Span) -> bool:
    """Is ``span`` only a title, dictionary words that are no place before a kind of unit, with the place it names after "of"
    ("The Autonomous District of Abidjan", "the Special Capital District of Jakarta")? The place is the name after
    "of", the title is none."""
    head = span[-1]
    if not in_lexicon(head, lexicon("region_kind") | lexicon("subdivision_kind") | lexicon("settlement_kind")) or len(span) < 2:
        return False
    from tasks.nlp import dictionary_word

    if dictionary_word(head.lower_) is None or any(t.lower_ != "the" and (gazetteer().is_place_name(t.text) or not dictionary_word(t.lower_)) for t in span[:-1]):
        return False  # "the Kherson Region of Ukraine", "the Zabalka district of Toretsk": a name of its own
    return any(g.dep_ == "pobj" and g.pos_ == "PROPN" for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
