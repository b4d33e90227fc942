"""The span of a place name a token belongs to (place_span): the name grown over compounds, hyphens, a kind after
it ("the Black Sea port of Ochakiv"), a title before it, a named site; not a demonym, a state's modifier or a kind
with no name. Read by arguments.py and every module that turns a token into a place.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from tasks.entities import entities, entity_type
from tasks.extract.digest_entries import spaced_dash
from tasks.extract.fest_names import fest_name
from tasks.extract.kind_names import kind_after, kind_named_extent
from tasks.extract.name_parts import a_title_of_a_place, in_apposed_event_name, in_operation_name
from tasks.extract.name_scan import force_acronym, is_country, names_armed_group, names_no_place
from tasks.extract.named_venues import venue_head
from tasks.extract.native_fest_names import in_native_fest_name
from tasks.extract.patterns import lexicon
from tasks.extract.place_tokens import (
    PLACE_LABELS,
    common_noun,
    gazetteer_span,
    in_celebration_name,
    in_document_celebration_name,
    in_festival_name,
    is_open_place,
)
from tasks.extract.reference_points import larger_after_of
from tasks.extract.ship_names import in_ship_name
from tasks.extract.token_classes import name_extent
from tasks.extract.tree import in_lexicon, particle_start
from tasks.extract.unit_names import in_command_name
from tasks.extract.unit_places import force_post, in_unit_name
from tasks.normalize import places
from tasks.normalize.geo import gazetteer


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Side names that are not place names ("russian", "kurds"): never a place. Built on first use."""
    return frozenset({n.text for n in places.side_names()} - {n.text for n in places.place_names()})


def place_span(token: Token) -> Span | None:
    """The place named at ``token``: its gazetteer name or entity, with a following "region"/"oblast"."""
    doc = token.doc
    if token.lower_ in _demonyms() or in_operation_name(token) or in_unit_name(token) or in_ship_name(token) or in_command_name(token):
        return None  # "Russian"; "troops of Operation Hadin Kai", "the Odesa Territorial Defence battalion", "USS Missouri": no place
    if in_apposed_event_name(token):
        return None  # "the Night of Song, the open-air finale of the festival": an event's title
    named = gazetteer_span(token)
    if named is not None and (len(named) > 1 or entity_type(token) not in PLACE_LABELS):
        start, end = named.start, named.end  # the gazetteer knows "Rostov-on-Don" better than the tagger
        wider = name_extent(named.root) if named.root.pos_ == "PROPN" else (start, end)
        if wider[0] < start and end <= wider[1] and gazetteer().is_place_name(doc[wider[0] : max(end, wider[1])].text):
            start, end = wider[0], max(end, wider[1])  # "Mocimboa da Praia", "Tell Abyad": a longer name GeoNames knows, not its last word
    elif entity_type(token) in PLACE_LABELS:
        ent = next((e for e in entities(doc) if e.start <= token.i < e.end), None)
        if ent is None:
            return None
        start, end = ent.start, ent.end
        cuts = [t.i for t in doc[start:end] if t.pos_ == "CCONJ" or t.text == "," or spaced_dash(t)]  # "Robotyne and Verbove": two places; "Tel Aviv - Dozens of ...": a lead
        start = max([c + 1 for c in cuts if c < token.i], default=start)
        end = min([c for c in cuts if c > token.i], default=end)
    elif is_open_place(token):
        start, end = name_extent(token)
    elif kind_after(token) is not None:
        start, end = kind_named_extent(token)  # "in Patikul town", "the Batalik and Mushkoh sectors": a name its kind noun makes a place
    elif (common_noun(token) and in_lexicon(token, lexicon("site") | lexicon("position")) or venue_head(token)) and (namers := _site_namers(token)) and not _kind_of_a_name(token):
        start, end = min(c.left_edge.i for c in namers), token.i + 1  # "the Boulkessi camp", "Al-Watiya air base"
    elif token.pos_ == "NOUN" and in_lexicon(token, lexicon("frontier_noun")) and (states := _state_modifiers(token)):
        start, end = min(c.left_edge.i for c in states), token.i + 1  # "the Israeli border": the edge of a state is a place
    else:
        return None
    start = particle_start(doc, start)  # "Ras al-Ain", not its last word "Ain" (a town in the Emirates)
    end = _hyphen_end(doc, start, end)  # "Hpa-an", not "Hpa"
    if end < len(doc) and doc[end].lower_ in lexicon("place_suffix"):
        end += 1
    if end < len(doc) and doc[end].is_digit and doc[end - 1].text[:1].isupper() and in_lexicon(doc[end - 1], lexicon("position") | lexicon("site")):
        end += 1  # "Hill 262", "Air Base 101": a numbered position is named by its number
    start, end = _named_after(doc, start, end)
    while start < end and doc[start].lower_ == "the":
        start += 1
    if not _named_site(doc[start:end]) and any(in_lexicon(t, lexicon("celebration")) or in_celebration_name(t) or in_festival_name(t) or in_document_celebration_name(t) or fest_name(t) or in_native_fest_name(t) for t in doc[start:end]):
        return None  # "Canada Day", "the Immortal Regiment", "the Tbilisoba festival", "cancelled Tbilisoba": a celebration, not a place
    if start < end and all(t.text.islower() for t in doc[start:end]):
        return None  # "the west bank of the Dnipro": a bank, written as no name (the tagger's LOC), is not the West Bank
    if start < end and names_armed_group(doc[start:end].text):
        return None  # "under fire from Boko Haram": the tagger's GPE is an armed group
    if end - start == 1 and doc[start].lower_ in lexicon("religion_name"):
        return None  # "no basis in Islam": the tagger's GPE is a faith
    if start < end and doc[start:end].text.lower() in lexicon("international_organisation"):
        return None  # "serving outside the African Union mission": an organisation, never a place
    if start < end and a_title_of_a_place(doc[start:end]):
        return None  # "The Autonomous District of Abidjan": a title; the place is the name after "of"
    if start < end and _after_a_title(doc[start:end]):
        return None  # "Major Sydney Carter": a person
    if start < end and names_no_place(doc[start:end].text, doc[end - 1].whitespace_ + doc[end : end + 6].text):
        return None  # "on Telegram", "US$480", "the Kremlin", "Washington's envoy": who or what, not where
    return doc[start:end] if start < end else None



