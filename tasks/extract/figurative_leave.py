"""Leaving, switching or falling victim in a sense that is no event (code review of round 7): a stance or an
office given up ("abandoned its position on the tariff dispute", "quit his position as chairman", "left its
position at the top of the table"), a wounded soldier taken out of the fight ("left the battlefield with a
shrapnel wound", "medics evacuated wounded soldiers"), sides switched in politics ("changed sides in the debate"), a
unit a force keeps in place ("leaving one brigade in the Gaza Strip"), kin deserted ("deserted his wife for a younger
woman": a family left, no force), desertion as a ground in family law ("divorce cases for desertion"), a group of
people or things left ("left the group of journalists at the checkpoint": no armed group of their own), and an event
"a victim of its own success", and a retreat on a policy or a plan ("Damascus retreats on plan to raise fuel
prices", "a humiliating retreat from Africa for French policy": a political climb-down), deserters' leaving ("Ukrainian
deserters abandoned their positions": the desertion, no pullback too) and a state's exit from a commitment
(commitment_exit.py)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, place_tokens, tree
from tasks.extract.career_move import left_for_a_new_post
from tasks.extract.commitment_exit import left_a_commitment
from tasks.extract.deserter_flight import deserters_flee
from tasks.extract.patterns import lexicon, load_lexicons


def no_event_sense(label: str, trigger: Token) -> bool:
    """The trigger of a rule of ``label`` in one of the senses this module reads."""
    if label in ("RETREAT", "REFUSAL_TO_FIGHT") and any(a_stance_or_office(o) for o in _objects(trigger)):
        return True
    if label in ("RETREAT", "REFUSAL_TO_FIGHT") and left_wounded(trigger):
        return True
    if label == "RETREAT" and any(wounded_carried(o) for o in _objects(trigger)):
        return True
    if label == "REFUSAL_TO_FIGHT" and trigger.lemma_.lower() == "leave" and any(unit_kept_in_place(trigger, o) for o in _objects(trigger)):
        return True
    if label == "REFUSAL_TO_FIGHT" and trigger.lemma_.lower() in ("leave", "quit") and left_for_a_new_post(trigger):
        return True  # "left his post in Brussels for a new posting": a career move (career_move.py)
    if label == "REFUSAL_TO_FIGHT" and sides_switched_in_politics(trigger):
        return True
    if label == "REFUSAL_TO_FIGHT" and _only_kin_left(trigger):
        return True  # "Captain Ivanov deserted his wife", "the soldier abandoned his family": kin left, no force
    if label == "REFUSAL_TO_FIGHT" and any(tree.in_lexicon(o, lexicon("refusal_armed_body")) and _group_of_others(o) for o in _objects(trigger)):
        return True  # "left the group of journalists", "the group of villages": what the group is of, not their own group
    if label == "REFUSAL_TO_FIGHT" and trigger.pos_ in ("NOUN", "PROPN") and any(t.lower_ in lexicon("family_law_word") for t in _outside_the_source(trigger)):
        return True  # "divorce cases for desertion rose": a spouse's desertion (lexicons/family_law_word.txt)
    if label == "RETREAT" and deserters_flee(trigger):
        return True  # "a Russian deserter who fled to Kazakhstan", "Ukrainian deserters abandoned their positions": the desertion, no pullback
    if label == "RETREAT" and retreat_on_an_issue(trigger):
        return True  # "Damascus retreats on plan to raise fuel prices": a political climb-down
    if label == "RETREAT" and left_a_commitment(trigger):
        return True  # "The deal collapsed when Ottawa pulled out at the last minute": a commitment left, no place
    if label == "RETREAT" and a_gathering(trigger):
        return True  # "the squad's training retreat in Portugal", "a weekend retreat for officers": a stay or a meeting
    return label == "CANCELLED_CELEBRATION" and victim_of_its_own_success(trigger)


def a_gathering(trigger: Token) -> bool:
    """The noun "retreat" with a modifier of a stay or a meeting before it (lexicons/retreat_gathering_modifier.txt),
    and no place it leaves ("the army's strategy retreat from the river" stays a pullback); a modifier that is a
    force is no firm or team ("the rifle company's retreat under fire" is a pullback)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() != "retreat" or any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < trigger.i and c.lower_.rstrip("'’") in lexicon("retreat_gathering_modifier")
        and not armed.is_armed(c, load_lexicons())
        for c in trigger.children
    )


def _objects(trigger: Token) -> list[Token]:
    return [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]


def _only_kin_left(trigger: Token) -> bool:
    """Kin and nothing else left: "deserted his wife and three children"; not "deserted his family and his unit"."""
    left = [t for o in _objects(trigger) for t in (o, *o.conjuncts)]
    return bool(left) and all(tree.in_lexicon(t, lexicon("kin_noun")) for t in left)


def _group_of_others(group: Token) -> bool:
    """ "the group of journalists": a group of what is no armed body; not "a group of assault troops"."""
    members = tree.prep_objects(group, {"of"})
    return bool(members) and not any(armed.is_armed(m, load_lexicons()) for m in members)


def _outside_the_source(trigger: Token) -> list[Token]:
    """The words of the trigger's sentence but those of who reports it ("a lawyer handling divorce cases said")."""
    sayers = {t.i for s in trigger.sent if s.dep_ == "nsubj" and s.head.lemma_.lower() in lexicon("cue_report") for t in s.subtree}
    return [t for t in trigger.sent if t.i not in sayers]


