"""Parses → events: run every rule on each parsed sentence, find its participants (participants.py), judge
realis, fill arguments, and keep one reading of each event."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from tasks.entities import EntitiesMissing
from tasks.extract import place_tokens, prefilter, realis, sources, token_classes, tree
from tasks.extract.captivity_goal import evacuated_into_captivity
from tasks.extract.celebration_names import of_text as celebrations_of
from tasks.extract.comment_noun import instance_head, resumes_clause, without_filed_instances, without_resumptions
from tasks.extract.context import DocumentContext, Vocabulary, attach
from tasks.extract.desertion_manner import manner_participles
from tasks.extract.desertion_sequel import sequel_of_desertion
from tasks.extract.enemy_crossing import into_enemy_land
from tasks.extract.event_places import EventPlaces
from tasks.extract.followed_suit import note_cancellation
from tasks.extract.handover_exit import hand_over_as_exit, mission_to_the_host, to_the_host, within_a_withdrawal
from tasks.extract.leavers import leavers_phrase
from tasks.extract.leaving_kind import kind_of_leaving
from tasks.extract.name_scan import is_country
from tasks.extract.one_reading import without_actorless_twins
from tasks.extract.participants import ParticipantFinder
from tasks.extract.partners import partner_sides
from tasks.extract.patterns import Rule, lexicon, load_lexicons, load_rules, version
from tasks.extract.receiver_side import handed_to_a_friend
from tasks.extract.referring_noun import only_refers_back
from tasks.extract.routine_return import ROUTINE_RETURN_RULES, routine_return
from tasks.extract.sides import Sides
from tasks.extract.surrender_march import marches_of_surrender
from tasks.extract.swallowed_subject import swallowed_phrase
from tasks.extract.topic_question import topic_of_a_question
from tasks.extract.venue_noun import at_a_venue
from tasks.ingest import Document
from tasks.nlp import ENTITY_RECOGNISER, Line, add_entities, lines, model_identity
from tasks.normalize import places
from tasks.normalize.event_dates import celebration_date, event_date
from tasks.normalize.history import side_as_of
from tasks.schema import mention_day


@dataclass
class Attempt:
    """One pass of the rules over a document: its rows, or the lines that lacked the named entities a rule asked for."""

    rows: list[dict]
    missing: list[Doc]  # when any, ``rows`` is empty: not to be used
    matches: list[list[tuple[Rule, Token]]]  # per line, for the next pass
    context: DocumentContext


class Extractor:
    """All rules of a patterns folder, compiled once per vocabulary."""

    def __init__(self, patterns_dir: Path | None = None, lexicons_dir: Path | None = None, model: str | None = None):
        self.model = model
        self.lexicons = load_lexicons(lexicons_dir)
        self.sides = Sides(self.lexicons)
        self.event_places = EventPlaces(self.lexicons)
        self.participants = ParticipantFinder(self.lexicons)
        self.rules = load_rules(patterns_dir, self.lexicons)
        self.by_id = {rule.id: rule for rule in self.rules}
        self.version = version(patterns_dir, lexicons_dir, model_identity(model))
        self.labels = sorted({rule.label for rule in self.rules})
        armed_names = {n.text for n in places.side_names() if n.kind in ("group", "mission")} | self.lexicons["anaphor"] | self.lexicons["member"] | self.lexicons["armed_remnant"] | self.lexicons["armed_intruder"] | self.lexicons["armed_loyalist"] | self.lexicons["allied_coalition"]
        self._prefilter = prefilter.Prefilter(self.rules, self.lexicons, armed_names)
        self._matchers: dict[tuple[int, str], DependencyMatcher] = {}
        self._node_words = [[w for node in rule.pattern if (w := prefilter.node_words(node)) is not None] for rule in self.rules]
        self._vocabulary = Vocabulary.from_lexicons(self.lexicons)

    def keep(self, line: str) -> bool:
        """The cascade's prefilter by the lexicons alone: can this line hold an event, whatever its document?"""
        return self._prefilter(line)

    def select(self, text: str, index: int = 0) -> Iterator[Line]:
        """The cascade's prefilter on a document: its lines (``tasks.nlp.lines``, numbered ``index``) that can
        hold an event. The names the document gives its celebrations count as celebration words, and so does
        "it" just after a mention of one (``tasks/extract/celebration_names.py``): learnt once, and only for a
        document with a line that has a trigger and no celebration word."""
        for line in lines(index, text):
            if self._prefilter(line.text, lambda line=line: celebrations_of(text).stands_in(line.start, line.text)):
                yield line

    def matches(self, doc: Doc) -> list[tuple[Rule, Token]]:
        """(rule, trigger) for every match in ``doc``, rule by rule in the order of the patterns files.

        Only rules whose words (of the trigger and of every other node that names its words) occur
        in the sentence run their matcher: the dependency matcher's cost grows with the number of
        pattern nodes it tests on every token."""
        present = {t.lemma_ for t in doc} | {t.lower_ for t in doc}
        out = []
        for rule, needed in zip(self.rules, self._node_words):
            if any(present.isdisjoint(words) for words in needed):
                continue
            for _, token_ids in self._matcher(doc, rule)(doc):
                out.append((rule, doc[token_ids[0]]))
        return out

    def _matcher(self, doc: Doc, rule: Rule) -> DependencyMatcher:
        key = (id(doc.vocab), rule.id)
        if key not in self._matchers:
            m = DependencyMatcher(doc.vocab)
            m.add(rule.id, [rule.pattern])
            self._matchers[key] = m
        return self._matchers[key]

    # -- one document ---------------------------------------------------
    def extract(self, document: Document, parsed: list[tuple[int, Doc]]) -> list[dict]:
        """The events of one document; lines parsed without named entities get them where a rule asks."""
        first = self.attempt(document, parsed)
        if not first.missing:
            return first.rows
        add_entities(first.missing, self.model)
        return self.complete(document, parsed, first)

    def attempt(self, document: Document, parsed: list[tuple[int, Doc]], before: Attempt | None = None) -> Attempt:
        """One pass of the rules over a document (``before``: the pass whose matches and annotations it reuses).

        Its rows are the document's events, unless some lines lacked the named entities a rule
        asked for (``tasks.entities``): then run the entity recogniser on those and ``complete``."""
        published = document.published_at.date() if document.published_at else None
        rows: dict[tuple, dict] = {}
        deserting: set[int] = set()  # triggers of realis desertions, before rows of one sentence replace each other
        manners: set[int] = set()  # participles telling how a realis desertion was done ("deserted, slipping away")
        deserted_then: dict[int, int] = {}  # verb conjoined after a realis desertion -> the desertion ("defected and surrendered")
        filed: dict[int, int] = {}  # event noun -> the verb whose event a closing comment files under it ("the latest in a string of defections")
        resumed: set[int] = set()  # event nouns that sum up their clause's event in a closing comment ("..., a withdrawal that")
        missing: dict[int, Doc] = {}
        context = before.context.again() if before is not None else DocumentContext(document.text, self._vocabulary)
        matches = before.matches if before is not None else [self.matches(doc) for _, doc in parsed]
        for (offset, doc), found in zip(parsed, matches):
            attach(doc, context, offset)
            for rule, trigger in found:
                try:
                    events = self._events(rule, trigger, offset, document, context, published)
                except EntitiesMissing as exc:
                    missing[id(exc.doc)] = exc.doc
                    continue
                head = instance_head(trigger, offset) if events else None
                if head is not None:
                    filed[offset + trigger.idx] = head
                if events and resumes_clause(trigger):
                    resumed.add(offset + trigger.idx)
                for row in events:
                    if row["event_type"] == "REFUSAL_TO_FIGHT" and row["realis"]:
                        deserting.add(row["trigger_start"])
                        deserted_then.update(conjoined_after(trigger, offset, row["trigger_start"]))
                        manners.update(manner_participles(trigger, offset))
                    if row["event_type"] == "SURRENDER" and row["realis"]:
                        manners.update(marches_of_surrender(trigger, offset))
                    if row["event_type"] == "CANCELLED_CELEBRATION" and row["realis"]:
                        note_cancellation(context, row["trigger_start"])
                    key = (row["sentence_start"], row["event_type"], row["location"])
                    old = rows.get(key)
                    if old is None or (row["realis"], row["confidence"]) > (old["realis"], old["confidence"]):
                        rows[key] = row
        if missing:
            return Attempt([], list(missing.values()), matches, context)
        kept = _one_row_per_participant(_no_desertion_where_surrender(_no_surrender_where_desertion(
            _no_retreat_where_another_event(without_resumptions(without_filed_instances(without_actorless_twins(list(rows.values())), filed), resumed), manners), deserting), deserted_then))
        ordered = sorted(_surrender_by_leaving(kept), key=lambda r: (r["sentence_start"], r["event_type"], r["trigger_start"]))
        return Attempt(ordered, [], matches, context)

    def complete(self, document: Document, parsed: list[tuple[int, Doc]], first: Attempt) -> list[dict]:
        """The events of a document whose ``first`` attempt lacked named entities, once they have been added."""
        second = self.attempt(document, parsed, first)
        if second.missing:
            raise RuntimeError(f"the pipeline gave no named entities (component {ENTITY_RECOGNISER!r})")
        return second.rows

    def _events(self, rule: Rule, trigger: Token, offset: int, document: Document, context: DocumentContext, published: date | None) -> list[dict]:
        sentence = trigger.sent
        start = offset + sentence.start_char
        group = context.group_before(start)
        who = self.participants.find(rule, trigger, sentence, group, headline=start == 0, context=context)
        if who is None:
            return []
        judged = realis.judge(trigger, sentence, rule, self.lexicons)
        actor_span = (swallowed_phrase(who.actor, trigger) or leavers_phrase(who.actor, trigger)) if who.actor is not None else None
        theme_spans = [tree.phrase(t) for t in who.themes]
        reporter = sources.source_span(trigger, sentence, self.lexicons["cue_report"])
        actor_is_side = (  # "Moscow pulled out", "Germany surrendered": a state; "Douma surrendered", "Kyiv cancelled": a place
            who.actor is not None and rule.label != "CANCELLED_CELEBRATION"
            and (is_country(actor_span.text) or bool(places.find(actor_span.text, "sides")))
            and (place_tokens.is_place(who.actor) or token_classes.has_class(who.actor, "state", self.lexicons))  # "drove out the Soviet Union"
        )
        actor_phrase = [actor_span] if actor_span is not None and not actor_is_side else []  # "Moscow pulled out": a side, not a place
        where = self.event_places.places(trigger, sentence, who, theme_spans, actor_phrase, reporter, context, start, actor_is_side, rule.label == "CANCELLED_CELEBRATION", rule.label)
        side = self.sides.side(rule, trigger, sentence, who, actor_span, theme_spans, where, group, context, start, reporter, published)
        neighbours = [context.paragraph_before(start)]
        if rule.label == "CANCELLED_CELEBRATION" and who.themes:  # the celebration's date, read forward
            when, precision = celebration_date(who.themes[0], published, trigger=trigger, neighbours=neighbours)
        else:
            when, precision = event_date(trigger, published, neighbours=neighbours)
        side = side_as_of(side, when)  # "Moscow pulled out in 1989": the Soviet Union
        label = kind_of_leaving(rule.label, trigger, who.actor) if judged.realis else rule.label  # "left their positions ... to protest unpaid salaries": a desertion
        if label is None or (label == "RETREAT" and sequel_of_desertion(trigger)):
            return []  # "had deserted, leaving behind tanks": how deserters went, the desertion's own row
        if rule.label == "RETREAT" and evacuated_into_captivity(trigger, side):
            label = "SURRENDER"  # "were evacuated from the plant and taken to towns controlled by Russian forces"
        if label == "RETREAT" and into_enemy_land(trigger, side, context, when):
            return []  # "Russian troops crossed into Ukraine through the Senkivka border crossing": an invasion
        if rule.id in ROUTINE_RETURN_RULES and routine_return(trigger):
            return []  # "flown back to their base after completing training in Germany": home from a task, no pullback
        if only_refers_back(trigger, who.actor):
            return []  # "surrendered in the days before the withdrawal", "has not confirmed the pullback": no new mention
        if at_a_venue(trigger) or topic_of_a_question(trigger):
            return []  # "diplomats meeting at a retreat outside Helsinki": a place; "What the Wagner Mutiny Tells Us": a topic
        if rule.label == "SURRENDER" and within_a_withdrawal(side, who.receivers, trigger, when or published):
            return []  # "pulled out of Basra, handing the city to Iraqi forces": how it left, the withdrawal's own row
        if rule.label == "SURRENDER" and who.themes and who.receivers and (
            hand_over_as_exit(side, who.receivers, trigger, when or published) or to_the_host(side, who.receivers, who.themes, when or published)
        ):
            label = "RETREAT"  # "American troops handed over Bagram to the Afghan army": a foreign force leaves its base
        elif rule.label == "SURRENDER" and who.themes and who.receivers and mission_to_the_host(who.actor, who.receivers, who.themes):
            label, side = "RETREAT", None  # "the UN mission handed the camp over to the Malian army": no side's, nor the receiver's enemy's
        elif rule.label == "SURRENDER" and handed_to_a_friend(side, who.receivers, when or published):
            if who.themes:  # a place handed to its own side or an ally: relieved in place, not given up
                return []
            side = None  # "Fighters from Chechnya surrendered to Ukrainian forces": whoever they are, not Ukraine's
        partners = partner_sides(who.actor, side)
        out = []
        for place in where:
            row = {
                "doc_id": document.doc_id,
                "source_path": document.source_path,
                "event_type": label,
                "realis": judged.realis,
                "modality": judged.modality,
                "modality_cue": judged.cue,
                "trigger": trigger.text,
                "trigger_start": offset + trigger.idx,
                "trigger_end": offset + trigger.idx + len(trigger.text),
                "sentence": document.text[start : offset + sentence.end_char],
                "sentence_start": start,
                "sentence_end": offset + sentence.end_char,
                "actor": actor_span.text if actor_span is not None else None,
                "actor_side": side,
                "location": place,
                **context.geocoder.columns(place, side),
                "event_date": when,
                "date_precision": precision,
                "source": reporter.text if reporter is not None else None,
                "confidence": rule.confidence,
                "pattern_id": rule.id if label == rule.label else rule.id + "+exit",  # a hand-over read as an exit
                "extractor_version": self.version,
                "published_at": document.published_at,
                "day": mention_day(when, document.published_at),
            }
            row["event_id"] = event_id(row)
            out.append({**row, PARTNERS: partners})
        return out


