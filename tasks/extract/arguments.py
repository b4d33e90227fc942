"""Arguments of an event: actor and side, location, date (its source: sources.py)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from tasks.entities import entities, entity_type
from tasks.extract.accusation import judging_verb
from tasks.extract.advance_goal import advance_goals
from tasks.extract.captives import where_kept
from tasks.extract.carried_out import kept_deeds
from tasks.extract.celebration_towns import town_in_the_name
from tasks.extract.context import names_in
from tasks.extract.digest_entries import spaced_dash
from tasks.extract.fest_names import fest_name
from tasks.extract.kind_names import kind_after, kind_named_extent, unlisted_place_in_clause
from tasks.extract.leavers import place_left_by_the_leavers
from tasks.extract.name_parts import a_title_of_a_place, in_apposed_event_name, in_operation_name
from tasks.extract.name_scan import is_country, names_armed_group, names_no_place
from tasks.extract.named_venues import named_venue, venue_head
from tasks.extract.namesake_towns import namesake_tokens
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
from tasks.extract.reference_points import describes_another_place, larger_after_of
from tasks.extract.relative_goal import goal_of_relative
from tasks.extract.roles import arrived
from tasks.extract.scene import scene_objects
from tasks.extract.ship_names import in_ship_name
from tasks.extract.state_speaker import possessed_place
from tasks.extract.token_classes import name_extent
from tasks.extract.town_region import holds_another
from tasks.extract.tree import first_conjunct, in_lexicon, in_parentheses, particle_start, phrase, prep_objects, with_conjuncts
from tasks.extract.unit_names import in_command_name
from tasks.extract.unit_places import in_unit_name
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
    if named and all(is_country(noun.doc[c.left_edge.i : c.i + 1].text) for c in named):
        return []  # "northern Syria border posts": sites of a country, which names no site; the country is the place
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


def _describes_a_named_kind(token: Token) -> bool:
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


def _located_in_own_clause(span: Span, trigger: Token) -> bool:
    """Is the place in the trigger's own clause after a preposition of location ("said two militants surrendered
    during a gunfight in Kulgam"), not in the speaker's ("police in Kashmir said") nor a destination ("toward")?"""
    return span.root.head.lower_ in lexicon("prep_location") and any(a.i == trigger.i for a in span.root.ancestors)


def _rank(span: Span) -> int:
    """Smaller is more specific: a site, then a city or region, then a country."""
    if is_country(span.text):
        return 2
    if span.label_ == "FAC" or any(t.lower_ in lexicon("site") for t in span) or _village(span.root) or named_venue(span):
        return 0
    return 1


def _village(token: Token) -> bool:
    """ "the village of Pishchane": a place its sentence names as a village, finer than a district; not one item of a
    list of places ("at Bama, Gwoza and the village of Ngoshe": the list ranks its places alike)."""
    noun = token.head.head
    listed = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
    return token.dep_ == "pobj" and token.head.lower_ == "of" and noun.lower_ in lexicon("village_kind") and not listed


