"""Is a token a place? Open-world: gazetteer names, GPE/LOC entities, named sites, proper names
after locative prepositions; and the celebration and force names that look like places but are not.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from tasks.entities import entity_type
from tasks.extract.armed import is_armed
from tasks.extract.context import of_token
from tasks.extract.fest_names import fest_name
from tasks.extract.kind_names import kind_after, swallowed_by_a_date
from tasks.extract.months import month_as_date
from tasks.extract.name_parts import a_kind_of_site_alone, in_apposed_event_name, inside_a_longer_name, name_head, whole_name
from tasks.extract.name_scan import force_acronym
from tasks.extract.native_fest_names import in_native_fest_name
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.person_names import surnames
from tasks.extract.place_examples import example_of_places
from tasks.extract.scanned_places import scanned_as_place
from tasks.extract.ship_names import in_ship_name
from tasks.extract.tree import first_conjunct, in_lexicon, name_text, prep_objects
from tasks.extract.unit_names import designated_company, in_command_name
from tasks.normalize import places
from tasks.normalize.geo import gazetteer

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def gazetteer_span(token: Token) -> Span | None:
    """The gazetteer name that ``token`` is part of, in its sentence ("Krasny Liman", "Rostov-on-Don")."""
    return next((span for span in _gazetteer_spans(token.sent) if span.start <= token.i < span.end), None)


def _gazetteer_spans(sent: Span) -> list[Span]:
    """The gazetteer names of a sentence, found once per sentence and kept with its Doc."""
    key = ("sitrep_gazetteer_spans", sent.start)
    found = sent.doc.user_data.get(key)
    if found is None:
        found = [
            span for a, b, _ in places.find(sent.text, "places")
            if (span := sent.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")) is not None
        ]
        sent.doc.user_data[key] = found
    return found


NOT_PLACE_LABELS = {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}  # the small model's other labels on a rare name are noise


def split_qualifier(token: Token) -> bool:
    """The region or country after a town's comma, parsed as a subject of its own ("The parade in Boston,
    Lincolnshire was halted": "Lincolnshire" beside "parade"): a proper place just after "<place>,"."""
    if token.pos_ != "PROPN" or token.i < 2 or token.doc[token.i - 1].text != ",":
        return False
    before = token.doc[token.i - 2]
    named = is_place(token) or gazetteer().is_place_name(token.text)  # tagged without entities on some lines
    return before.pos_ == "PROPN" and before.dep_ == "pobj" and is_place(before) and named


def is_place(token: Token) -> bool:
    """A named place, open-world: a GPE or LOC entity, a gazetteer name, a named facility that is a
    position ("Azovstal plant"), a proper name after a locative preposition ("retreated from
    Tinzaouaten": the tagger need not know it), or a noun of a part of a place ("the ruins of Lysychansk")."""
    if in_ship_name(token):
        return False  # "aboard USS Missouri": a vessel, not the state
    if in_command_name(token):
        return False  # "the Northeastern Command surrendered": a formation's name, not the region
    if in_native_fest_name(token):
        return False  # "San Roque" of "the Fiestas de San Roque", "Omagari" of "the Omagari Hanabi Taikai": the festival's name
    if in_apposed_event_name(token):
        return False  # "the Night of Song, the open-air finale of the summer festival": an event's title
    if places.find(token.text, "places") or gazetteer_span(token) is not None:
        return True
    if in_document_celebration_name(token) or fest_name(token):
        return False  # "cancelled Tbilisoba" after "Tbilisoba, the city's autumn festival": what, not where
    if token.pos_ == "NOUN" and not in_lexicon(token, lexicon("state_people_noun")) and any(c.dep_ == "compound" and c.pos_ == "PROPN" and is_place(c) for c in token.children):
        return True  # "Kalbajar district", "the Jabalia camp"; not "US troops" (whose they are)
    if token.pos_ == "NOUN" and any(c.dep_ == "compound" and kind_after(c) is not None and kind_after(c).i == token.i for c in token.children):
        return True  # "Kalay township of Sagaing Region": a name its kind noun makes a place, whatever the tagger calls the name
    if in_lexicon(token, lexicon("place_part")) and any(is_place(g) for g in prep_objects(token, {"of"})):
        return True
    if in_lexicon(token, lexicon("place_part") | lexicon("possessed_place")) and (
        any(is_place(g) for g in prep_objects(token, {"of"})) or any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in token.children)
    ):
        return True  # "Deir al-Zour's eastern countryside", "the countryside of Hama", "Kismayo's hinterland": a place's own land
    if common_noun(token) and in_lexicon(token, lexicon("site")) and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper() and not _a_force_name(c) for c in token.children):
        return True  # "the Menagh airbase", "al-Shifa hospital", "the Kyaukphyu naval base": a named site, its name known or not; not "an FC camp", "the 22nd Brigade base" (whose, not where)
    if token.pos_ == "NOUN" and in_lexicon(token, lexicon("site")) and any(c.dep_ == "poss" and c.pos_ == "PROPN" and is_place(c) for c in token.children):
        return True  # "Khartoum's presidential palace", "Omdurman's old market": a site of a named town
    # What the entity recogniser says, last: a line whose places the text alone settles needs none (tasks/entities.py).
    if token.lemma_.lower() in lexicon("site") and entity_type(token) == "FAC":
        return True
    return entity_type(token) in ("GPE", "LOC") or is_open_place(token)