LEAVING_RULES = {"retreat.leave", "retreat.evacuate-place", "retreat.withdraw-forces"}


PARTNERS = "partners"  # the other sides of an actor that names several, carried from _events to attempt, not stored


def _one_row_per_participant(rows: list[dict]) -> list[dict]:
    """The ontology's one event row per participant: "Russian and Syrian forces pulled out" is Russia's row and Syria's."""
    out = []
    for row in rows:
        partners = row.pop(PARTNERS, [])
        out.append(row)
        for side in partners:
            out.append({**row, "actor_side": side, "event_id": event_id(row, participant=side)})
    return out


def _no_retreat_where_another_event(rows: list[dict], manners: set[int]) -> list[dict]:
    """A word that is both a retreat and a surrender or a desertion is the surrender or the desertion
    ("evacuated from the plant into Russian captivity": leaving into the enemy's hands is giving up;
    "fled their unit": leaving one's own side is deserting it); so is a participle telling how a desertion
    was done (``manners``: "deserted en masse, slipping away into the hills")."""
    not_retreats = {r["trigger_start"] for r in rows if r["event_type"] in ("SURRENDER", "REFUSAL_TO_FIGHT") and r["realis"]} | manners
    return [r for r in rows if not (r["event_type"] == "RETREAT" and r["trigger_start"] in not_retreats)]


