"""The actor's side from the states its sentence names (side: not a state that is a later clause's or a concession's
subject, nor a party something is between), and the names that stand for a state rather than a place: a state or its
capital named for its government or forces ("Britain has urged restraint", "the US-backed SDF"), a partner worked with
("in solidarity with Gaza"). Read by arguments.locations (a state's stand-in is no place) and sides.py.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.entities import entity_type
from tasks.extract.context import names_in
from tasks.extract.patterns import lexicon
from tasks.extract.place_spans import place_span
from tasks.extract.place_tokens import (
    PLACE_LABELS,
    gazetteer_span,
)
from tasks.extract.state_speaker import possessed_place
from tasks.extract.tree import first_conjunct, in_lexicon
from tasks.normalize import places


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
