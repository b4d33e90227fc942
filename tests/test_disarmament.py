"""Weapons handed in that are no surrender (tasks/extract/disarmament.py, round surr19): at an armoury, or under a
peace programme; fighters handing their rifles to the army they fight still give up. Hand-built parses."""
from __future__ import annotations

from tasks.extract.disarmament import arms_handed_back
from tests.rulekit import hand_doc


def _handed(rest):
    return hand_doc([
        ("The", "the", "DET", "det", 1), ("fighters", "fighter", "NOUN", "nsubj", 2), ("handed", "hand", "VERB", "ROOT", 2),
        ("their", "their", "PRON", "poss", 4), ("rifles", "rifle", "NOUN", "dobj", 2), *rest, (".", ".", "PUNCT", "punct", 2),
    ])


def test_rifles_handed_in_at_the_armoury_go_back_to_their_own_force():
    doc = _handed([("at", "at", "ADP", "prep", 2), ("the", "the", "DET", "det", 7), ("armoury", "armoury", "NOUN", "pobj", 5)])
    assert arms_handed_back(doc[2])


def test_rifles_former_fighters_hand_in_under_a_peace_deal_are_a_disarmament():
    doc = hand_doc([
        ("Former", "former", "ADJ", "amod", 1), ("fighters", "fighter", "NOUN", "nsubj", 2), ("handed", "hand", "VERB", "ROOT", 2),
        ("their", "their", "PRON", "poss", 4), ("rifles", "rifle", "NOUN", "dobj", 2), ("under", "under", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 8), ("peace", "peace", "NOUN", "compound", 8), ("deal", "deal", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ])
    assert arms_handed_back(doc[2])


def test_fighters_still_at_war_who_lay_down_arms_under_a_peace_deal_give_up():
    doc = _handed([("under", "under", "ADP", "prep", 2), ("the", "the", "DET", "det", 8), ("peace", "peace", "NOUN", "compound", 8),
                   ("deal", "deal", "NOUN", "pobj", 5)])
    assert not arms_handed_back(doc[2])


def test_rifles_handed_to_the_army_are_given_up():
    doc = _handed([("to", "to", "ADP", "prep", 2), ("the", "the", "DET", "det", 7), ("army", "army", "NOUN", "pobj", 5)])
    assert not arms_handed_back(doc[2])