def _elsewhere(token: Token, trigger: Token) -> bool:
    """A place that is the object of another verb ("regions bordering Ukraine"), the other side of
    a conflict ("amid the conflict with Ukraine", "the war against Russia"), a destination or a
    beneficiary ("headed back to Israel", "signed for Germany") is not where the event happened."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != token.i and _elsewhere(first, trigger):
        return True  # "a signal to Israel and the US": the second of two addressees too
    if token.dep_ == "pobj" and token.head.lower_ in lexicon("prep_opposed") and in_lexicon(token.head.head, lexicon("opponent_noun")):
        return True
    if partner_with(token):
        return True  # "in solidarity with Gaza": the partner, not the place
    goal = _place_noun_of(token)
    if goal.dep_ == "pobj" and goal.head.lower_ in lexicon("prep_elsewhere"):
        return True  # "headed back to Israel", "fled toward the Messalo river", "to the town of Zinjibar": a destination or a beneficiary
    if _part_of_a_goal(goal):
        return True  # "fled towards the border and the shores of Lake Kivu": the lake's shore is where they went
    if goal_of_relative(token, trigger):
        return True  # "Idlib province, to which the rebels are fleeing": where they go
    if _describes_a_named_kind(token):
        return True  # "the Black Sea port of Ochakiv": the sea says where the port lies, Ochakiv is the place
    if _home(token) or _reference_point(token) or _crossed(token) or where_kept(token):
        return True  # "hostages held in Gaza": where they are kept
    if describes_another_place(token, trigger):
        return True  # "Ardamata, near El Geneina", "near the border with Pakistan": where another place lies
    return (
        token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.i != trigger.i
        and token.head.dep_ in ("acl", "relcl", "amod")
    )


def _planned_venues(obj: Token) -> list[Token]:
    """Where a participle on the object says it was to be ("the parade planned for June 25 in Pemba", "functions
    scheduled for Independence Day in Quetta"): the objects of locative prepositions in that clause; and the venue
    a participle or a passive relative clause of plan is held at or on ("the carnival planned on Hill Cart Road",
    "celebrations that had been planned at Kabiruini grounds"; lexicons/prep_planned_venue.txt), or that its relative
    clause of holding puts it at ("the Holi celebration it organises every year at Basantapur Durbar Square"), its own
    preposition only (not "which was set to start at Riverdale High School": where a route begins)."""
    clauses = [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    where = lexicon("prep_town") - lexicon("prep_town_after_kind")  # "in Pemba", "near Quetta"; not "from" (whence), "of"
    found = [t for clause in clauses for t in clause.subtree if t.dep_ == "pobj" and t.head.lower_ in where]
    planned = clauses + [c for c in obj.children if c.dep_ == "relcl" and c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children)]
    planned += [c for c in obj.children if c.dep_ == "relcl" and c.lemma_.lower() in lexicon("trigger_hold_verb") and c not in planned]  # "the Holi celebration it organises every year at Basantapur Durbar Square"
    venue = lexicon("prep_planned_venue")
    return found + [o for clause in planned for p in clause.children if p.dep_ == "prep" and p.lower_ in venue for o in p.children if o.dep_ == "pobj" and o not in found]


def _place_noun_of(token: Token) -> Token:
    """The noun a name is part of: "river" for "Messalo" in "the Messalo river", "town" for "Zinjibar" in "the
    town of Zinjibar" (a noun of a kind of place before "of"); the name itself otherwise."""
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" and in_lexicon(head.head.head, lexicon("settlement_kind") | lexicon("site")):
        return head.head.head
    return head


def _part_of_a_goal(token: Token) -> bool:
    """Is ``token`` named in an of-phrase of a noun that is a goal, or a conjunct of one ("towards the border and the
    shores of Lake Kivu", "to the outskirts of Kharkiv")? Not a part entered ("retreated into the jungle of Guaviare
    department": the department is where they went on fighting)."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
        token = token.head.head
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ in lexicon("prep_elsewhere") - {"into", "onto"}:
            return True
    return False


def _crossed(token: Token) -> bool:
    """A body of water moved across or over ("withdrew across the Dnipro", "over the Dnipro River"): the route,
    not where the event happened. The name takes the article and the places table knows it as a town or a
    feature (a river the gazetteer knows as a town), or it ends in a water noun; not a region ("across the Donbas")."""
    head = token
    while head.dep_ in ("compound", "det") and head.head.i != head.i:  # "the", "Dnipro" of "the Dnipro River"
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in lexicon("prep_route"):
        return False
    if head.lower_ in lexicon("water_body"):
        return True
    if not any(c.dep_ == "det" and c.text == "the" for c in head.children):
        return False
    name = head.doc[min([head.i, *(c.left_edge.i for c in head.children if c.dep_ == "compound")]) : head.i + 1].text
    known = [n.kind for _, _, n in places.find(name, "places")]
    return bool(known) and all(kind in ("city", "feature", "river") for kind in known)


def _home(token: Token) -> bool:
    """ "The Pskov-based 76th Division", "a Kyiv-born officer": where a unit or a person is from, not where its event happened."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in lexicon("origin_suffix")


def _reference_point(token: Token) -> bool:
    """ "Kibumba, north of Goma": a place that only says where another named place lies (not "villages north of Kharkiv")."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head  # "Manipur" of "the Manipur river"
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    direction = token.head.head
    if direction.lower_ not in lexicon("compass_point"):
        return False
    if any(c.dep_ == "compound" and c.i < direction.i and place_span(c) is not None for c in direction.children):
        return True  # "withdrew from Tyre north of the Litani river": the parser hangs the town on the direction
    if any(kind_after(t) is not None for c in direction.lefts for t in c.subtree):
        return True  # "on the Kirsh front north of Lahij", the front parsed as the direction's modifier: the front is named
    return direction.head.i != direction.i and place_span(direction.head) is not None


def _coordination_attachments(span: Span) -> list[Token]:
    """What the first conjunct of a coordination ``span`` is one of carries for the whole of it: "this weekend's
    music, comedy and food festival Lakeside Fest in Grant Park" (the parser hangs the name and its venue on
    "music"): the tokens under the first conjunct's apposition and its prepositions of place."""
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == span.root.i:
        return []
    inside = {t.i for t in span}
    return [t for c in first.children if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in lexicon("prep_location")) for t in c.subtree if t.i not in inside]


