"""What a force's move is for. A routine errand ("the fleet left Sevastopol for exercises", "retired to their
tents for the night"), the fight itself ("left Sevastopol for the front"), treatment of the wounded ("was injured and
evacuated to a hospital") or an attack ("crossed back into the Kursk region to attack") makes the move no pullback."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.crossing_places import crossed_or_reached
from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon, prep_objects


def on_an_errand(trigger: Token) -> bool:
    """The trigger verb has a "for" phrase whose noun is a routine errand (lexicons/errand_noun.txt) or the fight
    (lexicons/fight_goal_noun.txt, "for the front", "for the front line"), or a "to" or "for" phrase whose noun is
    where the wounded are treated (lexicons/medical_destination.txt: a casualty carried off, no force withdrawn) or
    equipment is mended (lexicons/repair_destination.txt: "flown out to a repair plant", "shipped off for repairs")."""
    if moved_to_the_fight(trigger):
        return True  # "called the move a redeployment of troops to the southern front": a reinforcement
    if trigger.pos_ != "VERB":
        return False
    if _travelled_to_the_fight(trigger):
        return True  # "armoured vehicles drove out of the barracks to the front line": a deployment
    errands = lexicon("errand_noun") | lexicon("fight_goal_noun")
    care = lexicon("medical_destination") | lexicon("repair_destination")
    return any(
        (prep.lower_ == "for" and any(_goal_noun(o, errands) for o in prep.children))
        or (prep.lower_ in ("to", "for") and any(_goal_noun(o, care) for o in prep.children))
        for prep in trigger.children
        if prep.dep_ == "prep"
    )


def round_trip(trigger: Token) -> bool:
    """A plain departure (lexicons/plain_departure_verb.txt: left, departed) joined by a verb of coming back
    (lexicons/soldier_act_return.txt: "returned", "came back") with no subject of its own and a time of the same day
    (lexicons/same_day_span.txt: "two hours later", "at dusk"): "the pilot left the air base at dawn and returned two
    hours later" made a round trip, no pullback. Not "left the village in March and returned in May", nor a verb
    of retreat ("withdrew at dawn and came back at dusk": a pullback, then a return)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon("plain_departure_verb"):
        return False
    back = lexicon("soldier_act_return")
    returns = [
        c for c in trigger.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and (c.lemma_.lower() in back or any(p.dep_ in ("prt", "advmod") and p.lower_ in back for p in c.children))
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]
    return any(t.lemma_.lower() in lexicon("same_day_span") or t.lower_ in lexicon("same_day_span") for r in returns for t in r.subtree if t.i > r.i)


def _travelled_to_the_fight(verb: Token) -> bool:
    """A verb of travel out of a place (lexicons/trigger_carried_out_verb.txt, trigger_drive_out_verb.txt: flew, crossed, drove) whose goal is the
    fight ("to the front line", "towards the front": lexicons/fight_goal_noun.txt): set out to fight, no pullback.
    Not "withdrew to a new front line", which a verb of retreat says."""
    if verb.lemma_.lower() not in lexicon("trigger_carried_out_verb") | lexicon("trigger_drive_out_verb"):
        return False
    goals = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_elsewhere") for o in p.children]
    return any(_goal_noun(o, lexicon("fight_goal_noun")) for o in goals)


def _goal_noun(noun: Token, words: frozenset[str]) -> bool:
    """The object of a preposition is one of ``words``, by its lemma or with its compound ("the front line",
    "a field hospital")."""
    if noun.dep_ != "pobj":
        return False
    compound = " ".join(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1)
    return noun.lemma_.lower() in words or f"{compound} {noun.lemma_.lower()}" in words


def to_attack(trigger: Token) -> bool:
    """The trigger verb's purpose infinitive is an attack (lexicons/offensive_verb.txt) and no place is left
    ("withdrew from Kyiv to attack in the east" still leaves Kyiv), or the verb is a plain departure
    (lexicons/plain_departure_verb.txt: "left Kupiansk at dawn to attack Russian positions": set out, no pullback)."""
    if trigger.pos_ != "VERB" or (_source(trigger) and trigger.lemma_.lower() not in lexicon("plain_departure_verb")):
        return False
    return any(
        c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.lemma_ in lexicon("offensive_verb")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in trigger.children
    )


def on_a_task_of_the_fight(trigger: Token) -> bool:
    """The trigger verb's purpose infinitive (an adverbial, not the complement of "refused to carry out") is a task
    done in the fight ("left his position to carry a wounded comrade", "to fetch ammunition"; lexicons/errand_verb.txt):
    the move is no flight from the fight."""
    if trigger.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "advcl" and c.tag_ == "VB" and c.lemma_.lower() in lexicon("errand_verb")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in trigger.children
    )