def _hyphen_end(doc, start: int, end: int) -> int:
    """The end of a town's name the tokenizer cut at a hyphen before a lower-case part ("Hpa-an", "Hpa" "-" "an"),
    when GeoNames knows the whole."""
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        if gazetteer().is_place_name(doc[start : end + 2].text):
            return end + 2
    return end


def _site_namers(noun: Token) -> list[Token]:
    """The proper names that name a site or a position noun: its compounds ("the Boulkessi camp"), or a lone name the
    parser made its nominal modifier ("the Kyaukphyu naval base"; not "the Amhara and Afar regions": two places)."""
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if named and (all(is_country(noun.doc[c.left_edge.i : c.i + 1].text) or force_acronym(c.text) or in_lexicon(c, lexicon("military_unit")) for c in named) or force_post(noun)):
        return []  # "northern Syria border posts": sites of a country, which names no site; the country is the place; "an FC camp", "the 22nd Brigade base": whose, not where
    if named:
        return [c for c in noun.children if c.dep_ == "compound"]
    return [c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and in_lexicon(noun, lexicon("site")) and not any(g.dep_ == "conj" for g in c.children)]


def _kind_of_a_name(noun: Token) -> bool:
    """ "the Black Sea port of Ochakiv", "the Red Sea town of Mokha": a kind of place, described by a place it
    lies in or on, whose name follows it after "of" (the construction takes "the") (a town, not a country: "the naval base of Myanmar" stays a base); the words before the kind only
    describe that place, they name no site of their own."""
    if larger_after_of(noun):
        return False  # "the Raghwan district of Marib": the district is the place, Marib where it lies
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False  # "Hawija district of Kirkuk", "Khampat town of Sagaing Region": the name comes first, the kind is its own
    if not any(place_span(t) is not None for c in noun.children if c.dep_ == "compound" for t in c.subtree):
        return False  # "the Pivnichnyi microdistrict of Vuhledar": a name of its own, no place the kind lies in
    named = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return any((span := place_span(g)) is not None and not is_country(span.text) for g in named)


def describes_a_named_kind(token: Token) -> bool:
    """Is ``token`` a word before a kind of place that a name after "of" names (the, Black, Sea of "the Black Sea
    port of Ochakiv")?"""
    head = token
    while head.dep_ in ("compound", "det") and head.head.i > head.i:
        head = head.head
    return head.i != token.i and head.pos_ == "NOUN" and _kind_of_a_name(head)


def _named_after(doc, start: int, end: int) -> tuple[int, int]:
    """A war or a battle is no place: "the Battle of Poltava" is named after its place (Poltava),
    "World War II" after none (an empty extent)."""
    war = next((t for t in doc[start:end] if t.lower_ in lexicon("war_noun")), None)
    if war is None:
        return start, end
    if war.i + 2 < end and doc[war.i + 1].lower_ == "of":
        return war.i + 2, end
    return start, start


def _after_a_title(span: Span) -> bool:
    """Does a person's title open the name, or come just before it ("Major Sydney Carter", "Colonel Paris")?"""
    words = [span[0]] + ([span.doc[span.start - 1]] if span.start > 0 else [])
    return any(t.text[:1].isupper() and t.lower_.rstrip(".") in lexicon("person_title") for t in words)


def _state_modifiers(token: Token) -> list[Token]:
    """The adjectives or names of a state that modify ``token`` ("Israeli", "Belarus" in "the Belarus border")."""
    return [c for c in token.children if c.dep_ in ("amod", "compound") and any(n.kind == "state" for _, _, n in places.find(c.text, "sides"))]


def _named_site(span: Span) -> bool:
    """A name that ends in a capitalised site noun ("Patan Durbar Square", "Basantapur Durbar Square"): a site, though
    a word of it names a celebration elsewhere (the durbar of northern Nigeria's festivals)."""
    return len(span) > 1 and span[-1].text[:1].isupper() and in_lexicon(span[-1], lexicon("site") | lexicon("venue_site"))