def stands_for_its_state(span: Span) -> bool:
    """A state or its capital named for its people, government or forces, not as a place: the modifier of
    a noun of them ("the US president", "a chaotic Washington administration", "Canadian and UK troops")
    or a party between which something is ("a feud between Kampala and Kinshasa"; not "the border between"), or
    the enemy a verb of fighting has for its object ("insurgents who have been fighting the U.S.").
    Not a subject: "Afghanistan marked the anniversary", "Pakistan cancels celebrations" say where; but a subject
    that acts as a government or moves its own force, or the agent of such a verb (``acts_as_a_side``)."""
    if not any(n.kind == "state" for _, _, n in places.find(span.text, "sides")):
        return False
    first = first_conjunct(span.root)
    modifies = first.dep_ in ("compound", "amod", "nmod") and in_lexicon(first.head, lexicon("state_people_noun"))
    fought = first.dep_ == "dobj" and first.head.lemma_.lower() in lexicon("combat_verb")  # "have been fighting the U.S.": the enemy
    return modifies or fought or backs(first) or between_parties(first) or acts_as_a_side(first)


def backs(token: Token) -> bool:
    """Is ``token`` a state that backs, leads or holds a force or a land ("the US-backed Syrian Democratic Forces",
    "Russia-occupied Crimea", "militias backed by Iran"): a party to it, not where the event happened?"""
    if token.dep_ in ("npadvmod", "compound", "nmod", "amod") and token.i < token.head.i:
        return token.head.lower_ in lexicon("side_modifier_participle")
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lower_ in lexicon("side_modifier_participle")


def acts_as_a_side(subject: Token) -> bool:
    """Is ``subject`` the subject of a verb of a government's acts ("Britain has urged restraint") or of a verb whose
    object is its own force ("Russia pulled its troops out", "the US withdrew its forces"; not "Sudan cancelled its
Independence Day celebrations": where)? Then it is who acts."""
    if subject.dep_ == "pobj" and subject.pos_ == "PROPN" and subject.head.dep_ == "agent":
        return subject.head.head.lemma_.lower() in lexicon("state_act_verb")  # "a deal brokered by Washington": who acts
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or subject.head.pos_ not in ("VERB", "AUX"):
        return False  # "Tbilisi city hall announced": the city's own office speaks, in its city
    verb = subject.head
    owned = any(c.dep_ == "dobj" and in_lexicon(c, lexicon("armed")) and any(d.dep_ == "poss" and d.lower_ in lexicon("pronoun_owner") for d in c.children) for c in verb.children)
    names = verb.lemma_.lower() == "call" and any(c.dep_ == "oprd" for c in verb.children)  # "Moscow called the retreat a regrouping"
    return owned or names or verb.lemma_.lower() in lexicon("state_act_verb")


def state_stand_ins(sentence: Span) -> set[int]:
    """The tokens of the places in ``sentence`` that stand for their states (``stands_for_its_state``)."""
    spans = (place_span(t) for t in sentence if gazetteer_span(t) is not None or entity_type(t) in PLACE_LABELS)
    return {t.i for span in spans if span is not None and stands_for_its_state(span) for t in span}


