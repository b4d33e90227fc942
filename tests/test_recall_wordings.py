"""Wordings of the held-out miss classes (recall issue): fireworks displays, 'decided against holding', a company
of soldiers, 'refusals to fight', conscientious objectors, orders refused in the passive, forces that handed
themselves over, units redeployed from a place; each with near-misses that bound it. Real parses of sentences
written for these tests (not the challenge rows)."""
from __future__ import annotations

import pytest

from tests.test_challenge import extract_text

pytestmark = pytest.mark.model


def realis_types(extractor, text):
    return {(r["event_type"], r["actor_side"]) for r in extract_text(extractor, text) if r["realis"]}


@pytest.mark.parametrize(
    "sentence, event_type, side",
    [
        ("There will be no fireworks display in Tallinn on New Year's Eve.", "CANCELLED_CELEBRATION", "EST"),
        ("The mayor of Lviv decided against holding the Christmas fair this winter.", "CANCELLED_CELEBRATION", "UKR"),
        ("A company of Ukrainian paratroopers refused to advance near Kreminna.", "REFUSAL_TO_FIGHT", "UKR"),
        ("Dozens of Israeli soldiers declared themselves conscientious objectors.", "REFUSAL_TO_FIGHT", "ISR"),
        ("Orders to storm Avdiivka were refused by Russian paratroopers.", "REFUSAL_TO_FIGHT", "RUS"),
        ("Twenty Houthi fighters handed themselves over to Saudi troops in Hajjah.", "SURRENDER", "HOUTHI"),
        ("Russian paratroopers were redeployed from the Kherson region to Zaporizhzhia.", "RETREAT", "RUS"),
    ],
)
def test_held_out_wordings(nlp, extractor, sentence, event_type, side):
    assert (event_type, side) in realis_types(extractor, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There will be no display of captured tanks in Kyiv this year.",  # a display that names no celebration
        "The council decided against holding the budget meeting in Lviv.",  # not a celebration
        "The company refused to pay its workers in Kharkiv.",  # a firm, not a unit of soldiers
        "Students in Berlin declared themselves conscientious objectors.",  # not members of an armed force
        "The suspects handed themselves over to police in Lagos.",  # suspects and the police: the ontology's Not list
        "The ministry redeployed its staff from Kyiv to Lviv.",  # civil servants moved
        "The cancellation of the Victory Day holiday sale disappointed shoppers in Minsk.",  # a sale, not a celebration
    ],
)
def test_held_out_near_misses(nlp, extractor, sentence):
    assert realis_types(extractor, sentence) == set()
