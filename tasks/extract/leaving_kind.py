"""Desertion or retreat: the kind of a leaving told by its own clause.

The ontology tells the two apart by who leaves and why: members of an armed force who abandon their posts or units
desert (REFUSAL_TO_FIGHT), an armed force that abandons its positions under pressure retreats (RETREAT). Two cues
in the leaving's own coordination decide what a rule of the other type found:

- a retreat found by a verb of leaving whose coordination (the verb and the verbs of going conjoined with it, sharing
  its subject) tells a grievance as its purpose or cause, "left their positions in Mahaday and drove to Mogadishu to
  protest unpaid salaries", "... and returned home over salary arrears", "... and travelled to the capital without
  permission" (lexicons/desertion_purpose_verb.txt, refusal_pay.txt, refusal_unauthorised.txt), is a desertion:
  the refusal rules read such cues only on the leaving verb itself;
- a desertion found by "abandoned their post" is a retreat when who abandons it is the force named as a whole
  ("government forces abandoned their post at Anefis", "the garrison abandoned its post": whole_force_noun.txt,
  military_unit.txt), and no desertion at all when the same subject retreats in its own words in a conjoined verb
  ("abandoned their posts at Shir Khan Bandar and retreated across the bridge": the retreat's own row tells it), nor
  when the posts were left on the way across a border ("crossed into Iraq after leaving their posts").
"Deserted their posts" stays a desertion whoever deserts.

A retreat is a force's move as a body, under pressure or on orders, to another position; a desertion is men going
their own way. Two more cues tell the second (round 18b), for leavers who are not a force named as one body
(lexicons/whole_force_noun.txt, military_unit.txt, collective_force_noun.txt: "the contingent returned home" is
a withdrawal):
- a verb of going in the leaving's coordination whose goal is home, a village or a family ("left the outpost and
  went home", "ran off and walked back to their villages": lexicons/refusal_go_home_verb.txt,
  deserters_flight_verb.txt, refusal_home.txt), not one that takes others home ("brought home 95 soldiers");
- the sentence tells that they would not fight, over the leaving or beside it ("did not want to fight, they ran
  away at night", "unwilling to fight, several of the soldiers ran away": lexicons/refusal_unwilling.txt,
  refusal_desire_verb.txt, combat_verb.txt), or that the leaving's purpose is to keep out of the fight ("fled to
  Lithuania to avoid fighting in Ukraine": refusal_avoid_verb.txt, refusal_avoided_task.txt; round ref19).
Posts left on orders ("on orders from the brigade", "after the army ordered a withdrawal") are a unit retreating on
orders, the ontology's RETREAT, not a desertion (round ref19); so are posts that are no man's own ("abandoned several
posts along the river": the force's positions, round ret22)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.absolute_going import absolute_clauses
from tasks.extract.command_exit import command_leaves_ground
from tasks.extract.patterns import lexicon

_RETREAT, _REFUSAL = "RETREAT", "REFUSAL_TO_FIGHT"


def kind_of_leaving(label: str, trigger: Token, actor: Token | None) -> str | None:
    """The type a leaving found by a rule of ``label`` has by the cues of its own clause; None when the sentence
    tells it as another event of which it is a part (the posts abandoned in a retreat told in its own words)."""
    if trigger.pos_ != "VERB":
        return label
    if label == _RETREAT and actor is not None and _grievance(trigger):
        return _REFUSAL
    if label == _RETREAT and any(_deserters_going(c) for c in absolute_clauses(trigger)):
        return _REFUSAL  # "abandoned their checkpoints, with some soldiers simply going home" (absolute_going.py)
    if label == _RETREAT and not _as_one_body(trigger, actor) and (_deserters_going(trigger) or _unwilling_to_fight(trigger) or _avoids_the_fight(trigger) or _uniforms_shed(trigger)):
        return _REFUSAL
    if label == _REFUSAL and command_leaves_ground(trigger, actor):
        return _RETREAT  # "senior army commanders left the city by helicopter": the command leaves with its force
    if label == _REFUSAL and trigger.lemma_.lower() in lexicon("posts_leave_verb") and _posts_left(trigger):
        if any(_retreats(v) for v in _coordination(trigger) if v is not trigger) or _before_crossing(trigger):
            return None
        if (actor is not None and _whole_force(actor)) or _on_orders(trigger) or _force_posts(trigger):
            return _RETREAT
    return label


def _coordination(verb: Token) -> list[Token]:
    """The verb, the verb it is conjoined to and the verbs conjoined after it that have no subject of their own."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and not _own_subject(first):
        first = first.head
    out, todo = [], [first]
    while todo:
        v = todo.pop()
        out.append(v)
        todo.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _own_subject(c))
    return out


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _grievance(trigger: Token) -> bool:
    """A protest as purpose, a pay grievance as cause, or no leave, on the leaving or a verb of its coordination."""
    pay, unauthorised, purpose = lexicon("refusal_pay"), lexicon("refusal_unauthorised"), lexicon("desertion_purpose_verb")
    for verb in _coordination(trigger):
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in purpose and _purpose(child):
                return True  # "drove to Mogadishu to protest unpaid salaries"
            if child.dep_ != "prep":
                continue
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if child.lower_ == "in" and any(o.lower_ == "protest" for o in objects):
                return True  # "gathered outside the prefecture in protest over unpaid salaries"
            if child.lower_ in ("over", "amid") and any(t.lower_ in pay for o in objects for t in o.subtree):
                return True  # "returned to their homes over salary arrears"
            if child.lower_ == "without" and any(o.lower_ in unauthorised for o in objects) and not _retreats(verb):
                return True  # "travelled to Mogadishu without permission"; not "units withdrew without orders", a retreat's own verb
    return False