def _source(verb: Token) -> bool:
    """A "from" or "out of" phrase on the verb or its particle, or a place left as its object; not the "of" of a
    compass point ("moved back east of the river to attack": where they went), nor the line a force crosses or the
    craft it boards ("crossed the river at dawn to attack", "boarded the landing craft to assault the beach": the
    way it went, no place left; ``crossing_places.crossed_or_reached``)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt") or (c.dep_ == "prep" and c.lower_ == "out"))]  # "out" of "pulled out of Kherson" is parsed a preposition
    passed = crossed_or_reached(verb)
    return any(c.dep_ == "dobj" and c.i not in passed for c in verb.children) or any(
        c.dep_ == "prep" and (c.lower_ == "from" or (c.lower_ == "of" and h.lower_ not in lexicon("compass_point"))) for h in heads for c in h.children
    )


def moved_to_the_fight(trigger: Token) -> bool:
    """A euphemism's noun of moving a force (lexicons/euphemism_noun.txt: redeployment, regrouping), or a verb of
    moving one (lexicons/trigger_reposition_verb.txt: '"redeployed" to the front line'), whose goal is the
    fight itself ("a redeployment of troops to the southern front", "a regrouping of forces ahead of the offensive":
    lexicons/fight_goal_noun.txt after a preposition of a goal, lexicons/prep_elsewhere.txt, or "ahead of") with no
    place left ("from"): a reinforcement, no pullback. "The regrouping of forces from Kyiv to the Donbas front"
    still leaves Kyiv."""
    verb = trigger.pos_ == "VERB" and trigger.lemma_.lower() in lexicon("trigger_reposition_verb")  # '"redeployed" to the front line'
    if not verb and (trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in lexicon("euphemism_noun")):
        return False
    heads = [trigger] if verb else [trigger, *prep_objects(trigger, {"of"})]  # "a regrouping of its units ahead of the counteroffensive"
    if not verb and trigger.dep_ in ("oprd", "attr", "xcomp"):  # "called the move a redeployment ... to the front": the parser hangs "to" on "called"
        heads.append(trigger.head)
    preps = [c for h in heads for c in h.children if c.dep_ in ("prep", "advmod") and (h.i != trigger.head.i or c.i > trigger.i)]
    if any(t.dep_ == "prep" and t.lower_ in ("from", "out") for p in [trigger, *preps] for t in p.subtree):
        return False  # "the regrouping of its forces from Kyiv to the Donbas front": Kyiv is left
    fight = lexicon("fight_goal_noun")
    goals = [o for p in preps if p.lower_ in lexicon("prep_elsewhere") for o in p.children]
    goals += [o for p in preps if p.lower_ == "ahead" for q in p.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children]
    return any(_goal_noun(o, fight) for o in goals) or (verb and _purpose_is_the_fight(trigger, fight))


def _purpose_is_the_fight(verb: Token, fight: frozenset[str]) -> bool:
    """A purpose infinitive of the move that attacks (lexicons/offensive_verb.txt: '"redeployed" to the outskirts to
    attack the rebel positions') or readies the fight ("to prepare for the offensive": a noun of
    lexicons/fight_goal_noun.txt as its object or after its preposition): a move toward the fight, no pullback."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.tag_ != "VB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        objects = [o for o in clause.children if o.dep_ == "dobj"] + [o for p in clause.children if p.dep_ == "prep" for o in p.children]
        if clause.lemma_.lower() in lexicon("offensive_verb") or any(o.lemma_.lower() in fight or _goal_noun(o, fight) for o in objects):
            return True
    return False


def on_permitted_leave(verb: Token) -> bool:
    """Does ``verb`` have an "on" or "for" phrase whose noun is a permitted absence (lexicons/permitted_leave_noun.txt)?"""
    return any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and in_lexicon(o, lexicon("permitted_leave_noun"))
        for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "for") for o in p.children
    )


def leaving_on_leave(trigger: Token, label: str) -> bool:
    """A retreat's leaving verb on leave, or a refusal told by a change of clothes (lexicons/dress_change_verb.txt)
    whose leaving verb after it (lexicons/refusal_go_away_verb.txt) is on leave."""
    if label == "RETREAT":
        return trigger.pos_ == "VERB" and on_permitted_leave(trigger)
    if label != "REFUSAL_TO_FIGHT" or not in_lexicon(trigger, lexicon("dress_change_verb")):
        return False
    return any(
        t.i > trigger.i and t.pos_ == "VERB" and t.lemma_.lower() in lexicon("refusal_go_away_verb") and on_permitted_leave(t)
        for t in trigger.sent
    )
