"""An evacuation that ends in the enemy's hands: "More than 260 fighters were evacuated from the plant and taken to
towns controlled by Russian forces", "were evacuated under the surrender deal and taken by bus to a prison camp".
The ontology counts the "evacuation" of a besieged garrison into enemy captivity (Azovstal) as a SURRENDER, not a
retreat: the verb of evacuating is read with its conjoined verb of carrying (lexicons/evacuees_carried_verb.txt), whose goal
is a place an armed force controls or holds or a place of captivity (lexicons/captivity_place.txt), or with the
surrender deal it is done under ("under the surrender deal": lexicons/prep_under_terms.txt). Not the wounded taken
to hospital, nor troops evacuated to their own lines."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.armed import is_armed
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.normalize import places


def evacuated_into_captivity(trigger: Token) -> bool:
    """Is ``trigger`` a verb of evacuating whose evacuees were carried into captivity or given up under a surrender deal?"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "evacuate":
        return False
    if _under_a_surrender_deal(trigger):
        return True
    carried = [v for v in trigger.conjuncts if v.i > trigger.i and tree.in_lexicon(v, lexicon("evacuees_carried_verb"))]
    evacuees = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
    own = {places.side_of(tree.phrase(e).text) for e in evacuees} - {None}
    return any(_held(goal, own) for v in carried for goal in tree.prep_objects(v, {"to", "into"}))


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
    holders = [g for c in goal.children if c.dep_ == "acl" and tree.in_lexicon(c, lexicon("position_holding_verb")) for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return bool(own) and any(is_armed(h, load_lexicons()) and places.side_of(tree.phrase(h).text) not in own for h in holders)  # no side of the evacuees' own ("the soldiers"): whose towns they reached cannot tell captivity
