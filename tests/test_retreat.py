"""RETREAT on news it was not built from (issue 7): who leaves (a force, not one person or a leader), what
makes a withdrawal a condition, and which evacuations are no pullback. Tier 1: hand-built parses (no model).
Tier 2: real parses of sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.rulekit import document_for, hand_doc
from tests.test_challenge import extract_text


def run(extractor, doc):
    return extractor.extract(document_for(doc), [(0, doc)])


def retreats(rows):
    return [r for r in rows if r["event_type"] == "RETREAT"]


# -- tier 1: hand-built parses -------------------------------------------------

def test_a_leader_who_flees_is_no_force(extractor):
    doc = hand_doc([
        ("Putin", "Putin", "PROPN", "nsubj", 1, "PERSON"), ("retreated", "retreat", "VERB", "ROOT", 1), ("to", "to", "ADP", "prep", 1),
        ("his", "his", "PRON", "poss", 4), ("residence", "residence", "NOUN", "pobj", 2), ("during", "during", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 7), ("war", "war", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 1),
    ])
    assert retreats(run(extractor, doc)) == []


def test_a_leader_who_withdraws_troops_names_the_force(extractor):
    doc = hand_doc([
        ("Putin", "Putin", "PROPN", "nsubj", 1, "PERSON"), ("withdrew", "withdraw", "VERB", "ROOT", 1), ("troops", "troop", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 1), ("Kherson", "Kherson", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ])
    [row] = retreats(run(extractor, doc))
    assert (row["realis"], row["actor_side"], row["location"]) == (True, "RUS", "Kherson")


def test_one_person_leaving_is_no_retreat(extractor):
    doc = hand_doc([
        ("A", "a", "DET", "det", 2), ("Russian", "russian", "ADJ", "amod", 2, "NORP"), ("sniper", "sniper", "NOUN", "nsubj", 3),
        ("shelled", "shell", "VERB", "ROOT", 3), ("Bakhmut", "Bakhmut", "PROPN", "dobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 3),
        ("She", "she", "PRON", "nsubj", 7), ("fled", "flee", "VERB", "ROOT", 7), ("the", "the", "DET", "det", 9),
        ("city", "city", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 7),
    ])
    assert retreats(run(extractor, doc)) == []


def test_civilians_evacuated_by_soldiers_are_no_retreat(extractor):
    doc = hand_doc([
        ("Nationals", "national", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2), ("evacuated", "evacuate", "VERB", "ROOT", 2),
        ("from", "from", "ADP", "prep", 2), ("Khartoum", "Khartoum", "PROPN", "pobj", 3, "GPE"), ("by", "by", "ADP", "agent", 2),
        ("French", "french", "ADJ", "amod", 7, "NORP"), ("soldiers", "soldier", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 2),
    ])
    assert retreats(run(extractor, doc)) == []


def test_a_place_abandoned_by_troops_is_a_retreat(extractor):
    doc = hand_doc([
        ("Kherson", "Kherson", "PROPN", "nsubjpass", 2, "GPE"), ("was", "be", "AUX", "auxpass", 2), ("abandoned", "abandon", "VERB", "ROOT", 2),
        ("by", "by", "ADP", "agent", 2), ("Russian", "russian", "ADJ", "amod", 5, "NORP"), ("troops", "troop", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ])
    [row] = retreats(run(extractor, doc))
    assert (row["realis"], row["actor_side"], row["location"]) == (True, "RUS", "Kherson")


def test_a_withdrawal_that_is_a_condition_is_not_done(extractor):
    doc = hand_doc([
        ("A", "a", "DET", "det", 1), ("withdrawal", "withdrawal", "NOUN", "nsubj", 4), ("of", "of", "ADP", "prep", 1),
        ("troops", "troop", "NOUN", "pobj", 2), ("is", "be", "AUX", "ROOT", 4), ("one", "one", "NUM", "attr", 4),
        ("of", "of", "ADP", "prep", 5), ("the", "the", "DET", "det", 8), ("conditions", "condition", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 4),
    ])
    [row] = retreats(run(extractor, doc))
    assert (row["realis"], row["modality"], row["modality_cue"]) == (False, "future", "conditions")


def test_wounded_taken_to_hospital_are_no_retreat(extractor):
    doc = hand_doc([
        ("Soldiers", "soldier", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2), ("evacuated", "evacuate", "VERB", "ROOT", 2),
        ("from", "from", "ADP", "prep", 2), ("Bakhmut", "Bakhmut", "PROPN", "pobj", 3, "GPE"), ("to", "to", "ADP", "prep", 2),
        ("hospitals", "hospital", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 2),
    ])
    assert retreats(run(extractor, doc)) == []


def test_half_of_the_fighters_is_a_force(extractor):
    doc = hand_doc([
        ("Half", "half", "NOUN", "nsubj", 4), ("of", "of", "ADP", "prep", 0), ("the", "the", "DET", "det", 3),
        ("fighters", "fighter", "NOUN", "pobj", 1), ("withdrew", "withdraw", "VERB", "ROOT", 4), ("from", "from", "ADP", "prep", 4),
        ("Rutshuru", "Rutshuru", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 4),
    ])
    [row] = retreats(run(extractor, doc))
    assert (row["realis"], row["location"]) == (True, "Rutshuru")


# -- tier 2: real parses -------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, side, place",
    [
        ("Iraqi troops left the besieged Baiji refinery in May 2015.", "IRQ", "Baiji"),
        ("Russian forces redeployed away from Kyiv in late March.", "RUS", "Kyiv"),
        ("A third of the Russian garrison pulled back from Kreminna after the bridge was hit.", "RUS", "Kreminna"),
    ],
)
def test_wordings_of_retreat(nlp, extractor, sentence, side, place):
    rows = [r for r in retreats(extract_text(extractor, sentence)) if r["realis"]]
    assert rows, extract_text(extractor, sentence)
    assert side in {r["actor_side"] for r in rows} and place in {r["location"] for r in rows}, rows


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Bashar al-Assad fled Damascus for Moscow in December 2024.",
        "Foreign nationals were evacuated from Khartoum by French soldiers.",
        "Wounded soldiers were evacuated from Bakhmut to hospitals in Kramatorsk.",
        "Her brother served as a sniper in a Russian brigade near Bakhmut. She left the city the next day.",
    ],
)
def test_near_misses_are_no_retreat(nlp, extractor, sentence):
    assert [r for r in retreats(extract_text(extractor, sentence)) if r["realis"]] == []


@pytest.mark.model
def test_a_pullout_named_as_a_condition_is_future(nlp, extractor):
    rows = retreats(extract_text(extractor, "A pullout of Rwandan troops from eastern Congo is one of the conditions of the Washington accord."))
    assert rows and not any(r["realis"] for r in rows) and {r["modality"] for r in rows} == {"future"}, rows