def unit_kept_in_place(verb: Token, noun: Token) -> bool:
    """ "pulled its forces out of Khan Younis, leaving one brigade in the Gaza Strip", "leaving a battalion behind":
    a counted unit with no owner before it, left at a place by a force's withdrawal (a participle, or a clause of an
    exit verb), is one a force keeps there, not one its men desert ("left their unit near Bakhmut" names whose unit;
    "Three soldiers left a company in Zaporizhzhia" is men who leave)."""
    if verb.tag_ != "VBG" and not (verb.dep_ in ("advcl", "conj") and tree.in_lexicon(verb.head, lexicon("exit_verb"))):
        return False  # "Three soldiers left a company in Zaporizhzhia": men who leave, not a force that keeps a unit
    counted = any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in noun.children)
    if not counted or any(c.dep_ == "poss" for c in noun.children):
        return False
    return any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ in lexicon("left_at_prep") for c in (*noun.children, *verb.children))


def a_stance_or_office(noun: Token) -> bool:
    """A singular stance or office noun (lexicons/stance_noun.txt) with a topic or a title after it that is no
    place ("its position on the climate deal", "his position as chairman"), or at the top of a ranking ("its
    position at the top of the table"; lexicons/ranking_noun.txt)."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in lexicon("stance_noun"):
        return False
    preps = [p for p in (*noun.children, *noun.head.children) if p.dep_ == "prep"]
    if any(tree.in_lexicon(t, lexicon("ranking_noun")) for p in preps for t in p.subtree):
        return True
    topics = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in lexicon("stance_prep") for o in p.children if o.dep_ == "pobj"]
    titles = [o for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    return any(not _ground(o) for o in topics + titles)


def _ground(token: Token) -> bool:
    """A place, a position or an area ("on the left bank", "on the front line", "near Bakhmut")."""
    kinds = lexicon("position") | lexicon("area_noun") | lexicon("place_part")
    return place_tokens.is_place(token) or tree.in_lexicon(token, kinds)


def left_wounded(trigger: Token) -> bool:
    """ "left the battlefield with a shrapnel wound", "left his trench wounded" (lexicons/wound_word.txt,
    wound_state.txt): taken out of the fight by a wound, not refusing it nor giving ground."""
    states = [c for c in trigger.children if c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "advmod")]
    withs = [o for h in (trigger, *_objects(trigger)) for o in tree.prep_objects(h, {"with"})]
    return any(t.lower_ in lexicon("wound_state") for t in states) or any(t.lower_ in lexicon("wound_word") for t in withs)


def wounded_carried(noun: Token) -> bool:
    """ "medics evacuated wounded soldiers from Bakhmut", "injured troops were taken out of the town": the object
    or passive subject of a verb of moving out is a casualty carried to care (lexicons/wound_state.txt), no force
    withdrawn; "wounded soldiers retreated on foot" (a subject) still gives ground."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in lexicon("wound_state") for c in noun.children)


def sides_switched_in_politics(trigger: Token) -> bool:
    """ "changed sides in the debate", "switched sides in the local election" (lexicons/refusal_switch_verb.txt,
    political_arena.txt): a political turn, no defection from a force."""
    if trigger.lemma_.lower() not in lexicon("refusal_switch_verb"):
        return False
    arena = lexicon("political_arena")
    heads = (trigger, *_objects(trigger))
    return any(tree.in_lexicon(o, arena) for h in heads for o in tree.prep_objects(h, lexicon("prep_arena")))


def victim_of_its_own_success(trigger: Token) -> bool:
    """ "became a victim of its own success", "fell victim to its own popularity" (lexicons/acclaim_noun.txt):
    an event overwhelmed by its growth, not called off."""
    victims = [c for c in trigger.children if c.lemma_.lower() in lexicon("casualty_noun")]
    causes = [o for v in (trigger, *victims) for o in tree.prep_objects(v, {"of", "to"})]
    return any(tree.in_lexicon(o, lexicon("acclaim_noun")) for o in causes)


def retreat_on_an_issue(trigger: Token) -> bool:
    """A retreat "on" a policy, a plan or an accord: a political climb-down, no pullback ("Damascus retreats on plan to
    raise fuel prices", "Kyiv retreats on conscription plan"; lexicons/climbdown_issue.txt; not "on orders").
    Not "retreats on the Kherson front", "on two fronts" (war, with no issue). The noun's retreat "for" a policy is
    the policy's setback ("a humiliating retreat from Africa for French policy"); not the verb's ("pulled back for")."""
    issues = lexicon("climbdown_issue")
    preps = lexicon("prep_climbdown_issue") if trigger.pos_ in ("NOUN", "PROPN") else lexicon("prep_climbdown_issue") - {"for"}
    ons = [p for h in (trigger, *(c for c in trigger.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "down"))) for p in h.children if p.dep_ == "prep" and p.lower_ in preps]
    objects = [o for p in ons for o in p.children if o.dep_ == "pobj"]
    return any(tree.in_lexicon(t, issues) for o in objects for t in (o, *(c for c in o.children if c.dep_ == "compound")))  # "on fuel price rise"
