"""A procession that will not go one way: "the parade will not march past the mausoleum this year but will take a
new route through the city" is moved, not cancelled (the ontology: celebrations moved are no cancellation; code
review round 5b). "The Immortal Regiment will not march this year" stays a cancellation."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.declined_task import alternative_words


def moved_not_cancelled(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """A negated verb of a procession moving (procession_verb.txt) with a path of its own ("past", "through",
    "along", "down": prep_path.txt), or a verb conjoined to it with no subject of its own that goes "instead"
    or after "but" another way ("... but will take a new route", "and will instead go along the river"); not
    "... but will be replaced by a ceremony" (a cancellation with something else in its place)."""
    if trigger.lemma_.lower() not in lexicons["procession_verb"]:
        return False
    if _has_path(trigger, lexicons):
        return True
    for other in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children):
            continue  # "... but organisers will hold a minute of silence": another subject, another act
        alternative = any(c.lower_ in alternative_words(lexicons) for c in other.children) or any(
            c.dep_ == "cc" and c.lower_ == "but" for c in trigger.children if c.i < other.i
        )
        if alternative and _goes_elsewhere(other, lexicons):
            return True
    return False


def _has_path(verb: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in lexicons["prep_path"] for c in verb.children)


def _goes_elsewhere(verb: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "will take a new route", "will instead go along the river", "will march through the old town"."""
    routed = any(c.dep_ == "dobj" and c.lemma_.lower() in lexicons["route_noun"] for c in verb.children)
    moving = verb.lemma_.lower() in lexicons["procession_verb"] | lexicons["going_verb"]
    return routed or (moving and _has_path(verb, lexicons))