def in_celebration_name(token: Token) -> bool:
    """Is the token part of a celebration's or a holiday's name ("Independence Day", "Mardi Gras", "Canada Day",
    "Independence Night": lexicons/celebration.txt, holiday_name.txt)?"""
    doc, words = token.doc, lexicon("celebration") | lexicon("holiday_name")  # "Independence Night", "Cry of Independence"
    if token.text[:1].isupper() and token.i + 1 < len(doc) and doc[token.i + 1].text in ("Day", "day"):
        return not town_day(token)  # a named day: "Canada Day", "Australia Day", "Russia Day" (a Title Case headline's "day" lower-cased)
    for start in range(max(token.i - 3, 0), token.i + 1):
        for end in range(token.i + 1, min(start + 5, len(doc)) + 1):
            if end - start > 1 and doc[start:end].text.lower() in words:  # as written: "New Year's Eve"
                return True
    return _in_saints_feast(token)


def _in_saints_feast(token: Token) -> bool:
    """Is the token a saint's title or name before the day or feast it names ("the St George's Day parade", "Saint
    Martin's Day"; lexicons/saint_title.txt, saint_feast_noun.txt), not the town named after the saint ("St George,
    Utah", "the San Sebastian carnival")?"""
    doc, titles = token.doc, lexicon("saint_title")
    start = next((i for i in range(token.i, max(token.i - 3, -1), -1) if doc[i].lower_ in titles and doc[i].text[:1].isupper()), None)
    if start is None:
        return False
    end = start + 1
    while end < len(doc) and end - start < 4 and doc[end].text[:1].isupper() and doc[end].lower_ not in lexicon("saint_feast_noun"):
        end += 1
    if not start < token.i + 1 <= end or end == start + 1:
        return False
    if end < len(doc) and doc[end].tag_ == "POS":
        end += 1  # "St George's Day"; not "the San Sebastian carnival", the town's
    return end < len(doc) and doc[end].lower_ in lexicon("saint_feast_noun")


