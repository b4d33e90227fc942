"""What an event noun's own words say of whether it happened, for realis.py: a definite event ("the withdrawal",
"Russia's retreat") against an idea ("the prospect of a withdrawal"); a report called false or its falsehood denied;
an event judged possible, warned of, resting on a condition, put off or punished as a kind of act; a past relative
clause or a past verb it is the subject of, which tell it took place.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.time_measure import measures_time
from tasks.extract.token_classes import has_class
from tasks.extract.tree import with_conjuncts


def event_as_past_agent(verb: Token, came_by: str, came_from: Token, trigger: Token) -> bool:
    """The event noun as the subject of a past verb of giving, offering or requiring ("the garrison's surrender
    gave the rebels the town", "the pullout required no new orders"): what the event did, not what was asked or planned."""
    return came_by == "nsubj" and came_from.i == trigger.i and trigger.pos_ == "NOUN" and verb.tag_ == "VBD"


def arranged_event(verb: Token, came_by: str, came_from: Token, trigger: Token) -> bool:
    """A definite event noun as the subject of a simple past passive of arranging ("the rebels' capitulation was
    negotiated by local elders", "the surrender of the garrison was brokered by ..."): arranged, so done. Not "a
    surrender was negotiated" (a deal for one) nor "is being negotiated", "will be negotiated"."""
    past = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    return (
        came_by == "nsubjpass" and came_from.i == trigger.i and trigger.pos_ == "NOUN" and past
        and verb.lemma_.lower() in lexicon("verb_arrange") and definite_event(trigger)
    )


def said_to_be_false(noun: Token, words: frozenset[str]) -> str | None:
    """The word that calls a report false, when the report noun is the subject of a verb with it ("reports that
    ... were false", "the claim ... is untrue", "claims that ... proved untrue", "rumours that ... turned out to
    be false") or of it as a passive ("reports of desertions are fabricated")."""
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lower_ in words:
        return verb.text  # "reports of desertions are fabricated"
    if noun.dep_ == "ROOT":  # "Reports that ... had been cancelled proved false": the predicate hung on the noun
        verb = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > noun.i), noun)
    elif noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    links = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be")]  # "turned out to be false"
    return next((c.text for link in links for c in link.children if c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in words), None)


def falsehood_denied(noun: Token) -> bool:
    """ "The surrender was no fake", "the withdrawal was not fabricated": the predicate's falsehood word is denied."""
    verb = noun.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd"))]
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "never")) for w in words for c in w.children)


def judged_as(noun: Token) -> list[Token]:
    """ "assess a full withdrawal as possible but not imminent": an adjective of possibility (lexicons/modifier_irrealis.txt)
    that the noun's "as" phrase predicates of it says it is still to come; not a noun it is named as ("described the
    departure as a planned regrouping": the regrouping is the name, and the departure happened)."""
    words = lexicon("modifier_irrealis")
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # the parser may hang "as possible" on the verb
    said = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children if c.pos_ == "ADJ" for a in with_conjuncts(c)]
    return [a for a in said if a.lower_ in words or a.lemma_.lower() in words]


def rests_on(node: Token, came_from: Token, contingent: frozenset[str]) -> bool:
    """ "hinged on the withdrawal", "depends upon a pullout", "contingent on their surrender": the event
    is what something else needs, not what happened; so is an event that, as the subject in the present, depends on
    something ("any further drawdown depends on security conditions": still to come; not "the pullout depended on")."""
    if node.lemma_.lower() not in contingent:
        return False
    if came_from.dep_ == "nsubj" and node.tag_ in ("VBZ", "VBP"):
        return True
    return came_from.dep_ == "prep" and came_from.lower_ in lexicon("prep_contingent")


