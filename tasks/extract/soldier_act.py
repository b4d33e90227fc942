"""Acts only a soldier does, whose doer needs no soldier word: "several comrades had deserted their unit", "some of the
garrison's auxiliaries had deserted", "several dozen who deserted from units in Zaporizhzhia", "about sixty men refused to
go back to positions outside the town", "two men from our company refused to go on the assault".

One deserts a post, a unit or a base, or deserts with no object; one goes BACK or RETURNS to the front, the positions or
the trenches, or goes on an assault: the act presupposes one who serves in a force (the ontology's REFUSAL_TO_FIGHT:
members of an armed force desert, abandon their posts or units, refuse to deploy). Its doer need only be people named
by a count, a plain word, kin or an armed word ("dozens", "men", "comrades", "her son": lexicons/soldier_act_person.txt
and the lists it names) and no civilians, in a war story (a force named in the sentence or before it): a trade the
civilian lists miss ("journalists refused to go back to the front line", "bus drivers deserted") is no soldier. Never one the text names a civilian, a voter,
a customer, a politician or a prisoner (lexicons/soldier_act_not_person.txt, civilian_person.txt, civilian_group.txt,
civil_trade_noun.txt); never an organisation or a place ("the party deserted", "voters deserted the party": a party is
no post); never a draftee bound for the front for the first time ("refused to go to the front": a draft evader can say
it, so only a going back is a soldier's)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract import tree
from tasks.extract.armed import is_armed
from tasks.extract.context import DocumentContext, context_offset
from tasks.extract.patterns import lexicon
from tasks.extract.token_classes import partitive_of


def soldier_act_doer(trigger: Token, actor: Token, lexicons: dict[str, frozenset[str]], context: DocumentContext | None) -> bool:
    """Is ``actor`` people who do ``trigger``, an act that presupposes a soldier, in a war story?"""
    if not (_deserts(trigger) or _goes_back_to_the_front(trigger, lexicons) or leaves_without_leave(trigger)):
        return False
    doer = _whole_of(actor)
    return _people_not_civilians(doer) and _plain_person(doer, lexicons) and _war_story(trigger, doer, lexicons, context)


def _deserts(trigger: Token) -> bool:
    """ "deserted", "deserted their unit", "deserted from units": a post, a unit or none, not "deserted the party"."""
    if trigger.lemma_.lower() != "desert" or trigger.pos_ != "VERB":
        return False
    posts = lexicon("refusal_post") | lexicon("refusal_garrison") | lexicon("refusal_military_unit")
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    sources = tree.prep_objects(trigger, {"from"})
    return all(tree.in_lexicon(o, posts) for o in objects + sources)


def leaves_without_leave(trigger: Token) -> bool:
    """A post left without orders or walked off, or a uniform shed to go away: a soldier leaving his own army."""
    return _leaves_post_unbidden(trigger) or _sheds_uniform_and_goes(trigger)


def _posts() -> frozenset[str]:
    return lexicon("refusal_post") | lexicon("refusal_garrison") | lexicon("refusal_military_unit") | lexicon("refusal_combat_position")


def _leaves_post_unbidden(trigger: Token) -> bool:
    """ "left the base without orders", "quit the checkpoint without authorisation", "walked off their positions":
    a post, a base or a position left without leave (lexicons/refusal_unauthorised.txt), or one's own positions walked
    off; what is left must be a post ("left the hospital without permission" is no soldier's)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon("soldier_act_leave_verb"):
        return False
    left = [c for c in trigger.children if c.dep_ == "dobj"] + tree.prep_objects(trigger, {"from", "off"})
    if not left or not all(tree.in_lexicon(o, _posts()) for o in left):
        return False
    unbidden = any(tree.in_lexicon(g, lexicon("refusal_unauthorised")) for g in tree.prep_objects(trigger, {"without"}))
    walked_off = trigger.lemma_.lower() == "walk" and any(c.lower_ == "off" for c in trigger.children)
    return unbidden or walked_off


def _sheds_uniform_and_goes(trigger: Token) -> bool:
    """ "took off their uniforms and went home", "ditched their uniforms and fled": going away (lexicons/
    refusal_go_away_verb.txt) conjoined to shedding one's uniform (refusal_shed_verb.txt, or "take off")."""
    if trigger.dep_ != "conj" or trigger.lemma_.lower() not in lexicon("refusal_go_away_verb"):
        return False
    shed = trigger.head
    phrasal = {f"{shed.lemma_.lower()} {c.lower_}" for c in shed.children if c.dep_ == "prt"}
    sheds = shed.lemma_.lower() in lexicon("refusal_shed_verb") or bool(phrasal & lexicon("refusal_shed_phrasal"))
    return sheds and any(c.dep_ == "dobj" and tree.in_lexicon(c, lexicon("refusal_uniform")) for c in shed.children)


def _goes_back_to_the_front(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "refused to go back to positions", "refused to return to the front line", "refused to go on the assault"."""
    if trigger.lemma_.lower() not in lexicon("soldier_act_refusal"):
        return False
    goals, combat = lexicon("soldier_act_destination"), lexicon("soldier_act_combat")
    for going in (c for c in trigger.children if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB"):
        back = tree.in_lexicon(going, lexicon("soldier_act_return")) or any(c.dep_ in ("advmod", "prt") and c.lower_ in lexicon("soldier_act_return") for c in going.children)
        to = [g for g in tree.prep_objects(going, {"to", "into"}) if tree.in_lexicon(g, goals) and not tree.in_lexicon(g, combat) and not _a_things_part(g, lexicons)]
        on = [g for g in tree.prep_objects(going, {"on"}) if tree.in_lexicon(g, combat)]
        if (back and to) or on:
            return True
    return False


def _a_things_part(goal: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "the front of the queue", "the front of the convoy": a goal with an of-phrase that names neither a force nor a
    place is the part of a thing, no fighting position ("the positions of their battalion" stays one)."""
    owners = tree.prep_objects(goal, {"of"})
    return bool(owners) and not any(is_armed(o, lexicons) or entity_type(o) in ("GPE", "LOC", "FAC") for o in owners)


def _whole_of(actor: Token) -> Token:
    """ "Some of the garrison's auxiliaries": the auxiliaries."""
    if partitive_of(actor) or actor.pos_ in ("PRON", "NUM"):
        wholes = tree.prep_objects(actor, {"of"})
        if wholes:
            return wholes[0]
    return actor


def _people_not_civilians(doer: Token) -> bool:
    if doer.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False  # "they", "some": who they are is the antecedent's to say
    if doer.pos_ == "PROPN" and entity_type(doer) not in ("PERSON", "NORP"):
        return False  # "the party", "Ukraine"
    if doer.pos_ == "NOUN" and entity_type(doer) in ("ORG", "GPE", "FAC", "LOC"):
        return False
    civil = lexicon("soldier_act_not_person") | lexicon("civilian_person") | lexicon("civilian_group") | lexicon("civil_trade_noun") | lexicon("police_force")
    described = [doer, *(c for c in doer.children if c.dep_ in ("appos", "compound", "amod"))]
    return not any(tree.in_lexicon(t, civil) for t in described)  # nor "police officers took off their uniforms"


def _plain_person(doer: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """A doer named by a count, a plain word for people or kin, or an armed word ("dozens", "men", "comrades", "her
    son", "recruits"); not a trade the civilian lists miss ("journalists", "bus drivers", "cameramen"): lexicons
    person_plain.txt, own_unit_person.txt, member.txt, soldier_act_person.txt."""
    plain = lexicon("person_plain") | lexicon("own_unit_person") | lexicon("member") | lexicon("soldier_act_person")
    named = [doer, *(c for c in doer.children if c.dep_ in ("compound", "appos"))]  # "a Georgian volunteer fighting for ...", misread as a compound
    return doer.pos_ == "NUM" or any(tree.in_lexicon(t, plain) or is_armed(t, lexicons) for t in named)


def _war_story(trigger: Token, doer: Token, lexicons: dict[str, frozenset[str]], context: DocumentContext | None) -> bool:
    """A force or a word of war in the trigger's sentence outside the doer, or a force named before it."""
    own = {t.i for t in tree.phrase(doer)}
    words = lexicons.get("military_context", frozenset())
    if any(t.i not in own and (tree.in_lexicon(t, words) or (t.pos_ in ("NOUN", "PROPN") and is_armed(t, lexicons))) for t in trigger.sent):
        return True
    return context is not None and context.armed_before(context_offset(trigger))
