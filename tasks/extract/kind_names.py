"""Places named in a way the gazetteer or the recogniser miss: a name before a noun of its kind ("in Patikul
town", "the Batalik and Mushkoh sectors", "Guaviare department"), and a name the recogniser folded into a date
with the time words after it ("near Hadrut weeks earlier")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.name_parts import name_head, whole_name
from tasks.extract.name_scan import is_calendar_name
from tasks.extract.patterns import lexicon
from tasks.normalize.geo import gazetteer

NOT_A_PLACE_BY_KIND = {"PERSON", "ORG", "NORP"}  # "the Trump camp", "the Wagner base": whose, unless GeoNames knows the name


def _is_kind_noun(token: Token) -> bool:
    """A lower-case noun of a kind of place ("town", "sectors"), also one the parser read as an adjective of the compass
    point after it ("the al-Kasara front north-west of Marib")."""
    misread = token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.lower_ in lexicon("compass_point")
    return (token.pos_ == "NOUN" or misread) and token.text.islower() and (token.lemma_.lower() in lexicon("place_kind_after_name") or token.lower_ in lexicon("place_kind_after_name"))


def _name_top(token: Token) -> Token:
    """The last word of the first of the conjoined names ``token`` is part of ("Batalik" for "Mushkoh" in "the Batalik and Mushkoh sectors")."""
    token = name_head(token)
    while token.dep_ == "conj" and token.head.i < token.i:
        token = name_head(token.head)
    return token


def kind_after(token: Token) -> Token | None:
    """The noun of a kind of place the proper name at ``token`` is written before: its head ("Datu Piang town",
    "the Batalik and Mushkoh sectors") or the next word ("in Patikul town", parsed as an apposition elsewhere)."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or is_calendar_name(token.text):
        return None
    top = _name_top(token)
    head = top.head
    if top.dep_ in ("compound", "nmod", "amod") and head.i > top.i and _is_kind_noun(head):
        noun = head
    elif top.i + 1 < len(top.doc) and _is_kind_noun(top.doc[top.i + 1]) and top.doc[top.i + 1].head.i != top.i:
        noun = top.doc[top.i + 1]
    else:
        return None
    if entity_type(token) in NOT_A_PLACE_BY_KIND and noun.lower_ not in lexicon("front_kind") and not gazetteer().is_place_name(whole_name(token)) and not _lies_in_a_place(noun) and not _governed_settlement(noun) and not _listed_with_a_known_place(top, noun):
        return None  # "the Trump camp": a person's side
    return noun


def _listed_with_a_known_place(top: Token, noun: Token) -> bool:
    """ "the Martakert and Martuni districts": names listed before a plural kind noun, one of them a place GeoNames
    knows, are all places of that kind, whatever the tagger calls the others."""
    names = [top] + [c for c in top.subtree if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return noun.tag_ == "NNS" and len(names) > 1 and any(gazetteer().is_place_name(whole_name(n)) for n in names)


def _governed_settlement(noun: Token) -> bool:
    """ "the Hsihseng town council", "the Kawlin township administration": a settlement noun on the name of a town's own
    office (lexicons/municipal_office.txt) says the name before it is a town, whatever the tagger calls it."""
    return noun.lemma_.lower() in lexicon("settlement_kind") and noun.dep_ == "compound" and noun.head.lower_ in lexicon("municipal_office")


def _lies_in_a_place(noun: Token) -> bool:
    """ "Mindat township of Chin State", "Namhsan township in northern Shan State": a kind noun (not a camp or a base)
    whose "of" or "in" names a place GeoNames knows says the name before it is a place in that place, whatever the
    tagger calls the name."""
    if noun.lemma_.lower() not in lexicon("settlement_kind") | lexicon("subdivision_kind") | lexicon("region_kind"):
        return False
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")]
    preps += [t for t in noun.doc[noun.i + 1 : noun.i + 2] if t.dep_ == "prep" and t.lower_ == "in" and t.head.i != noun.i]  # the "in" hung on the verb
    named = [g for c in preps for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return any(gazetteer().is_place_name(whole_name(g)) for g in named)


def unlisted_place_in_clause(token: Token, trigger: Token) -> bool:
    """A name a kind noun makes a place ("in Patikul town") or a date swallowed ("near Hadrut weeks earlier"), in the
    trigger's own clause: the nearest verb above it is the trigger (not "placing a burden on the al-Hawl refugee camp")."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i == trigger.i and (kind_after(token) is not None or swallowed_by_a_date(token) or _after_its_kind(token))


def _after_its_kind(token: Token) -> bool:
    """A proper name after "<kind> of" ("the Omdurman district of Karari", "the town of Zinjibar")."""
    return token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ == "of" and _is_kind_noun(token.head.head)


def kind_named_extent(token: Token) -> tuple[int, int]:
    """``(start, end)`` of the proper name at ``token`` that a noun of its kind follows ("Datu Piang" of "Datu Piang town")."""
    top = name_head(token)
    start = min([top.i] + [c.left_edge.i for c in top.children if c.dep_ == "compound" and c.i < top.i])
    return start, top.i + 1


def swallowed_by_a_date(token: Token) -> bool:
    """A proper name the recogniser folded into the date after it ("near Hadrut weeks earlier", "from Lere last month"), in a phrase of place."""
    if entity_type(token) != "DATE" or token.pos_ != "PROPN" or not token.text[:1].isupper() or is_calendar_name(token.text):
        return False
    after = token.i + 1
    while after < min(len(token.doc), token.i + 3) and token.doc[after].lower_ in lexicon("time_deictic"):
        after += 1  # "from Lere last month", "near Kidal early next year"
    nxt = after < len(token.doc) and token.doc[after]
    if not nxt or (nxt.lemma_.lower() not in lexicon("time_after_name") and nxt.lower_ not in lexicon("time_after_name")):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None  # "near Hadrut weeks earlier": the preposition left with no object
    prep = next((a for a in token.ancestors if a.dep_ == "prep" or a.pos_ == "ADP"), before)
    return prep is not None and prep.lower_ in lexicon("prep_location") | lexicon("prep_town")
