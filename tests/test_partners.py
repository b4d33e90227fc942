"""One event row per participant (tasks/extract/partners.py): the sides coordinated on an actor, on hand-built parses."""
from __future__ import annotations

from tasks.extract.partners import partner_sides
from tests.rulekit import hand_doc


def test_nationalities_coordinated_on_the_force_noun_each_give_a_side():
    doc = hand_doc([
        ("Russian", "russian", "ADJ", "amod", 3), ("and", "and", "CCONJ", "cc", 0), ("Syrian", "syrian", "ADJ", "conj", 0),
        ("forces", "force", "NOUN", "nsubj", 4), ("withdrew", "withdraw", "VERB", "ROOT", 4),
    ])
    assert partner_sides(doc[3], "RUS") == ["SYR"]


def test_a_two_word_nationality_is_read_whole():
    doc = hand_doc([
        ("U.S.", "U.S.", "PROPN", "nmod", 4), ("and", "and", "CCONJ", "cc", 0), ("South", "south", "ADJ", "amod", 3),
        ("Korean", "korean", "ADJ", "conj", 0), ("troops", "troop", "NOUN", "nsubj", 5), ("withdrew", "withdraw", "VERB", "ROOT", 5),
    ])
    assert partner_sides(doc[4], "USA") == ["KOR"]


def test_an_armed_group_conjoined_with_the_force_is_a_participant():
    doc = hand_doc([
        ("Malian", "malian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubj", 5), ("and", "and", "CCONJ", "cc", 1),
        ("Wagner", "Wagner", "PROPN", "compound", 4), ("mercenaries", "mercenary", "NOUN", "conj", 1), ("left", "leave", "VERB", "ROOT", 5),
    ])
    assert partner_sides(doc[1], "MLI") == ["WAGNER"]


def test_a_states_volunteers_conjoined_with_its_troops_are_no_other_side():
    doc = hand_doc([
        ("Ukrainian", "ukrainian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubj", 5), ("and", "and", "CCONJ", "cc", 1),
        ("British", "british", "ADJ", "amod", 4), ("volunteers", "volunteer", "NOUN", "conj", 1), ("retreated", "retreat", "VERB", "ROOT", 5),
    ])
    assert partner_sides(doc[1], "UKR") == []


def test_nationalities_of_a_groups_fighters_are_where_they_come_from():
    doc = hand_doc([
        ("Syrian", "syrian", "ADJ", "amod", 3), ("and", "and", "CCONJ", "cc", 0), ("Iraqi", "iraqi", "ADJ", "conj", 0),
        ("fighters", "fighter", "NOUN", "nsubj", 7), ("of", "of", "ADP", "prep", 3), ("the", "the", "DET", "det", 6),
        ("Isis", "Isis", "PROPN", "pobj", 4), ("surrendered", "surrender", "VERB", "ROOT", 7),
    ])
    assert partner_sides(doc[3], "ISIS") == []


def test_one_side_alone_has_no_partner():
    doc = hand_doc([("Russian", "russian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubj", 2), ("withdrew", "withdraw", "VERB", "ROOT", 2)])
    assert partner_sides(doc[1], "RUS") == [] and partner_sides(None, "RUS") == [] and partner_sides(doc[1], None) == []