def common_noun(token: Token) -> bool:
    """A noun, or a lower-case word the tagger called a proper noun after a name ("the Chornobaivka airfield")."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower())


def is_open_place(token: Token) -> bool:
    """A capitalised proper noun governed by a locative preposition or left by a verb ("fled Bama"), that names no side."""
    capitalised_noun = token.pos_ == "NOUN" and token.i > token.sent.start and token.text[:1].isupper()  # "fled Sake": tagged a noun
    if (token.pos_ != "PROPN" and not capitalised_noun) or not token.text[:1].isupper():
        return False
    if token.is_alpha and (token.like_num or token.dep_ == "nummod"):
        return False  # "in the final Hundred Days": a count in words, whatever GeoNames holds under it (not "Air Base 201")
    if _named_by_its_kind(token):
        return not places.find(name_text(token), "sides")  # "the island of Socotra", whatever the tagger calls it
    if token.lower_ in lexicon("military_status"):
        return False  # "went AWOL": a serviceman's status, not the place he left
    if month_as_date(token):
        return False  # "the fireworks display on 9 May": a date, not a place
    if swallowed_by_a_date(token):
        return not places.find(name_text(token), "sides")  # "near Hadrut weeks earlier": the recogniser's DATE took the name
    if (entity_type(token) in NOT_PLACE_LABELS and not _a_town_tagged_a_people(token)) or token.lower_ in lexicon("portfolio"):
        return False  # "the Culture Ministry": a portfolio, not a hamlet GeoNames knows
    if in_celebration_name(token) or fest_name(token) or in_native_fest_name(token):
        return False  # "Independence" of Independence Day is not the town in Missouri; "Bluesfest" is a festival
    if in_lexicon(name_head(token), lexicon("military_unit")) or name_head(token).lower_ in lexicon("force_name_head") or designated_company(name_head(token)):
        return False  # "the 33rd Light Infantry Division", "units of the Defence Forces", "the 3rd Company": a force, not a place
    if _named_for_a_formation(token):
        return False  # "Lee's Army of Northern Virginia retreated": the army's name, not where it retreated
    if _acronym_of_a_force(token):
        return False  # "SNA soldiers fled the town": the Somali National Army, not a hamlet GeoNames knows as SNA
    if places.find(name_text(token), "sides") or places.find(whole_name(token), "sides"):
        return False  # "Abu" of "Abu Sayyaf fighters" or of "the Abu Sayyaf Group" is no town in India
    if _a_persons_name(token):
        return False  # "Lieutenant Hiroo Onoda ... On March 10 Onoda surrendered": the man, not the Japanese town
    if a_kind_of_site_alone(token):
        return False  # "The University of Balochistan": not the hamlet called University
    if gazetteer().is_place_name(name_text(token)) and (entity_type(token) != "PERSON" or _names_an_area(token) or scanned_as_place(token) or _listed_with_a_place(token) or example_of_places(token)):
        if _in_name_of_celebration(token) or inside_a_longer_name(token):  # "Harvest Moon Festival", "Moi University": not the hamlets; "Sydney Festival": Sydney
            return names_a_sizeable_place(token)
        return True  # GeoNames knows it: "Tinzaouaten", "Bulo Burde"
    first = first_conjunct(token)  # "withdrew from Singa, Sennar and Dinder": the last of a list stands where the first does
    if first.i != token.i and not _listed_with_a_place(token):
        first = token  # "Pitch Music & Arts", "Street Party, Concert in the Gardens": a list of no places
    head = first.head
    if first.dep_ in ("dobj", "oprd"):  # 'had "left Ber in good order': after a quotation mark the parser may read the object as a predicate
        return head.pos_ == "VERB"
    if first.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lexicon("compass_point"):
        return True  # "withdrew from positions east of Hryhorivka": a compass point places from a place, known or not
    if example_of_places(token) and not token.is_stop:
        return True  # "from several towns along the border, including Chinshwehaw": a town GeoNames lacks, given as an example of towns
    return first.dep_ == "pobj" and head.lower_ in lexicon("prep_location") | lexicon("prep_motion_place")


def _named_for_a_formation(token: Token) -> bool:
    """Is the name at ``token`` the "of" part of a formation's proper name, after a capitalised unit noun ("the Army of
    Northern Virginia", "the Army of the Potomac", "the Corps of Royal Engineers")? Part of the force's name, as "the 33rd
    Light Infantry Division" is; where the force stood is told elsewhere."""
    node = token
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    preposition = node.head
    if node.dep_ != "pobj" or preposition.lower_ != "of" or preposition.i != preposition.head.i + 1:
        return False
    unit = preposition.head
    return unit.text[:1].isupper() and in_lexicon(unit, lexicon("military_unit"))


def _a_force_name(token: Token) -> bool:
    """A force's acronym or a unit's name ("FC", "22nd Brigade", "Infantry Division") before a site noun: the site's holder."""
    return force_acronym(token.text) or in_lexicon(token, lexicon("military_unit"))


def _acronym_of_a_force(token: Token) -> bool:
    """An upper-case acronym before an armed noun ("SNA soldiers", "FARDC troops"): the force's own name (an army the
    side data leave without a code because its letters name two, as the Somali and Syrian National Armies), not a
    place, unless it names a country ("US troops")."""
    if not force_acronym(token.text):
        return False
    if token.dep_ == "compound" and token.head.i > token.i:
        return is_armed(token.head, load_lexicons())
    owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return owner is not None and is_armed(owner, load_lexicons())  # "the separatist fighters of the CSP": the coalition's name


def _a_persons_name(token: Token) -> bool:
    """Is ``token`` a subject or an owner the document writes elsewhere as a person's family name, never after a
    preposition of place (person_names.surnames: "Lieutenant Hiroo Onoda", then "Onoda surrendered")? Where a name
    stands as a preposition's object, the preposition decides ("from the Radio and Television Corporation")."""
    document, _ = of_token(token)
    return document is not None and token.dep_ in ("nsubj", "nsubjpass", "appos", "poss") and name_text(token) in _surnames(document.text)