def between_parties(token: Token) -> bool:
    """Is ``token`` one of the parties between which something is ("a feud between Washington and Ankara"),
    not a stretch of land ("the border between Russia and Ukraine")?"""
    first = first_conjunct(token)
    return first.dep_ == "pobj" and first.head.lower_ == "between" and not possessed_place(first.head.head.text)


def partner_with(token: Token) -> bool:
    """The object of "with" right after a noun of a bond ("in solidarity with Gaza"), however "with" was attached."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "with" and prep.i > 0 and in_lexicon(token.doc[prep.i - 1], lexicon("relation_noun"))


def _subject_of_a_later_clause(token: Token, trigger: Token) -> bool:
    """Is ``token`` the subject of a verb conjoined after the trigger's clause ("..., and India declared the operation complete")?"""
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and verb.i > trigger.i and verb.dep_ == "conj" and not any(a.i == verb.i for a in trigger.ancestors)


def _subject_of_a_concession(token: Token, trigger: Token) -> bool:
    """Is ``token`` (or the noun it modifies) the subject of a concessive clause after the trigger's ("collective acts
    of indiscipline occurred in units ..., although the Germans opposite appear never to have learned of it":
    lexicons/marker_concessive.txt)? A party the concession names is set against the event, not its actor."""
    noun = token.head if token.dep_ in ("amod", "compound", "poss") else token
    verb = noun.head
    return (
        noun.dep_ in ("nsubj", "nsubjpass") and verb.i > trigger.i and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in lexicon("marker_concessive") for c in verb.children)
        and not any(a.i == verb.i for a in trigger.ancestors)
    )


def _state_in_another_clause(token: Token, trigger: Token) -> bool:
    """Is ``token`` a country's name that is the subject or the object of a verb other than the event's ("as Russia
    drew down its presence, the US would expand its own", "would counterbalance Iran ... as it retreats")? A state
    that acts or is acted on in another clause is a party to it, not where the event happened."""
    noun = token.head if token.dep_ in ("compound", "poss", "nmod") else token  # "the US presence would counterbalance Iran"
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head  # "Rex Tillerson, the US secretary of state, outlined ..."
    refers_back = any(t.lower_ in lexicon("country_noun") and any(c.lower_ == "the" for c in t.children) for t in trigger.subtree)
    return (
        noun.dep_ in ("nsubj", "dobj") and noun.head.pos_ == "VERB" and noun.head.i != trigger.i and not refers_back
        and noun.head.lemma_.lower() not in lexicon("place_subject_verb") and is_country(token.text)
    )  # not "Afghanistan marked the anniversary of the last Soviet soldier leaving the country"


def in_other_clause(token: Token, trigger: Token) -> bool:
    """A place in a relative clause the event is not in describes what the clause is about
    ("Germany, which began the war with an attack upon Poland, surrendered"), not where the event happened; so does
    one in a relative clause the parser hung as a clausal complement of the verb before its noun ("deserted, leaving
    behind Humvees that the group later paraded through Raqqa")."""
    return any((a.dep_ == "relcl" or _misread_relative(a)) and not (a.left_edge.i <= trigger.i <= a.right_edge.i) for a in [token, *token.ancestors])


def in_anothers_clause(token: Token, trigger: Token) -> bool:
    """A place in a relative clause (``in_other_clause``) whose own subject is a noun: another's deed ("Humvees that
    the group later paraded through Raqqa"); not one whose pronoun stands for the actor ("a festival it had planned
    in Gulmarg": where the thing cancelled was to be)."""
    return any(
        (a.dep_ == "relcl" or _misread_relative(a)) and not (a.left_edge.i <= trigger.i <= a.right_edge.i)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in a.children)
        for a in [token, *token.ancestors]
    )


def _misread_relative(clause: Token) -> bool:
    """ "Humvees that the group later paraded": a clausal complement with its own subject whose "that" or "which"
    follows a noun, under a verb that is no verb of saying: a relative clause on that noun."""
    mark = next((c for c in clause.children if c.dep_ in ("mark", "nsubj", "dobj") and c.lower_ in ("that", "which") and c.i == clause.left_edge.i), None)
    return (
        clause.dep_ == "ccomp" and mark is not None and mark.i > 0 and mark.nbor(-1).pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and clause.head.lemma_.lower() not in lexicon("cue_report")
    )


