"""Whose deserter one is: the force a deserter abandons ("Rohingya men ... have been abandoning the army") or the
force that conscripted him ("men conscripted by the military"), by its own words ("the Myanmar army") or, named
bare, by whose "the army" or "the military" is in the lines before ("the Myanmar military's Western Command ...
conscripted by the military": MMR), not the armed group the article is about (the ontology's REFUSAL_TO_FIGHT:
members of an armed force desert it; lexicons/refusal_left_force.txt, conscripting_verb.txt); else, with no side
named, the state whose military court the document names ("A military garrison court in Novosibirsk sentenced a
contract soldier ... for leaving his unit near Pokrovsk": Russia's soldier, though his unit stood in Ukraine;
lexicons/military_court.txt)."""
from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.context import DocumentContext, context_offset
from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon
from tasks.normalize import places
from tasks.normalize.geo import gazetteer

_COURT_STATES: WeakKeyDictionary = WeakKeyDictionary()  # one look per document


def deserted_side(trigger: Token, actor: Token | None, context: DocumentContext | None) -> str | None:
    """The side of the force ``trigger`` abandons, or of the force that enlisted ``actor``; None when none is named."""
    forces = [c for c in trigger.children if c.dep_ == "dobj" and c.lower_ in lexicon("refusal_left_force")]
    enlisting = [c for c in actor.children if c.dep_ == "acl"] if actor is not None else []
    enlisting += [trigger.head] if trigger.dep_ == "advcl" else []  # "men conscripted by the military ... have been abandoning", read as a clause
    forces += [g for verb in enlisting if verb.lemma_.lower() in lexicon("conscripting_verb") for g in tree.prep_objects(verb, {"by"})]
    for force in forces:
        side = places.side_of(tree.phrase(force).text)
        if side is None and context is not None:
            side = context.side_of_noun_before(context_offset(force), force.lower_)
        if side is not None:
            return side
    return None


def court_state(context: DocumentContext | None) -> str | None:
    """The state whose military court the document names with its town ("a military court in Yekaterinburg", "the
    Kemerovo garrison court"): whose servicemen it tries. Read once per document. Not a court named by its country
    ("Congo Military Court"): a name the sentence's own side reading already weighs, with the document's places."""
    if context is None:
        return None
    if context not in _COURT_STATES:
        _COURT_STATES[context] = _court_state(context)
    return _COURT_STATES[context]


def _court_state(context: DocumentContext) -> str | None:
    text = context.text
    courts = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(lexicon("military_court"), key=len, reverse=True)) + r")\b", re.IGNORECASE)
    for court in courts.finditer(text):
        for start, end, _ in context.place_mentions:
            before = end <= court.start() and text[end : court.start()].strip() in ("", "'s")
            after = court.end() <= start and re.fullmatch(r"\s+(?:in|of)\s+(?:the\s+(?:city|town)\s+of\s+)?", text[court.end() : start])
            if (before or after) and not is_country(text[start:end]) and (state := context.geocoder.authority_of(text[start:end]) or _country(text[start:end])):
                return state  # the court's town read alone when the document's other places are all far away (Kemerovo, in a story of the front)
    return None


def _country(name: str) -> str | None:
    place = gazetteer().resolve(name)
    return place.country_code if place is not None else None
