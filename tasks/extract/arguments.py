"""Arguments of an event: actor and side, location, date (its source: sources.py)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.entities import entity_type
from tasks.extract.advance_goal import advance_goals
from tasks.extract.argument_sides import partner_with, stands_for_its_state
from tasks.extract.captives import where_kept
from tasks.extract.carried_out import kept_deeds
from tasks.extract.celebration_towns import town_in_the_name
from tasks.extract.clause_places import in_other_clause, state_in_another_clause
from tasks.extract.kind_names import kind_after, unlisted_place_in_clause
from tasks.extract.leavers import place_left_by_the_leavers
from tasks.extract.name_scan import is_country
from tasks.extract.named_venues import named_venue
from tasks.extract.namesake_towns import namesake_tokens
from tasks.extract.patterns import lexicon
from tasks.extract.place_spans import describes_a_named_kind, place_span
from tasks.extract.place_tokens import PLACE_LABELS, gazetteer_span
from tasks.extract.reference_points import describes_another_place
from tasks.extract.relative_goal import goal_of_relative
from tasks.extract.roles import arrived
from tasks.extract.scene import scene_objects
from tasks.extract.town_region import holds_another
from tasks.extract.tree import in_lexicon, in_parentheses, phrase, prep_objects, with_conjuncts
from tasks.normalize import places
from tasks.normalize.geo import gazetteer


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
    if describes_a_named_kind(token):
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
        if token.dep_ == "pobj" and token.head.lower_ in lexicon("prep_goal_of_part"):
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
    """ "The Pskov-based 76th Division", "a Kyiv-born officer", "a private from Berdsk": where a unit or a person is from, not where its event happened (not
    "relocated fighters from Syria", "the exodus of extremists from Afghanistan": many, or moved, from the place they left)."""
    doc = token.doc
    return (token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in lexicon("origin_suffix")) or (token.dep_ == "pobj" and token.head.lower_ == "from" and in_lexicon(token.head.head, lexicon("armed_person")) and token.head.head.tag_ not in ("NNS", "NNPS") and token.head.head.dep_ != "dobj")


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


def destinations(sentence: Span, trigger: Token) -> set[int]:
    """Tokens of the places the sentence names as somewhere else than the event ("refuse to deploy to Kidal",
    "headed back to Israel"): the document must not give them back as the event's place."""
    goals = {t.i: _place_noun_of(t) for t in sentence}
    gone_to = {t.i for t in sentence if goals[t.i].dep_ == "pobj" and goals[t.i].head.lower_ in lexicon("prep_elsewhere") and _elsewhere(t, trigger)}
    return gone_to | {t.i for t in sentence if goal_of_relative(t, trigger)}  # "Kismayo, to which the militants withdrew"


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
            if t.i not in exclude and not _elsewhere(t, trigger) and not in_other_clause(t, trigger) and not state_in_another_clause(t, trigger) and (gazetteer_span(t) is not None or entity_type(t) in PLACE_LABELS or unlisted_place_in_clause(t, trigger)):
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