def of_objects(noun: Token) -> list[Token]:
    """ "one of the conditions": the objects of the noun's "of"."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def idea_of(noun: Token) -> bool:
    """An event noun with an indefinite article after "the value of", "the prospect of", "fears of": an idea."""
    return (
        noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and noun.head.head.lemma_.lower() in lexicon("cue_concept")
    )


def warned_of(verb: Token, came_from: Token, trigger: Token) -> bool:
    """ "Diplomats warned of a hasty withdrawal", "warned against another pullout": the event noun right after a verb
    of warning's "of", "against" or "about", not a known event ("warned of the consequences of the withdrawal")."""
    return (
        verb.lemma_.lower() in lexicon("cue_threat") and verb.pos_ == "VERB" and came_from.dep_ == "prep"
        and came_from.lower_ in lexicon("prep_warned_of") and trigger.head.i == came_from.i
        and trigger.pos_ == "NOUN" and not definite_event(trigger)
    )


def warned_about(prep: Token, came_by: str) -> bool:
    """ "warned about a withdrawal that had left the flank exposed": the preposition of a verb of warning, no "about to"
    (cue_future); whether the warned-of event is to come is for warned_of to judge at the verb."""
    return came_by == "pobj" and prep.dep_ == "prep" and prep.lower_ in lexicon("prep_warned_of") and prep.head.lemma_.lower() in lexicon("cue_threat")


def past_relative(noun: Token) -> bool:
    """ "a disorderly withdrawal that had left the flank exposed", "a retreat that left tanks in the fields": a relative
    clause in the past tells of one that took place (not "a withdrawal that would leave the Kurds exposed", nor "a
    retreat that the president proposed": planned, promised or asked for)."""
    aims = lexicon("cue_future") | lexicon("cue_promise") | lexicon("cue_demand")
    return any(
        c.dep_ == "relcl" and not any(a.tag_ == "MD" for a in c.children) and c.lemma_.lower() not in aims
        and (c.tag_ == "VBD" or any(a.dep_ == "aux" and a.lower_ in lexicon("past_auxiliary") | lexicon("auxiliary_perfect") for a in c.children))
        for c in noun.children
    )


def definite_event(noun: Token) -> bool:
    """An event noun that names a known event: "the withdrawal", "its withdrawal", "Russia's retreat"; not "a
    withdrawal" ("would not comment on a withdrawal": one that may never come)."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in lexicon("determiner_known_event")) for c in noun.children)


def put_off(noun: Token) -> bool:
    """An event noun said to be postponed or delayed, with no cause named ("the withdrawal ... has been delayed",
    "the pullout was postponed"), or put off by those whose event it is ("the French soldiers delayed their
    departure"): it has not happened yet. Not "the retreat was delayed by the mud", nor the active "bad weather
    delayed the retreat of the column": slowed while it happened."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lexicon("event_phase_noun"):
        noun = noun.head.head  # "a second phase of the drawdown has been delayed": that part of it is still to come
    verb = noun.head
    if noun.pos_ != "NOUN" or verb.lemma_.lower() not in lexicon("verb_postpone"):
        return False
    if noun.dep_ == "dobj":
        return _own_event(noun, verb)  # "the French soldiers delayed their departure", "France postponed the withdrawal of its troops"
    agent = any(c.dep_ == "agent" and not measures_time(c) for c in verb.children)  # not "postponed by a week"
    return noun.dep_ == "nsubjpass" and not agent


def _own_event(noun: Token, verb: Token) -> bool:
    """Is the event noun the object of the verb, owned by the verb's own subject through a possessive pronoun
    that agrees with it ("the soldiers delayed their departure", "the army postponed its withdrawal", "France
    delayed the withdrawal of its troops")? Not "heavy rain delayed their retreat": a cause that slowed it."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "poss"]
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        plural = subject.tag_ in ("NNS", "NNPS")
        for owner in owners:
            if owner.lower_ == "its" and not plural:
                return True
            if owner.lower_ == "their" and (plural or subject.pos_ == "PROPN"):
                return True
    return False


def sanctioned(noun: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """A bare event noun that a rule punishes ("penalties for desertion", "the punishment for surrender", a state's
    law: "Russia's own penalties for voluntary surrender"): a kind of act; not "his punishment for desertion"."""
    rule = noun.head.head
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    return (
        noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "for" and bare
        and rule.lemma_.lower() in lexicon("cue_sanction")
        and not any(c.dep_ == "poss" and not has_class(c, "state", lexicons) for c in rule.children)
    )