def _no_surrender_where_desertion(rows: list[dict], deserting: set[int]) -> list[dict]:
    """Arms laid down by a word that is also a desertion were given up to no one ("laid down their arms and
    went home"): a refusal to fight, not a surrender to an opposing force."""
    return [r for r in rows if not (r["event_type"] == "SURRENDER" and r["realis"] and r["trigger_start"] in deserting)]


def conjoined_after(trigger: Token, offset: int, start: int) -> dict[int, int]:
    """The verbs conjoined after a bare desertion's ``trigger`` (so sharing its subject), by their start in the document,
    each mapped to the desertion's ``start``: "defected and surrendered to Ukrainian forces". A desertion with words of
    its own ("deserted their front", "refused to counterattack") is an act of its own before the surrender."""
    if any(c.dep_ not in _BARE_VERB_DEPS for c in trigger.children):
        return {}
    return {
        offset + c.idx: start for c in trigger.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    }


_BARE_VERB_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass", "advmod", "cc", "conj", "punct")


def _no_desertion_where_surrender(rows: list[dict], deserted_then: dict[int, int]) -> list[dict]:
    """Men who desert and, in the same breath, surrender ("two soldiers defected and surrendered to Ukrainian forces")
    deserted by giving themselves up: the desertion is the manner of the surrender, one SURRENDER (the opposite of
    ``_no_surrender_where_desertion``: arms laid down to no one are a desertion)."""
    manner = {deserted_then[r["trigger_start"]] for r in rows if r["event_type"] == "SURRENDER" and r["realis"] and r["trigger_start"] in deserted_then}
    return [r for r in rows if not (r["event_type"] == "REFUSAL_TO_FIGHT" and r["trigger_start"] in manner)]