@lru_cache(maxsize=4)
def _surnames(text: str) -> frozenset[str]:
    return surnames(text)


def _listed_with_a_place(token: Token) -> bool:
    """A name conjoined after a place that GeoNames knows ("in Goma, Sake and Bukavu"): a town of the list, whatever
    the tagger calls it ("Goma" read as a person at the end of a list)."""
    first = first_conjunct(token)
    if first.i == token.i or first.dep_ not in ("pobj", "dobj"):
        return False
    before, node = [], token.head
    while True:  # every name before it in the list is a place ("Hogmanay Street Party, Concert in the Gardens": no list of places)
        before.append(node)
        if node.i == first.i:
            break
        node = node.head
    return all(gazetteer_span(t) is not None or entity_type(t) in ("GPE", "LOC") or gazetteer().is_place_name(name_text(t)) for t in before)


def _a_town_tagged_a_people(token: Token) -> bool:
    """ "withdrew from Kidal", "pulled out of Omdurman": the small model calls many rare town names NORP, a
    people. A singular name that is itself the object left or the object of a preposition and that names no
    side is read on as a name (GeoNames, or its preposition), not as a people ("Russians", "the Kurds", a
    "Russian" modifier stay people)."""
    return (
        entity_type(token) == "NORP" and token.tag_ == "NNP" and token.dep_ in ("pobj", "dobj", "poss")
        and not token.lower_.endswith("s") and not places.find(name_text(token), "sides")
    )


def _names_an_area(token: Token) -> bool:
    """A name that modifies a noun of a region ("the Amhara and Afar regions", "Kherson oblast"), whatever the tagger calls it."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("compound", "nmod", "amod") and in_lexicon(token.head, lexicon("place_suffix"))


def _named_by_its_kind(token: Token) -> bool:
    """ "the island of Socotra", "the village of Robotyne": a name after "of" and a noun of a kind of place."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in lexicon("settlement_kind")


def town_day(token: Token) -> bool:
    """ "Lexington" of "the Lexington Day Parade": a town's own day, no holiday the lexicons name ("Columbus Day",
    "Mandela Day", "Kyiv Day": lexicons/holiday_name.txt), nor a country's or a region's ("Canada Day", "Victoria Day");
    the town is where it is held."""
    name = token.lower_ + " day"
    if name in lexicon("holiday_name") or name in lexicon("celebration") or token.dep_ != "compound" or token.i > 0 and token.doc[token.i - 1].dep_ == "compound" and token.doc[token.i - 1].head.i == token.i:
        return False
    town = gazetteer().resolve(token.text)  # a town of that very name ("Lexington"); not a region ("Victoria") nor another name of one ("Africa")
    return town is not None and town.kind == "city" and town.name == token.text and names_a_sizeable_place(token) and not force_acronym(token.text)


def names_a_sizeable_place(token: Token) -> bool:
    """GeoNames knows the name at ``token`` as a region, a country or a town big enough to be named for itself."""
    return gazetteer().sizeable(name_text(token))


def in_festival_name(token: Token) -> bool:
    """A word of a celebration's proper name that is no sizeable place: "Tbilisoba" of "the Tbilisoba
    festival", "Harvest" of "Harvest Moon Festival" (not "Sydney" of "Sydney Festival")."""
    return _in_name_of_celebration(token) and not names_a_sizeable_place(token)


def _in_name_of_celebration(token: Token) -> bool:
    """A word of a proper name whose head is a celebration noun: "Harvest" in "Harvest Moon Festival"."""
    node = token
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
        if in_lexicon(node, lexicon("celebration")):
            return True
    return False


def in_document_celebration_name(token: Token) -> bool:
    """Is the token a word of a name its document gave a celebration, which GeoNames knows neither as a whole nor
    by the word ("Tbilisoba", "Feile an Phobail"; not "Coachella", a town too, nor "Louisville" of "Thunder Over
    Louisville")? Only where the document has such names."""
    document, offset = of_token(token)
    if document is None or not token.text[:1].isupper() or not document.celebrations.names:
        return False
    name = document.celebrations.name_covering(offset, offset + len(token.text))
    return name is not None and not document.celebrations.names[name[2]] and gazetteer_span(token) is None and not gazetteer().is_place_name(token.text)