def _purpose(verb: Token) -> bool:
    """A to-infinitive with no subject of its own ("to protest"), not "after students protested"."""
    return verb.pos_ == "VERB" and not _own_subject(verb) and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _posts_left(trigger: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in ("post", "posts") for c in trigger.children)


def _retreats(verb: Token) -> bool:
    """ "retreated", "withdrew", "fell back", "pulled back": a retreat in its own words."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon("retreat_own_verb") or (lemma in lexicon("back_verb") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children))


def _force_posts(trigger: Token) -> bool:
    """ "abandoned several posts along the Panj river", "abandoned three posts": posts counted (a number, or a
    quantifier of lexicons/partitive.txt), no one's own ("their posts", each man's; a headline's bare "Abandon Posts"),
    are the force's positions, and leaving them is a retreat."""
    counted = lexicon("partitive")
    return any(
        c.dep_ == "dobj" and c.lower_ == "posts" and any(d.dep_ == "nummod" or (d.dep_ in ("amod", "det") and d.lower_ in counted) for d in c.children)
        for c in trigger.children
    )


def _before_crossing(leaving: Token) -> bool:
    """ "crossed into Iraq after leaving their posts in Albu Kamal": posts left on the way across a border, a force's
    move as a body (retreat.cross-after-leaving-posts tells it)."""
    step = leaving.head
    return leaving.dep_ == "pcomp" and step.lower_ in lexicon("crossing_step_prep") and step.head.lemma_.lower() == "cross"


def _whole_force(actor: Token) -> bool:
    """Is the actor's head a force named as a whole ("government forces", "the Malian army", "the garrison")?"""
    word = actor.lower_
    return word in lexicon("whole_force_noun") or word in lexicon("military_unit") or actor.lemma_.lower() in lexicon("whole_force_noun")


def _leavers(trigger: Token, actor: Token | None) -> Token | None:
    """Who leaves: the actor found, else the subject of the first verb of the leaving's coordination."""
    if actor is not None:
        return actor
    first = _coordination(trigger)[0]
    return next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _as_one_body(trigger: Token, actor: Token | None) -> bool:
    """Are the leavers a force named as one body ("the army", "the brigade", "the contingent", "US troops"), or
    unnamed? Partitives ("most of the troops") are read at their head, which is no such noun."""
    who = _leavers(trigger, actor)
    if who is None:
        return True
    return _whole_force(who) or who.lower_ in lexicon("collective_force_noun")


def _deserters_going(trigger: Token) -> bool:
    """A verb of going in the leaving's coordination whose goal is home, a village or a family."""
    home, going = lexicon("refusal_home"), lexicon("refusal_go_home_verb") | lexicon("deserters_flight_verb")
    for verb in _coordination(trigger):
        if verb.lemma_.lower() not in going:
            continue  # not "brought home 95 soldiers": a going of one's own
        adverbs = [c for c in verb.children if c.dep_ == "advmod"]  # "went back to their villages": "to" under "back"
        for child in (*verb.children, *(g for a in adverbs for g in a.children)):
            if child.dep_ in ("advmod", "npadvmod", "dobj") and child.lower_ in ("home", "homes"):
                return True  # "went home", "made their way home" (the parser may hang "home" on "way")
            if child.dep_ == "prep" and child.lower_ in lexicon("prep_motion_goal"):
                if any(o.dep_ == "pobj" and o.lemma_.lower() in home and _their_own(o) for o in child.children):
                    return True  # "walked back to their villages"; not "fled to a nearby village", a place
            if child.dep_ == "dobj" and child.lower_ == "way" and any(g.lower_ == "home" for g in child.subtree):
                return True
    return False


