"""An evacuation that ends in the enemy's hands: "More than 260 fighters were evacuated from the plant and taken to
towns controlled by Russian forces", "were evacuated under the surrender deal and taken by bus to a prison camp".
The ontology counts the "evacuation" of a besieged garrison into enemy captivity (Azovstal) as a SURRENDER, not a
retreat: the verb of evacuating is read with its conjoined verb of carrying (lexicons/evacuees_carried_verb.txt), whose goal
is a place an armed force controls or holds or a place of captivity (lexicons/captivity_place.txt), or with the
surrender deal it is done under ("under the surrender deal": lexicons/prep_under_terms.txt); or evacuated straight
into such a place ("Hundreds of Azovstal defenders evacuated to Russian-held territory"). A place "under the control
of Russian forces" or "Russian-held" is held as one "controlled by Russian forces" is; the evacuees' side is theirs
or the one the event's row was given. Not the wounded taken to hospital, nor troops evacuated to their own lines."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.armed import is_armed
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.normalize import places


def evacuated_into_captivity(trigger: Token, side: str | None = None) -> bool:
    """Is ``trigger`` a verb of evacuating whose evacuees (of ``side``, when the row has one) were carried into
    captivity or given up under a surrender deal?"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "evacuate":
        return False
    if _under_a_surrender_deal(trigger):
        return True
    carried = [  # "evacuated from the plant and taken to towns ...", the parser hanging "taken" on the plant
        v for v in (*trigger.conjuncts, *(t for t in trigger.subtree if t.dep_ == "conj" and t.pos_ == "VERB"))
        if v.i > trigger.i and tree.in_lexicon(v, lexicon("evacuees_carried_verb"))
    ]
    evacuees = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
    own = ({places.side_of(tree.phrase(e).text) for e in evacuees} | {side}) - {None}
    return any(_held(goal, own) for v in (trigger, *carried) for goal in tree.prep_objects(v, {"to", "into"}))


def _under_a_surrender_deal(trigger: Token) -> bool:
    deals = (g for p in trigger.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_under_terms") for g in p.children if g.dep_ == "pobj")
    return any(m.dep_ in ("compound", "amod") and tree.in_lexicon(m, lexicon("trigger_surrender_noun")) for d in deals for m in d.children)


def _held(goal: Token, own: set[str]) -> bool:
    """A place of captivity ("a prison camp"), or a place an armed force controls or holds ("towns controlled by
    Russian forces"), not one of the evacuees' own side (``own``: "positions held by Ukrainian forces"); with no side
    named on the evacuees, only a place of captivity tells."""
    words = " ".join(t.lower_ for t in goal.subtree if t.i <= goal.i and t.dep_ in ("compound", "amod") or t.i == goal.i)
    if tree.in_lexicon(goal, lexicon("captivity_place")) or any(words.endswith(w) for w in lexicon("captivity_place")):
        return True
    holding = lexicon("position_holding_verb")
    holders = [g for c in goal.children if c.dep_ == "acl" and tree.in_lexicon(c, holding) for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    holders += [  # "towns under the control of Russian forces", the "under" phrase hung on the goal or on its verb
        g for p in (*goal.children, *goal.head.head.children) if p.dep_ == "prep" and p.lower_ == "under" for n in p.children
        if n.dep_ == "pobj" and tree.in_lexicon(n, holding) for g in tree.prep_objects(n, {"of"})
    ]
    sides = {places.side_of(tree.phrase(h).text) for h in holders if is_armed(h, load_lexicons())}
    sides |= {places.side_of(goal.doc[h.i - 2].text) for h in goal.children if _hyphen_held(h, holding)}  # "Russian-held territory"
    return bool(own) and bool(sides - own - {None})  # no side of the evacuees' own ("the soldiers"): whose towns they reached cannot tell captivity


def _hyphen_held(word: Token, holding: frozenset[str]) -> bool:
    """ "held" of "Russian-held", "controlled" of "Kremlin-controlled": a verb of holding after a hyphen."""
    return word.i >= 2 and word.doc[word.i - 1].text == "-" and tree.in_lexicon(word, holding) and word.dep_ in ("amod", "compound")