def _surrender_by_leaving(rows: list[dict]) -> list[dict]:
    """Fighters leaving the place where the same article reports their surrender are
    surrendering, not retreating: the evacuation of a besieged garrison into captivity. Not others' surrender in the
    same sentence ("Junta troops abandon Khampat camp, 40 soldiers surrender"): two groups, two events; nor a site
    left in a town where a surrender is told only by the town ("abandoned their positions around Goma airport" beside
    soldiers who gave up their weapons "in Goma"): the surrender's place must name the site left."""
    surrendered = [r for r in rows if r["event_type"] == "SURRENDER" and r["realis"] and r["location"]]
    out = []
    for row in rows:
        place = (row["location"] or "").lower()
        site = row.get("geo_precision") == "point" or any(w in lexicon("site") for w in place.split())
        same = [p for p in surrendered if not _others_beside(p, row)]
        if row["pattern_id"] in LEAVING_RULES and place and site and any(_site_of(place, p) for p in same):
            row = {**row, "event_type": "SURRENDER", "pattern_id": row["pattern_id"] + "+surrender-context"}
            row["event_id"] = event_id(row)
        out.append(row)
    return out


def _site_of(place: str, surrender: dict) -> bool:
    """Does the site left (``place``, lower case) name the surrender's place: the same or inside it ("Azovstal" for
    "Azovstal"), or the same site with its kind noun after the name ("the Azovstal steelworks" for a surrender at
    "Azovstal", itself a site)? Not a surrender "in Goma" for "Goma airport" left: a town is no site."""
    where = surrender["location"].lower()
    named = " ".join(w for w in place.split() if w not in lexicon("site"))
    return place in where or (surrender.get("geo_precision") == "point" and named == where)


def _others_beside(surrender: dict, row: dict) -> bool:
    """A surrender in ``row``'s own sentence by an actor named apart from ``row``'s."""
    return (
        surrender["sentence_start"] == row["sentence_start"] and surrender["trigger_start"] != row["trigger_start"]
        and None not in (surrender["actor"], row["actor"]) and surrender["actor"] != row["actor"]
    )


def event_id(row: dict, participant: str | None = None) -> str:
    """Stable across runs and unique per source document: the same file, text and rules give the
    same id; two files with the same text give different ids; each further participant's row has its own."""
    key = "\x1f".join(
        [str(row[k]) for k in ("source_path", "doc_id", "event_type", "sentence_start", "trigger_start", "actor", "location")]
        + ([participant] if participant else [])  # a further participant's row ("and Syrian forces"); the first keeps its id
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