def trial_places(trigger: Token) -> set[int]:
    """Tokens of the subject that punishes the event: "a military court in Yekaterinburg sentenced five soldiers
    to prison for desertion": where they were tried. Not where they are held ("imprisoned in the Luhansk region
    for refusing to fight": near where they refused)."""
    for prep in trigger.ancestors:
        verb = judging_verb(prep) if prep.dep_ == "prep" else None
        if verb is not None and prep.lower_ in lexicon("prep_charge") and verb.lemma_.lower() in lexicon("verb_sanction"):
            return {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return set()


def destinations(sentence: Span, trigger: Token) -> set[int]:
    """Tokens of the places the sentence names as somewhere else than the event ("refuse to deploy to Kidal",
    "headed back to Israel"): the document must not give them back as the event's place."""
    goals = {t.i: _place_noun_of(t) for t in sentence}
    gone_to = {t.i for t in sentence if goals[t.i].dep_ == "pobj" and goals[t.i].head.lower_ in lexicon("prep_elsewhere") and _elsewhere(t, trigger)}
    return gone_to | {t.i for t in sentence if goal_of_relative(t, trigger)}  # "Kismayo, to which the militants withdrew"


def where_said(token: Token, trigger: Token) -> bool:
    """A place after the reporting verb that tells of the event ("the minister said on Tuesday in Bogota"): where
    it was said, not where it happened; not a place set before it ("In London, a spokesperson said"), the scene."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.i < token.head.head.i:
        return False
    verb = token.head.head
    if trigger.dep_ == "dobj" and trigger.head.i == verb.i and token.head.i == trigger.right_edge.i + 1:
        return False  # "announced the cancellation of the parade in Hanoi": the noun's own place, parsed on the verb
    governs = verb.i in {a.i for a in trigger.ancestors} or verb.head.i == trigger.i or _speaking_before_saying(verb, trigger)
    speaking = verb.lemma_.lower() in lexicon("cue_report") or _speaking_before_saying(verb, trigger)
    return verb.i != trigger.i and verb.pos_ in ("VERB", "AUX") and speaking and governs


def said_phrases(trigger: Token) -> set[int]:
    """Tokens of the phrases after a verb of saying that tells of the event, but for the one holding the trigger
    ("the committee said in a statement issued by the US Embassy in Beirut"): how and where it was said, however deep
    the place hangs in it (``where_said`` takes the place right after the verb)."""
    told = [a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX") and _tells_a_clause(a, trigger)]
    told += [c for c in trigger.children if c.pos_ in ("VERB", "AUX") and c.dep_ in TOLD_CLAUSE]  # "..., the minister said in Moscow"
    phrases = [p for v in told if v.lemma_.lower() in lexicon("cue_report") for p in v.children if p.dep_ == "prep" and p.i > v.i]
    return {t.i for p in phrases if not (p.left_edge.i <= trigger.i <= p.right_edge.i) for t in p.subtree}


TOLD_CLAUSE = ("ccomp", "parataxis", "advcl")  # the deps that join a verb of saying and the clause it tells


def _tells_a_clause(verb: Token, trigger: Token) -> bool:
    """Is the trigger inside a clause ``verb`` tells ("said ... that troops had withdrawn"), not its subject or object
    ("refusals have been reported among troops in Luhansk", "Wagner Announces Departure From Mali")?"""
    child = next(c for c in verb.children if c.left_edge.i <= trigger.i <= c.right_edge.i)
    return child.dep_ in TOLD_CLAUSE


def _speaking_before_saying(verb: Token, trigger: Token) -> bool:
    """Is ``verb`` a participle of speaking on the verb of saying that tells of the event ("Speaking in Tbilisi, the
    mayor said Batumi had cancelled ...")?"""
    said = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon("speaking_verb") and said.i != verb.i and said.lemma_.lower() in lexicon("cue_report") and said.i in {a.i for a in trigger.ancestors}


def names_the_actors_country(span: Span) -> bool:
    """ "Myanmar junta battalion", "Sudan army": a country's name modifying the actor, whose side it names."""
    return is_country(span.text) and span.root.dep_ in ("compound", "nmod", "amod")


def _bare_point(point: Token) -> bool:
    """A compass point that places the event itself ("withdrew from positions east of Hryhorivka"), not one set off by a
    comma or measured ("at Sake, 25 kilometres west of Goma": where Sake lies)."""
    return point.i > 0 and point.doc[point.i - 1].text != "," and not any(c.dep_ in ("npadvmod", "nummod", "advmod") for c in point.children)


def locations(trigger: Token, sentence: Span, phrases: list[Span], exclude: set[int], actor_phrases: list[Span] = ()) -> tuple[list[str], str]:
    """Places of the event in its sentence, most specific first, one per conjoined place, and how
    they are tied to it: "event" (the trigger's, its phrases' or the actor's own: "Mariupol's
    defenders"), "actor" (where the actor is: "campers in Victoria") or "sentence" (only the nearest
    places named in the sentence).
    ``phrases`` (what was left, cancelled) always count; ``actor_phrases`` only when nothing else names a place."""
    found: list[Span] = []
    tie = "event"
    exclude = exclude | namesake_tokens(sentence)  # "the Taste of Manila festival in Toronto": the name's town is held elsewhere
    read: set[int] = set()  # a token reads the same every time: a list of 200 towns is read once, not once per town

    def add(token: Token) -> None:
        if token.i in read:
            return  # read, and so were its conjuncts (a walk that reaches a token walks on through its own)
        for t in with_conjuncts(token):
            if t.i in read:
                continue
            read.add(t.i)
            if _elsewhere(t, trigger):
                continue
            span = place_span(t)
            if span is not None and span.start not in exclude and not stands_for_its_state(span) and all(s.start != span.start for s in found):
                found.append(span)
            elif span is not None and not stands_for_its_state(span) and gazetteer().is_place_name(span.text) and (shorter := [s for s in found if s.start == span.start and s.end < span.end]):
                found[found.index(shorter[0])] = span  # "Lakes Entrance" read after its first word "Lakes": the whole name

    for obj in prep_objects(trigger, lexicon("prep_location")) + [c for c in trigger.children if c.dep_ in ("dobj", "oprd")] + place_left_by_the_leavers(trigger):
        add(obj)  # "oprd": 'had "left Ber in good order', the object the parser reads as a predicate after a quotation mark
        for t in phrase(obj):
            if not in_parentheses(t) or in_parentheses(obj):  # "Kherson (a city on the Dnipro)": an aside
                add(t)
        for t in _planned_venues(obj):
            add(t)
    if found:  # "pull back from the west bank of the Dnipro, including the city of Kherson": a place inside the area left
        for obj in prep_objects(trigger, lexicon("prep_example")):
            add(obj)
            for named in prep_objects(obj, {"of"}) if obj.lower_ in lexicon("settlement_kind") else []:
                add(named)  # "the town of Kupiansk"; not "a facility near the oil fields of Deir ez-Zor"
    for point in [c for c in trigger.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in lexicon("compass_point") and _bare_point(c)][:1]:
        for obj in prep_objects(point, {"of"}):  # "withdrew from positions east of Hryhorivka, northwest of Kreminna": the first names the place
            add(obj)
    for p in phrases:
        for t in [*p, *_coordination_attachments(p), *_planned_venues(p.root)]:  # "the dinner usually held at the Banquet Hall had been dropped"
            if not in_parentheses(t) or in_parentheses(p.root):
                add(t)
    if not found or all(is_country(s.text) for s in found):  # "the Sibiu jazz festival", "Valletta's carnival", "Lebanon's Byblos festival": the town the celebration is named after
        found = [town for p in phrases if (town := town_in_the_name(p.root)) is not None and town.start not in exclude] or found
    if not found:  # "In Gwadar, the administration decided not to hold the fireworks": the scene of the clause
        for obj in scene_objects(trigger):
            add(obj)
    if not found:  # "refused to board their ships in Novorossiysk": where the refused task was to be done
        for task in (c for c in trigger.children if c.dep_ == "xcomp"):
            for obj in prep_objects(task, lexicon("prep_location")) + [c for c in task.children if c.dep_ == "dobj"]:
                for t in phrase(obj):
                    add(t)
    if not found:  # "refused to advance further into Bakhmut": the goal of a refused attack is where the fight was (not a country crossed into)
        for task in (c for c in trigger.children if c.dep_ == "xcomp" and c.lemma_.lower() in lexicon("offensive_verb")):
            for obj in prep_objects(task, lexicon("prep_advance_goal")):
                span = place_span(obj)
                if span is not None and span.start not in exclude and not stands_for_its_state(span) and not is_country(span.text):
                    found.append(span)
    if not found:  # "agreed to surrender and did so in Marawi": where the promise was kept
        for deed in kept_deeds(trigger):
            for obj in prep_objects(deed, lexicon("prep_location")):
                for t in phrase(obj):
                    add(t)
    if not found and trigger.dep_ == "advcl" and arrived(trigger.head):  # "gathered in Damascus to surrender": where they gathered
        for obj in prep_objects(trigger.head, lexicon("prep_location")):
            for t in phrase(obj):
                add(t)
    shared_subject = not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    if not found and trigger.dep_ == "conj" and shared_subject and trigger.head.lemma_.lower() in lexicon("trigger_leave_verb") | lexicon("trigger_retreat_verb"):
        for obj in prep_objects(trigger.head, lexicon("prep_location")) + [c for c in trigger.head.children if c.dep_ == "dobj"]:
            for t in phrase(obj):  # "abandoned their positions around Goma airport and fled towards the border": fled from there
                add(t)
    if not found:  # "Mariupol's defenders surrendered"; not "Napoleon's army retreated from Moscow"
        for p in actor_phrases:
            for t in [*p, *_kept_at(p.root)]:
                add(t)
            inside = {t.i for t in p}
            if found and all(any(a.dep_ == "prep" and a.i in inside for a in s.root.ancestors) for s in found):
                tie = "actor"  # "campers in Victoria": where the actor is, not whose event it is
        if found and all(names_the_actors_country(s) for s in found):
            tie = "sentence"  # "Myanmar junta battalion surrenders to rebels in Lashio": the actor's country, a town in it first
    owners = [s for s in found if is_country(s.text) and s.root.dep_ == "poss" and any(p.root.i == s.root.head.i for p in actor_phrases)]
    if owners and len(owners) == len(found):  # "After Tobruk: How Britain's Garrison Surrendered": whose garrison, a place the sentence names first
        found = []
    if not found:  # "fled as 700 jihadists advanced towards Mosul": where the enemy made for is where they stood
        found += [span for g in advance_goals(trigger) if (span := place_span(g)) is not None and span.start not in exclude]
    if not found:
        spans = []
        for t in sentence:
            if t.i not in exclude and not _elsewhere(t, trigger) and not in_other_clause(t, trigger) and not _state_in_another_clause(t, trigger) and (gazetteer_span(t) is not None or entity_type(t) in PLACE_LABELS or unlisted_place_in_clause(t, trigger)):
                span = place_span(t)
                if span is not None and span.start not in exclude and not stands_for_its_state(span) and all(s.start != span.start for s in spans):
                    spans.append(span)
        spans.sort(key=lambda s: (_rank(s), not _located_in_own_clause(s, trigger), abs(s.start - trigger.i)))
        spans = [s for s in spans if s.root.i not in {o.root.i for o in owners}]
        if spans:
            tie = "sentence"
            found.append(spans[0])
            for t in spans[0]:  # with the places conjoined to it: "In Bryansk, Krasnodar and Sochi"
                first = t
                while first.dep_ == "conj" and first.head is not first:
                    first = first.head
                for c in with_conjuncts(first):
                    add(c)
    found = [s for s in found if not _qualifies_another(s, found) and not holds_another(s, found)] or found
    found.sort(key=_rank)
    best = [s for s in found if _rank(s) == _rank(found[0])] if found else []
    return [s.text for s in best], tie


def _kept_at(actor: Token) -> list[Token]:
    """The words of a participle that says where the actor is kept ("troops stationed at the Kyaukphyu naval base",
    "soldiers based in Abyan"): the actor's own place, as "troops at the airport" is."""
    return [t for c in actor.children if c.dep_ == "acl" and c.lemma_.lower() in lexicon("stationed_verb") for t in c.subtree if t.i != c.i]


def _a_region(name: str) -> bool:
    """Does GeoNames read ``name`` first as a region ("Tigray", "North Darfur"), not a town?"""
    place = gazetteer().resolve(name)
    return place is not None and place.precision in ("admin1", "country")


def _qualifies_another(span: Span, found: list[Span]) -> bool:
    """ "the town of Ilovaisk in the Donetsk region", "Paletwa in Chin state": a region or country written just after
    a town with "in" only says where the town lies; the town is the place (not a city after a site: "the Musikverein in
    Vienna"; not a region after positions: "Boko Haram positions in Borno")."""
    doc, k = span.doc, span.start
    kind = doc[span.end] if span.end < len(doc) else span[-1]  # "in Sennar state": the kind noun after the name
    if not (is_country(span.text) or span[-1].lower_ in lexicon("region_kind") or kind.lower_ in lexicon("region_kind") or _a_region(span.text)):
        return False
    if k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    if k < 2 or doc[k - 1].lower_ != "in":
        return False
    j = k - 2
    if doc[j].text == "," and j > 0:
        j -= 1
    return any(other.end - 1 == j and _a_town(other) for other in found if other.start != span.start)


def _a_town(span: Span) -> bool:
    """Is ``span`` a town's name: one its sentence calls a town ("the town of Adan Yabaal"), or a proper name GeoNames
    reads as a town or does not know ("Paletwa"); not positions, a water or a region ("the Dnipro River in Kherson
    Oblast", "Boko Haram positions in Borno")?"""
    if span.root.pos_ != "PROPN" or span[-1].lower_ in lexicon("water_body") | lexicon("place_suffix"):
        return False
    if _place_noun_of(span.root).lower_ in lexicon("settlement_kind"):
        return True
    place = gazetteer().resolve(span.text)
    return place is None or place.precision == "city"


def side(actor: Span | None, sentence: Span, trigger: Token, exclude: set[int], prefer: list[Span] = (), modifiers_only: bool = False) -> str | None:
    """The actor's side: named in the actor phrase, else in the phrases of the
    event (``prefer``), else the side named nearest before the trigger, an
    adjective of an armed noun first ("Russian forces")."""
    if actor is not None:
        code = places.side_of(actor.text)
        if code:
            return code
    for span in prefer:
        code = places.side_of(span.text)
        if code:
            return code
    mentions = []
    for start, end, name in names_in(sentence, "sides"):
        span = sentence.doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is None or any(t.i in exclude for t in span) or any(a.dep_ == "agent" for a in span[-1].ancestors):
            continue  # "surrounded by Ukraine's army": the other side
        if between_parties(span[-1]):
            continue  # "a feud between Washington and Ankara over the withdrawal": two parties, neither the actor
        if _subject_of_a_later_clause(span[-1], trigger) or _subject_of_a_concession(span[-1], trigger):
            continue  # "the intruders had been pushed back from the Batalik sector, and India declared ...": another actor
        head = span[-1]
        if head.dep_ == "amod" and in_lexicon(head.head, lexicon("possessed_place")):
            continue  # "went absent without leave while still on French soil": where they were, not whose
        modifies_force = head.dep_ in ("amod", "compound", "poss") and head.head.lemma_.lower() in lexicon("force_word")
        if modifiers_only and not modifies_force:
            continue
        mentions.append((not modifies_force, span.start > trigger.i, abs(span.start - trigger.i), name.kind != "group", name.code))
    return min(mentions)[-1] if mentions else None


def _named_site(span: Span) -> bool:
    """A name that ends in a capitalised site noun ("Patan Durbar Square", "Basantapur Durbar Square"): a site, though
    a word of it names a celebration elsewhere (the durbar of northern Nigeria's festivals)."""
    return len(span) > 1 and span[-1].text[:1].isupper() and in_lexicon(span[-1], lexicon("site") | lexicon("venue_site"))
