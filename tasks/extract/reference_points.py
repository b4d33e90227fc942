"""Places named only to say where another place lies: "Ardamata, near El Geneina", "Bunia, the largest town in
Ituri", "near the border with Pakistan". The place of the event is the one they describe, never they.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.name_parts import whole_name
from tasks.extract.patterns import lexicon
from tasks.extract.place_tokens import is_place
from tasks.extract.tree import in_lexicon
from tasks.normalize.geo import gazetteer


def describes_another_place(token: Token, trigger: Token) -> bool:
    """Is the name at ``token`` a reference point for another place, not where the event at ``trigger`` happened?"""
    return _across_a_border(token) or _in_apposition_of_a_place(token, trigger) or _near_a_place_named_before(token) or _the_larger_of_a_kind(token) or _possessor_of_a_place(token) or _region_after_a_named_kind(token) or _measured_from(token)


def _measured_from(token: Token) -> bool:
    """ "moved into the town, about six kilometres from Metula": a distance set off by a comma, measured from the name
    (lexicons/distance_unit.txt), says where the place before it lies; not "pulled back two kilometres from Bakhmut"."""
    head = _name_head(token)
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "from":
        return False
    units = [c for c in prep.children if c.dep_ == "npadvmod" and c.lower_ in lexicon("distance_unit") and any(n.dep_ == "nummod" for n in c.children)]
    return any(u.left_edge.i > 0 and u.doc[u.left_edge.i - 1].text == "," for u in units)


def _region_after_a_named_kind(token: Token) -> bool:
    """ "in Namhsan township in northern Shan State", "the Kyauktaw township in Rakhine State": a region or a country
    named with "in" right after a place written with its kind noun only says where that place lies, wherever the
    parser hangs the "in" (on the kind noun or on the verb)."""
    head = _name_head(token)
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "in" or prep.i < 1:
        return False
    kind = token.doc[prep.i - 1]
    named = kind.pos_ == "NOUN" and in_lexicon(kind, lexicon("settlement_kind") | lexicon("subdivision_kind")) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kind.children)
    wider = gazetteer().resolve(whole_name(head))
    return named and wider is not None and wider.precision in ("admin1", "country")


def _possessor_of_a_place(token: Token) -> bool:
    """ "southern Gaza's Khan Younis", "Sagaing region's Kawlin", "Aleppo's Sheikh Maqsoud neighbourhood": a place whose possessive only says where the named
    place after it lies (not "Gaza's ceasefire": no place follows)."""
    head = _name_head(token)
    if head.dep_ != "poss" or head.head.i <= head.i:
        return False
    owned = head.head
    if _is_kind(owned):  # "Aleppo's Sheikh Maqsoud neighbourhood": a part the compounds name
        return any(c.dep_ == "compound" and c.text[:1].isupper() for c in owned.children)
    if in_lexicon(owned, lexicon("settlement_kind") | lexicon("region_kind")):
        return False  # "Mosul's Old City": a part named by a kind needs its city
    return owned.pos_ == "PROPN" and owned.text[:1].isupper() and (is_place(owned) or gazetteer().is_place_name(whole_name(owned)))  # "Kawlin", read as a person


def _the_larger_of_a_kind(token: Token) -> bool:
    """ "the Omdurman district of Karari" (Karari, a district of Omdurman), "the Karari district of Omdurman": of the
    two names around "<kind> of", the one GeoNames knows as a sizeable place, when the other is not, only says where
    the other lies."""
    head = _name_head(token)
    if head.dep_ in ("amod", "compound", "nmod") and _is_kind(head.head):
        kind, other = head.head, next((g for p in head.head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and _is_kind(head.head.head):
        kind = head.head.head
        other = next((c for c in kind.children if c.dep_ in ("amod", "compound", "nmod") and c.i < kind.i and c.text[:1].isupper()), None)
    else:
        return False
    if other is None or not other.text[:1].isupper():
        return False
    return kind is not None and gazetteer().sizeable(whole_name(head)) and not gazetteer().sizeable(whole_name(_name_head(other)))


def larger_after_of(kind: Token) -> bool:
    """ "the Raghwan district of Marib", "the Salha district of Omdurman": a part of a city or region whose own name
    comes before the kind, when GeoNames knows the name after "of" as a sizeable place and the name before it not:
    the place after "of" only says where the part lies (not "the Black Sea port of Ochakiv": a port is no part)."""
    if not _is_kind(kind):
        return False
    before = next((c for c in kind.children if c.dep_ in ("amod", "compound", "nmod") and c.i < kind.i and c.text[:1].isupper()), None)
    after = next((g for p in kind.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
    if before is None or after is None or not after.text[:1].isupper():
        return False
    return gazetteer().sizeable(whole_name(_name_head(after))) and not gazetteer().sizeable(whole_name(_name_head(before)))


def _is_kind(token: Token) -> bool:
    """A noun of a part of a city or region ("district", "sector"), not of a town ("the Gaza city of Khan Younis")."""
    return token.pos_ == "NOUN" and in_lexicon(token, lexicon("subdivision_kind"))


def _across_a_border(token: Token) -> bool:
    """ "near the border with Pakistan", "close to the frontier with Uganda", "along the border with": the state on the other side of a border
    that only says where the event's place lies (not "withdrew troops from the border with Ukraine": the border is the place)."""
    head = _name_head(token)
    if head.dep_ != "pobj" or head.head.lower_ != "with" or not in_lexicon(head.head.head, lexicon("frontier_noun")):
        return False
    border = head.head.head
    prep = border.head if border.dep_ == "pobj" else border
    if prep.lower_ not in lexicon("prep_nearness") and prep.dep_ == "prep" and prep.head.lower_ in lexicon("prep_nearness"):
        prep = prep.head  # "close to the border": "to" under "close"
    return prep.lower_ in lexicon("prep_nearness") | lexicon("prep_on_frontier")  # "villages along the border with Pakistan"


def _in_apposition_of_a_place(token: Token, trigger: Token) -> bool:
    """ "Bunia, the largest town in Ituri", "Goma, the capital of North Kivu": a place in an apposition that
    describes a named place, when the event is not told inside the apposition ("Mariupol, the city where the
    garrison surrendered")."""
    for a in token.ancestors:
        if a.dep_ == "appos" and a.pos_ == "NOUN" and is_place(a.head) and not (a.left_edge.i <= trigger.i <= a.right_edge.i):
            return True
    return False


def _near_a_place_named_before(token: Token) -> bool:
    """ "at Ardamata, near El Geneina": a phrase of nearness set off by a comma right after a named place."""
    head = _name_head(token)
    prep = head.head
    while prep.dep_ in ("pobj", "pcomp", "prep") and prep.lower_ not in lexicon("prep_nearness") and prep.head.i != prep.i:
        prep = prep.head
    if prep.lower_ not in lexicon("prep_nearness") or prep.i < 2:
        return False
    doc = token.doc
    return doc[prep.i - 1].text == "," and doc[prep.i - 2].pos_ == "PROPN" and is_place(doc[prep.i - 2])


def _name_head(token: Token) -> Token:
    """The last word of the name ``token`` is part of ("Fasher" of "El Fasher")."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token
