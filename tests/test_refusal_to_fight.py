"""REFUSAL_TO_FIGHT wordings, their near-misses, and whose soldiers they are (issue 7), on real parses of
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_challenge import extract_text


def refusals(extractor, text):
    return [r for r in extract_text(extractor, text) if r["realis"] and r["event_type"] == "REFUSAL_TO_FIGHT"]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, side, place",
    [
        ("Border guards caught four Russian deserters near Bryansk.", "RUS", None),  # a deserter is a soldier who deserted
        ("Mutineers of the Ugandan army held the barracks at Gulu.", "UGA", "Gulu"),
        ("Three Ukrainian soldiers went absent without leave from a brigade near Sumy.", "UKR", "Sumy"),
        ("A Russian marine escaped from his unit in Kaliningrad.", "RUS", "Kaliningrad"),
        ("Twelve Ukrainian conscripts ran away from their battalion near Izium.", "UKR", "Izium"),
        ("Serbian sailors refused to board the frigate at Kotor.", "SRB", "Kotor"),
        ("Syrian gunners refused to shell the town of Talbiseh.", "SYR", None),
        ("Sudanese pilots refused to fly combat sorties over Khartoum.", "SDN", None),
        ("Some Russian paratroopers refused to take up arms again after the assault.", "RUS", None),
        ("Hundreds of Israeli reservists stopped reporting for duty in protest.", "ISR", None),
        ("Nepalese peacekeepers refused to leave their camp for the front line.", "NPL", None),
        ("Disgruntled Malian soldiers walked away from their posts.", "MLI", None),
        ("The regime's soldiers are deserting in growing numbers in Homs.", "SYR", "Homs"),  # "are deserting", parsed as a complement
    ],
)
def test_wordings_of_refusal(nlp, extractor, sentence, side, place):
    rows = refusals(extractor, sentence)
    assert rows, extract_text(extractor, sentence)
    assert side in {r["actor_side"] for r in rows}, rows
    if place:
        assert place in {r["location"] for r in rows}, rows


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Passengers refused to board the ferry after the shelling of the port.",  # a duty of a force, refused by civilians
        "Villagers refused to take up arms against the rebels.",
        "Airline pilots refused to fly to Moscow after the war began.",
        "Dockers stopped reporting for duty during the strike at the naval base.",
        "The guerrillas stopped fighting when the ceasefire took effect.",
        "The politician deserted his party and joined the army's allies.",
    ],
)
def test_near_misses_are_no_refusal(nlp, extractor, sentence):
    assert refusals(extractor, sentence) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, side",
    [
        ("Ukraine's General Staff said enemy soldiers had refused to attack near Kreminna.", "RUS"),  # the speaker's enemy
        ("The Russian defence ministry said enemy units deserted near Avdiivka.", "UKR"),
        ("Sudan's army said dozens of enemy fighters had deserted in Omdurman.", "RSF"),
    ],
)
def test_the_enemy_in_a_sides_statement_is_the_other_side(nlp, extractor, sentence, side):
    assert [r["actor_side"] for r in refusals(extractor, sentence)] == [side]


@pytest.mark.model
def test_its_soldiers_are_the_subjects_not_the_destinations(nlp, extractor):
    text = "Belarus shelved plans to send troops to Ukraine after many of its soldiers refused to fight."
    assert [r["actor_side"] for r in refusals(extractor, text)] == ["BLR"]


@pytest.mark.model
def test_their_refusal_is_the_armed_subjects_of_the_sentence(nlp, extractor):
    text = "Ukrainian officials reported that soldiers of the Russian 64th brigade are losing their military pay over their refusal to fight."
    assert [r["actor_side"] for r in refusals(extractor, text)] == ["RUS"]


@pytest.mark.model
def test_his_men_are_the_commanders_soldiers(nlp, extractor):
    text = "A Georgian company commander said several of his men had refused to carry out the mission."
    assert [r["actor_side"] for r in refusals(extractor, text)] == ["GEO"]


@pytest.mark.model
def test_a_year_written_in_superscript_digits_is_no_crash(nlp, extractor):
    """"¹9¹7" is str.isdigit() but no int(): the named-mutiny check raised ValueError and the whole document failed
    with extract_failed. It is no year; the event is read as without it."""
    got = refusals(extractor, "French soldiers refused to attack in the mutinies of ¹9¹7.")
    assert [(r["actor"], r["actor_side"]) for r in got] == [("French soldiers", "FRA")]