def _uniforms_shed(trigger: Token) -> bool:
    """The leavers shed their uniforms as they go, in a participle or a verb conjoined to the leaving ("abandoned
    checkpoints across Homs, taking off their uniforms", "left their posts and threw away their fatigues": lexicons
    refusal_shed_verb.txt, refusal_uniform.txt): men who stop being soldiers desert, no force pulls back so."""
    verbs = _coordination(trigger) + [c for c in trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG" and not _own_subject(c)]
    for verb in verbs:
        taken_off = verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
        if (taken_off or verb.lemma_.lower() in lexicon("refusal_shed_verb")) and any(
            c.dep_ == "dobj" and _uniform(c) for c in verb.children
        ):
            return True
    return False


def _uniform(noun: Token) -> bool:
    return noun.lower_ in lexicon("refusal_uniform") or noun.lemma_.lower() in lexicon("refusal_uniform")


def _unwilling_to_fight(trigger: Token) -> bool:
    """The sentence tells the leavers would not fight: "did not want to fight", "refused to fight", "unwilling to
    fight", in a clause with no subject of its own other than the leavers' (a pronoun or the same noun)."""
    unwilling, desire, fight = lexicon("refusal_unwilling"), lexicon("refusal_desire_verb"), lexicon("combat_verb")
    subject = next((c for c in _coordination(trigger)[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for token in trigger.sent:
        if token.dep_ != "xcomp" or token.lemma_.lower() not in fight or token.i == trigger.i:
            continue
        governor = token.head
        lemma = governor.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in governor.children)
        if not (lemma in unwilling or (lemma in desire and negated)):
            continue
        own = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if own is not None and subject is not None and own.pos_ != "PRON" and subject.pos_ != "PRON" and own.lemma_ != subject.lemma_:
            continue  # "civilians fled as the soldiers refused to fight": others' unwillingness
        return True
    return False


def _avoids_the_fight(trigger: Token) -> bool:
    """A purpose of the leaving's coordination is to keep out of the fight ("fled to Lithuania to avoid fighting in
    Ukraine", "crossed the border to dodge combat": lexicons/refusal_avoid_verb.txt with refusal_avoided_task.txt or a
    bare gerund of combat_verb.txt); not "the fighting", which civilians and peacekeepers keep out of as much, nor a
    leaving told as a retreat in its own words ("withdrew to avoid combat": a manoeuvre)."""
    verbs = _coordination(trigger)
    if any(_retreats(v) for v in verbs):
        return False
    avoid, task, fight = lexicon("refusal_avoid_verb"), lexicon("refusal_avoided_task"), lexicon("combat_verb")
    for verb in verbs:
        for child in verb.children:
            if child.dep_ not in ("advcl", "xcomp") or child.lemma_.lower() not in avoid or not _purpose(child):
                continue
            for avoided in (c for c in child.children if c.dep_ == "dobj"):
                bare = not any(c.dep_ in ("det", "poss") for c in avoided.children)
                if avoided.lemma_.lower() in task or (bare and avoided.lemma_.lower() in fight | {f"{f}ing" for f in fight}):
                    return True
    return False


def _on_orders(trigger: Token) -> bool:
    """Posts left on orders: "on orders from the brigade command", "under orders", or after an order to withdraw
    ("left their posts after the army ordered a withdrawal": lexicons/verb_order.txt, order_noun.txt,
    trigger_retreat_noun.txt): a unit pulling back on orders is a retreat (the ontology), no desertion."""
    orders, ordering, pullback = lexicon("order_noun"), lexicon("verb_order"), lexicon("trigger_retreat_noun")
    for verb in _coordination(trigger):
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in lexicon("prep_order_ground"):
                if any(o.dep_ == "pobj" and o.lemma_.lower() in orders for o in child.children):
                    return True
            if child.dep_ == "advcl" and child.lemma_.lower() in ordering:
                if any(c.dep_ == "dobj" and c.lemma_.lower() in pullback for c in child.children):
                    return True
    return False


def _their_own(noun: Token) -> bool:
    """ "their villages", "their home towns", "his family": a home of the leavers' own."""
    return any(c.dep_ == "poss" or (c.dep_ == "compound" and c.lower_ == "home") for c in noun.children)
