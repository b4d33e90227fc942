"""Where an event happened: the places its sentence ties to it, else the ones its document gives.

A place tied to the trigger, its themes or its actor comes first; then a
celebration's venue named elsewhere in the article, a definite place noun
referring back ("left the plant", "the area"), and the places named before the
sentence (``DocumentContext.nearby_place``). Places that are not the event's
(the speaker's state, the actor's origin) are refused, in the sentence and when
they come back from the document.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tasks.extract import argument_sides, arguments, clause_places, event_memory, place_spans, sources, tree
from tasks.extract.canceller_towns import canceller_towns, over_other_places
from tasks.extract.celebration_towns import places_of_the_cause
from tasks.extract.circumstance_towns import circumstance_towns
from tasks.extract.comparison_places import comparison_ranges
from tasks.extract.context import DocumentContext, after_point_of, names_in
from tasks.extract.country_referred import country_nouns, country_referred_to
from tasks.extract.crossing_places import crossed_or_reached
from tasks.extract.dating_places import dating_places
from tasks.extract.declined_task import declined_places
from tasks.extract.digest_entries import entry_place
from tasks.extract.document_places import each_place
from tasks.extract.force_stand import stand_places, unit_places
from tasks.extract.governed_towns import over_outer_places
from tasks.extract.installation_referred import installation_nouns, installation_referred_to
from tasks.extract.leavers import leavers_phrase
from tasks.extract.name_scan import is_country
from tasks.extract.other_parties import pressing_sources
from tasks.extract.other_statement import other_statements
from tasks.extract.own_sentence_place import own_sentence_place
from tasks.extract.participant_towns import finer_towns
from tasks.extract.partners import listed_states
from tasks.extract.patterns import lexicon
from tasks.extract.refuge_places import refuge_places
from tasks.extract.scene import authorities_scene
from tasks.extract.speech_places import speech_places
from tasks.extract.storm_names import storm_name_tokens
from tasks.extract.task_goal import front_countries, goals_elsewhere
from tasks.extract.town_referred import referring_towns, seat_by_unit, town_in_sentence, witness_town
from tasks.extract.water_places import document_water, land_over_water, wider_than_a_town
from tasks.extract.whole_town import parts_of_the_whole
from tasks.normalize import places
from tasks.normalize.geo import gazetteer

if TYPE_CHECKING:
    from tasks.extract.participants import Participants

NEXT_LINES_CHARS = 600  # how far ahead the town a sentence leaves unnamed may be named


@lru_cache(maxsize=1)
def unnamed_town() -> re.Pattern:
    """ "a town in (the)", "one small village of": a town left unnamed, at the end of a text."""
    kinds = "|".join(sorted(map(re.escape, lexicon("town_kind"))))
    return re.compile(r"\b(?:a|an|one)(?: small| large)? (?:" + kinds + r") (?:in|of) (?:the )?$", re.I)


class EventPlaces:
    """Place resolution over the extractor's lexicons."""

    def __init__(self, lexicons: dict[str, frozenset[str]]):
        self.lexicons = lexicons

    def places(
        self, trigger: Token, sentence: Span, who: "Participants", phrases: list[Span], actor_phrases: list[Span], reporter: Span | None, context: DocumentContext, start: int, actor_is_side: bool = False, celebration: bool = False, kind: str = ""
    ) -> list[str | None]:
        """Where it happened: places tied to the event in its sentence, else from the context; one row each.
        A cancelled ``celebration`` whose sentence does not say where it was to be held was to be held at
        the venue its document names ("Festival-goers in Victoria ... the festival was cancelled": Moyston)."""
        according = sources.according_span(sentence)
        not_here = who.excluded | ({t.i for t in according} if according is not None else set())
        refused: set[int] = set()  # places of the sentence that are not the event's, nor come back from its document
        if reporter is not None:
            not_here.add(reporter.root.i)  # "Starovoit stated ...": the speaker is not a place
            named = [span for t in reporter if (span := place_spans.place_span(t)) is not None]
            # "Russia's defence ministry said", "the ministry in Moscow said": a side speaking, by its name or its capital;
            # not "people in Baghuz said" (witnesses where it happened), nor "the mayor of Moscow said he cancelled" (the canceller's own place)
            spoke_from = [span for span in named if is_country(span.text) or (not celebration and places.side_of(span.text))]
            refused |= {t.i for span in spoke_from for t in span}
            refused |= _speakers_home(reporter)  # "Olena, a nurse from Dnipro, said": where the speaker comes from
        for speaker in _speakers_above(trigger, reporter):  # "The Ministry of Defence in Kabul denied ..., saying the forces had made a tactical retreat"
            refused |= {t.i for g in tree.phrase(speaker) if (span := place_spans.place_span(g)) is not None and (is_country(span.text) or (not celebration and places.side_of(span.text))) for t in span}
        if according is not None:
            refused |= _according_from(according, celebration)  # "according to officials in Washington": where the source sits
        refused |= argument_sides.state_stand_ins(sentence)  # "the US president", "a feud between Washington and Ankara": who, not where
        if actor_is_side:
            not_here |= {t.i for t in leavers_phrase(who.actor, trigger)}  # "Germany surrendered", "Moscow pulled out": a side
        refused |= {n.i for t in sentence if clause_places.where_said(t, trigger) for n in (place_spans.place_span(t) or [t])}  # "said in Bogota", "told reporters in Port Sudan"
        refused |= speech_places(sentence, trigger)  # "in a speech in California": where it was spoken of
        refused |= clause_places.said_phrases(trigger)  # "said in a statement issued by the US Embassy in Beirut"
        refused |= {n.i for t in sentence if argument_sides.partner_with(t) for n in t.subtree}  # "in solidarity with Gaza", "with the victims in Hatay"
        refused |= storm_name_tokens(sentence)  # "after Typhoon Odette": a storm's name
        refused |= other_statements(trigger)  # "Wine Festival Cancelled After Floods; Growers Plan Solidarity Sale": another statement's
        if celebration:
            actor_words = {t.i for span in actor_phrases for t in span}  # "as fighters moved closer and authorities in Belgorod cancelled": the parse's clause holds the canceller
            refused |= places_of_the_cause(sentence, trigger) - actor_words  # "calls off Christmas festivities over the Gaza war": the reason's place
        refused |= comparison_ranges(who.themes + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")])  # "the carnival, one of the oldest in the Mediterranean"
        refused |= pressing_sources(trigger)  # "withdrew after pressure from Washington": who pressed, not where
        refused |= clause_places.trial_places(trigger)  # "a court in Yekaterinburg sentenced them for desertion"
        refused |= dating_places(sentence, kind)  # "desertions rose after the fall of Avdiivka": when, not where
        if kind == "RETREAT":
            refused |= crossed_or_reached(trigger)  # "crossed the Friendship Bridge", "regroup in Donetsk": not the place left
        if celebration:
            refused |= _rivers(sentence)  # "the fireworks over the Daugava": the river the show is over, not the town that holds it
        refused |= declined_places(trigger, self.lexicons)  # "quit rather than fight in Ukraine": the task declined
        if kind == "REFUSAL_TO_FIGHT":
            refused |= refuge_places(trigger)  # "deserters hiding in Kazakhstan": where they went, not where they deserted
            refused |= front_countries(trigger)  # "refused to go back to the front in Ukraine": where they would have gone
            refused |= goals_elsewhere(trigger)  # "a unit sent to reinforce Minova refused to leave its camp", "trucks to take them to Kupiansk"
        if who.actor is not None:
            refused |= {t.i for t in listed_states(who.actor)}  # "missions by US, British and Canadian troops": who, not where
            refused |= _group_names(who.actor)  # "fighters of the Islamic State West Africa Province": who, not where
        if who.actor is not None and who.actor.dep_ in ("nsubj", "nsubjpass"):
            refused |= _origins(who.actor)  # "men from Chuvashia refused": where they come from
        not_here |= refused | _dateline_tokens(sentence, context, start)  # "BEIRUT — The troops began pulling out": where the story is filed
        if actor_is_side:  # "the Myanmar army garrison in Laukkaing surrendered": a side, standing in a place
            stood = [span for span in stand_places(who.actor) if not any(t.i in refused for t in span)]
            not_here -= {t.i for span in stood for t in span}
            actor_phrases = actor_phrases + stood
        cancellers = [t for t in canceller_towns(who.actor, reporter) if t.start not in refused] if celebration else []
        if cancellers:
            not_here |= parts_of_the_whole(trigger, who.themes)  # "on Rynok Square or anywhere else in the city": a part of the canceller's town
        found, tie = arguments.locations(trigger, sentence, phrases + _receivers_places(who.receivers), not_here, actor_phrases)
        if celebration and (not found or tie == "sentence") and (scene := [span.text for obj in authorities_scene(trigger) for t in tree.with_conjuncts(obj) if (span := place_spans.place_span(t)) is not None and span.start not in not_here]):
            found, tie = scene, "event"  # "In Pskov and Lipetsk, officials said their parades would not be held": the officials' own
        found, water = land_over_water(found, context)  # "withdrew from Krynky on the left bank of the Dnipro": the village
        loose = tie == "sentence" or bool(water and not found)  # "withdrew from the city and the right bank of the Dnipro": the city
        found = found or water
        if over_other_places(found, tie, cancellers, who.themes):  # "Bethlehem calls off Christmas festivities over Gaza war", "The city of Holon said ...": the towns that cancel
            found, loose = [t.text for t in cancellers], False
        elif celebration and not (found and (tie == "event" or (tie == "actor" and _an_authority(who.actor)))) and context.celebration_venue:  # "Authorities in the Belgorod region": theirs
            found, loose = [context.celebration_venue], False
        town_nouns = self._town_nouns(trigger, who, sentence=sentence, context=context, start=start)
        seat = any(seat_by_unit(n) for n in town_nouns)  # "Gezira state capital": not the state
        if (not found or loose or seat) and (town := self._town_referred_to(town_nouns, trigger, who, sentence, context, start, not_here)):
            found, loose = [town], False  # "withdrew from the city": the city named before, over a place the sentence merely names
        if (not found or loose) and (land := country_referred_to(country_nouns(trigger, who.themes, self.lexicons["prep_location"]), sentence, context, start, not_here, who.actor)):
            found, loose = [land], False  # "the last Soviet troops left the country": the country named before
        if (not found or loose) and (site := installation_referred_to(installation_nouns(trigger, who.themes, self.lexicons["prep_location"]), sentence, context, start, not_here)):
            found, loose = [site], False  # "overran the camp at Boulkessi, and troops withdrew from the base": Boulkessi
        if not found and (acting := self._town_acting(who.actor, context, start, kind)) and not own_sentence_place(trigger, sentence, start, context, frozenset(), not_here):
            found = [acting]  # "The city also called off the beach festival": the town that cancelled before, when its sentence names none
        if not found:
            found = self._named_before(trigger, who, actor_phrases, context, start)
        if not found or (loose and all(is_country(p) for p in found)):
            withdrawn = kind == "RETREAT" and who.actor is not None  # "returning United States troops home": not back to where they were
            actor_country = places.side_of(tree.phrase(who.actor).text) if actor_is_side or withdrawn else None
            gone_to = refused | arguments.destinations(sentence, trigger)  # "refuse to deploy to Kidal": where they would have gone
            names = frozenset(name.text for a, b, name in context.places_in(start, start + len(sentence.text)) if _covers(sentence, a - start, b - start, gone_to))
            names |= {sentence.doc[i].lower_ for i in gone_to if sentence.doc[i].pos_ == "PROPN"}  # "between Washington and Ankara": no mention the scan kept
            names |= document_water(context) if kind == "RETREAT" else frozenset()  # "crossed the river": the town, not the Dnipro named before
            if actor_is_side:  # "rebels who drove out the Soviet Union": the side that left is no place it left
                side_span = tree.phrase(who.actor)
                names |= {name.text for _, _, name in context.places_in(start + side_span.start_char - sentence.start_char, start + side_span.end_char - sentence.start_char)}
            if found:  # "Desertion soars among Myanmar junta troops in Rakhine": a town in the country the sentence itself names, never one of the context
                countries = {context.geocoder.country_of(p) for p in found}
                found = self._inside_countries(sentence, start, countries, context, names) or found
            else:
                earlier = event_memory.recalled(context, kind, start) if event_memory.refers_back(trigger) and not celebration else None  # "the pullout": the one stated before
                earlier = None if earlier and kind == "RETREAT" and earlier.lower() in document_water(context) else earlier  # a river recalled: the town
                town = bool(self._town_nouns(trigger, who, definite=False))  # "KABUL - ... handed over the town": a town, not where the story is filed
                names |= {name.text for _, _, name in context.places_in(*context.dateline)} if town else frozenset()
                digest, place = entry_place(context, start, start + len(sentence.text), names, context.specificity)
                own = [] if digest or earlier else own_sentence_place(trigger, sentence, start, context, names, not_here)  # "fled ... with the personnel in Sugapa"
                if not (digest or earlier or own) and (referred := self._town_referred_to(_sentence_towns(sentence), trigger, who, sentence, context, start, not_here)):
                    own = [referred]  # 'The division "concluded its mission" in the city, ... and the troops left': the city named before
                found = [place] if digest else own or [context.nearby_place(start, besides=actor_country, refused=names, word=trigger.text, earlier=earlier, dateline=not town)]
        found = finer_towns(found, trigger, phrases + actor_phrases, not_here)  # "In Myanmar, a garrison in Hpakant surrendered": the town
        found = circumstance_towns(found, trigger, not_here, kind)  # "surrendered in the Kursk region after being cut off near Pogrebki": the town
        found = over_outer_places(found, who.actor, reporter) if celebration else found  # "In Sulu province, the municipal government of Patikul cancelled ...": the town
        found = [p for p in found if not context.geocoder.only_qualifies(p, found)] or found  # "Paris, Texas": one place
        found = [_without_possessive(one) for place in found for one in each_place(place)]  # "Amhara and Afar" from the context: a row each
        for place in found:
            self._unnamed_town(place, sentence, context, start)
        if found and found[0]:
            event_memory.remember(context, kind, start, found[0])
        return found

    @staticmethod
    def _inside_countries(sentence: Span, start: int, countries: set[str | None], context: DocumentContext, refused: frozenset[str]) -> list[str]:
        """The first place in the sentence, besides countries, destinations ("refocusing to the Donbas") and the names
        ``refused``, that lies in one of ``countries``."""
        for a, b, _ in context.places_in(start, start + len(sentence.text)):
            name = context.text[a:b]
            if not is_country(name) and name.lower() not in refused and not context.after_elsewhere(a) and context.geocoder.country_of(name) in countries - {None}:
                return [name]
        return []

    def _town_referred_to(self, nouns: list[Token], trigger: Token, who: "Participants", sentence: Span, context: DocumentContext, start: int, not_here: set[int]) -> str | None:
        """The town "the city", "the town" or "the village" of the event (``nouns``: _town_nouns) refers back to ("escaping the city",
        "surrendered in the town"): the last town named before it, in its sentence only when the place is
        part of the event's own clauses ("entered Kherson and left the city"), not of another clause
        ("Speaking in Mykolaiv, ...", "the city of Kobani, where they rested since escaping the city"); never the
        dateline's city, where the story is filed ("KABUL (Reuters) - ... handed over the town")."""
        held = {t.i for t in who.actor.subtree} if who.actor is not None else set()  # "insurgents who had held the port town of X have abandoned it"

        def ours(root: Token) -> bool:
            return _in_the_events_clauses(root, trigger) or root.i in held

        for noun in nouns:
            if not seat_by_unit(noun) and any(c.dep_ in ("compound", "appos") or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
                return None  # "the town of Izium", "the city, Kherson": named on the spot
            if (here := town_in_sentence(noun, sentence, context, not_here, ours)) is not None:
                return here  # "Gangs Seize Mirebalais as Police and Soldiers Abandon Town"
            offset = start - sentence.start_char + noun.left_edge.idx  # "Gezira state capital": not the state it names
            for a, b, name in reversed(context.places_in(0, offset)):
                if name.kind != "city" or is_country(context.text[a:b]) or _reference_point_at(context.text, a) or context.reference_point_at(a) or _passive_agent_at(context.text, a) or context.in_dateline(a):
                    continue
                if context.text[a:b].lower() in document_water(context) or context.after_elsewhere(a):
                    continue  # "the bridge across the Dnipro", "the road to Mykolaiv": a river or a goal, not the city left
                if _region_of_a_town(context.text, a, b):
                    continue  # "Vuhledar, the mining town in Donetsk region": where the town lies, not the town
                if a < start:
                    return context.text[a:b]
                span = sentence.char_span(a - start, b - start, alignment_mode="expand")
                if span is not None and span.root.i not in not_here and ours(span.root):
                    return context.text[a:b]
            return None
        return None

    @staticmethod
    def _town_acting(actor: Token | None, context: DocumentContext, start: int, kind: str) -> str | None:
        """The town a definite town noun that acts stands for, when its sentence names no place ("The city also
        called off the Pride parade"): the town of the last event of its type, when that was a town (the city
        that cancelled before), not the place of a reason named last ("citing the war in Gaza")."""
        if actor is None or actor.lower_ not in lexicon("town_kind") or not any(c.lower_ == "the" for c in actor.children):
            return None
        before = event_memory.recalled(context, kind, start)
        if before and not is_country(before) and context.geocoder.country_of(before) is not None and not wider_than_a_town(before, context):
            return before
        return None

    def _town_nouns(self, trigger: Token, who: "Participants", definite: bool = True, sentence: Span | None = None, context: DocumentContext | None = None, start: int = 0) -> list[Token]:
        """ "the town", "the city" among the event's themes, objects and places: a town named before it; not
        ``definite``: any town noun, "northern town" in a headline too. With the ``sentence``, the other words that
        refer back to a town (town_referred.py: "the town's outskirts", "Gezira state capital", a headline's "Town")."""
        nouns = who.themes + [c for c in trigger.children if c.dep_ == "dobj"] + tree.prep_objects(trigger, self.lexicons["prep_location"])
        held = [n for n in nouns if tree.in_lexicon(n, lexicon("site") | lexicon("position"))]
        nouns += [t for n in held for t in tree.prep_objects(n, self.lexicons["prep_location"])]  # "withdrawn from their base in the town"
        found = [n for n in nouns if n.lower_ in lexicon("town_kind") and (not definite or any(c.lower_ == "the" for c in n.children))]
        return found + (referring_towns(nouns, sentence, context, start) if sentence is not None and context is not None else [])

    def _named_before(self, trigger: Token, who: "Participants", actor_phrases: list[Span], context: DocumentContext, start: int) -> list[str]:
        """The place a definite place noun of the event refers back to: "left the plant" (the plant named
        before), "withdrew from the area", "the troops in the recovered area" (the region named last before)."""
        nouns = who.themes + [c for c in trigger.children if c.dep_ == "dobj"] + tree.prep_objects(trigger, self.lexicons["prep_location"])
        for t in nouns + [t for span in actor_phrases for t in span]:
            if any(c.lower_ == "the" for c in t.children) and tree.in_lexicon(t, self.lexicons["position"] | self.lexicons["area_noun"]):
                site = context.site_named_before(start, t.lower_)
                if site is None and tree.in_lexicon(t, self.lexicons["area_noun"]):
                    site = context.region_named_before(start)
                return [site] if site else []
        return []

    def _unnamed_town(self, place: str | None, sentence: Span, context: DocumentContext, start: int) -> None:
        """ "The mayor of a town in the Kaliningrad region ... Grigory Sokolovsky, the mayor of Sovetsk":
        a town left unnamed in a region is the town of that region the next lines name. ``location``
        stays as written; the place it resolves to is that town."""
        if not place:
            return
        before = sentence.text[: max(sentence.text.find(place), 0)]
        if not unnamed_town().search(before):
            return
        region = context.geocoder.place(place)
        if region is None or region.precision != "admin1":
            return
        end = start + len(sentence.text)
        for a, b, _ in context.places_in(end, end + NEXT_LINES_CHARS):
            town = context.geocoder.place_in(context.text[a:b], region)
            if town is not None and town.precision == "city":
                context.geocoder.stands_for(place, context.text[a:b])
                return


def _rivers(sentence: Span) -> set[int]:
    """The tokens of the rivers the sentence names (places.jsonl, kind "river"): a celebration on or over a river
    is held by a town ("cancelled the festivities on the Tigris": the city that holds them is its place). A force's
    river stays: "withdrew to the east bank of the Euphrates" names the area it went to."""
    found = set()
    for a, b, name in names_in(sentence, "places"):
        span = sentence.doc.char_span(sentence.start_char + a, sentence.start_char + b, alignment_mode="expand") if name.kind == "river" else None
        found |= {t.i for t in span} if span is not None else set()
    return found


def _group_names(actor: Token) -> set[int]:
    """The tokens of an armed group's name of several words in the actor's phrase ("fighters of the Islamic State West
    Africa Province", "the Shan State Army"; groups.jsonl): the group's title names who acted, no place it acted in."""
    span = tree.phrase(actor)
    found = set()
    for a, b, name in names_in(span, "sides"):
        named = span.char_span(a, b, alignment_mode="expand") if name.kind == "group" and " " in name.text else None
        found |= {t.i for t in named} if named is not None else set()
    return found


def _speakers_above(trigger: Token, reporter: Span | None) -> list[Token]:
    """The subjects of the verbs of saying above the trigger that are not its ``reporter`` ("The Ministry of Defence in
    Kabul denied that ..., saying the forces had made a tactical retreat"): a speaker the participle's clause hangs on."""
    verbs = [a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in lexicon("cue_report")]
    verbs += [trigger.sent.root for v in verbs if v.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in v.children)]  # "saying": the sentence's subject says it
    seen = {t.i for t in reporter} if reporter is not None else set()
    return [c for v in verbs for c in v.children if c.dep_ == "nsubj" and c.i not in seen and not any(t.i == trigger.i for t in c.subtree)]


def _an_authority(actor: Token | None) -> bool:
    """Is the actor a public authority ("Authorities in the Belgorod and Kursk regions", "officials in Pskov"): the
    place it sits in is the one it runs, where its celebration was to be held (lexicons/authority.txt)."""
    return actor is not None and tree.in_lexicon(actor, lexicon("authority"))


def _sentence_towns(sentence: Span) -> list[Token]:
    """The definite town nouns of the sentence, in any of its clauses ("concluded its mission in the city, ... and the
    troops left"): with no place tied to the event, the town they refer back to is where it happened."""
    return [t for t in sentence if t.pos_ == "NOUN" and t.lower_ in lexicon("town_kind") and any(c.lower_ == "the" for c in t.children)]


def _origins(actor: Token) -> set[int]:
    """The tokens of the actor's "from" phrases ("men from Chuvashia") and of a participle of its origin ("born in
    Tuva", "recruited in Chuvashia": lexicons/origin_participle.txt), but for where a unit named there is kept
    ("soldiers from a brigade based in Abyan", "from a battalion in Chin State": where they are)."""
    kept = {t.i for g in tree.prep_objects(actor, {"from"}) for c in g.children if c.dep_ == "acl" and c.lemma_.lower() in lexicon("stationed_verb") for t in c.subtree}
    born = [c for c in actor.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lexicon("origin_participle")]  # "soldiers born in Buryatia"
    return ({t.i for g in tree.prep_objects(actor, {"from"}) for t in g.subtree} - kept - unit_places(actor)) | {t.i for c in born for t in c.subtree}


def _in_the_events_clauses(place: Token, trigger: Token) -> bool:
    """Is ``place`` part of a clause the event's trigger is in: the nearest verb above it is the trigger or
    above the trigger ("entered Kherson and left the city") but for a verb of saying (the speaker's place),
    and no relative clause on the way holds the trigger and says something of the place ("Kobani, where
    her unit rested since escaping the city")?"""
    verb = next((a for a in place.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.i != trigger.i and verb.lemma_.lower() in lexicon("cue_report"):
        return witness_town(place, verb) and verb in trigger.ancestors  # "said from her base in Kobani that ...": where the speaker is; "Residents of Tillia said": witnesses
    if verb is None:
        return False
    place_line = {place.i} | {a.i for a in place.ancestors}
    for a in [trigger, *trigger.ancestors]:
        if a.i == verb.i:
            return True
        if a.dep_ == "relcl" and a.head.i in place_line:
            return False
    return False


def _reference_point_at(text: str, start: int) -> bool:
    """Does the name at ``start`` only say where another place lies ("Avdiivka, a town north of Donetsk"), or
    which unit the place before governs ("Sinja, the capital of Sennar state")?"""
    words = text[max(start - 30, 0) : start].lower().split()
    return after_point_of(words, lexicon("compass_point") | lexicon("seat_noun"))  # "Sinja, the capital of Sennar state"


def _region_of_a_town(text: str, start: int, end: int) -> bool:
    """Is the name at ``[start, end)`` a region ("Donetsk region") that says where a town noun just before it lies
    ("the hilltop mining town in Donetsk region")?"""
    after = text[end : end + 16].split()
    before = text[max(start - 40, 0) : start].lower().split()
    if before[-1:] == ["the"]:
        before = before[:-1]
    return bool(after) and after[0].strip(".,;:").lower() in lexicon("region_kind") and before[-1:] == ["in"] and any(w.strip(",") in lexicon("town_kind") for w in before[-4:-1])


def _passive_agent_at(text: str, start: int) -> bool:
    """Is the name at ``start`` the agent of a passive participle ("a ceasefire brokered by Beijing", "talks hosted by
    Doha")? A state's capital acting, not the town "the city" refers back to."""
    words = text[max(start - 30, 0) : start].lower().split()
    return len(words) >= 2 and words[-1] == "by" and words[-2].endswith("ed")


def _dateline_tokens(sentence: Span, context: DocumentContext, start: int) -> set[int]:
    """The tokens of the document's dateline when it opens ``sentence`` ("KINSHASA — Soldiers left ..."): the
    reporter's city, no place of the sentence's (the document may still give it, after its other places)."""
    a, b = context.dateline
    if b <= start or a >= start + len(sentence.text):
        return set()
    span = sentence.char_span(max(a - start, 0), b - start, alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()


def _receivers_places(receivers: list[Token]) -> list[Span]:
    """ "surrendered to the RSF in Babanusa", "to troops of the 36th Infantry Battalion in Barangay Diatagon": where the
    force a surrender was made to stood is where it was made (not "to troops from Chechnya": where they come from)."""
    where = lexicon("prep_town") - lexicon("prep_town_after_kind")
    owners = [o for r in receivers for o in [r, *tree.prep_objects(r, {"of"})]]  # "to troops of the 36th Battalion in Barangay X"
    return [tree.phrase(g) for o in owners for g in tree.prep_objects(o, where)]


def _speakers_home(reporter: Span) -> set[int]:
    """The tokens of the place a speaker comes from, in the speaker's phrase or its apposition ("Olena, a nurse
    from Dnipro, said"): no place of the event, as the actor's origin ("men from Chuvashia refused") is none."""
    nouns = [reporter.root] + [c for c in reporter.root.children if c.dep_ == "appos"]
    return {t.i for noun in nouns for g in tree.prep_objects(noun, {"from"}) for t in g.subtree}


def _according_from(according: Span, celebration: bool) -> set[int]:
    """The tokens of a country or a side's capital the source after "according to" sits in ("according to officials
    in Washington", "a spokesman in Kyiv"), as a reporting subject's ("officials in Paris said") is refused; not
    witnesses in the town itself ("residents in Kidal"), nor a celebration's own officials ("officials in Moscow")."""
    found: set[int] = set()
    for noun in according:
        for g in tree.prep_objects(noun, {"in", "from"}):
            span = place_spans.place_span(g)
            if span is not None and (is_country(span.text) or (not celebration and places.side_of(span.text))):
                found |= {t.i for t in span}
    return found


def _covers(sentence: Span, start: int, end: int, tokens: set[int]) -> bool:
    """Does the text at ``[start, end)`` of ``sentence`` hold one of ``tokens`` (indices in its doc)?"""
    span = sentence.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.i in tokens for t in span)


POSSESSIVE = re.compile(r"['\u2019]s$")


def _without_possessive(place: str | None) -> str | None:
    """ "Kabul's" (the place of "Kabul's airport", "Bukavu's airport area") is written Kabul, when the name
    without its possessive is a place, or the name with it is none."""
    if not place or not POSSESSIVE.search(place):
        return place
    bare = place[:-2]
    return bare if gazetteer().is_place_name(bare) or not gazetteer().is_place_name(place) else place
