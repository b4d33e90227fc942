"""A word that is a desertion is not also a retreat (issue 7, realis round 3): "slipping away from their units"
is REFUSAL_TO_FIGHT only; slipping away from a town stays a retreat. Texts invented for the class."""
from __future__ import annotations

import pytest

from tests.test_challenge import extract_text


def realis_types(extractor, text: str) -> list[str]:
    return sorted(r["event_type"] for r in extract_text(extractor, text) if r["realis"])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Conscripts have been slipping away from their units near Bakhmut, relatives told reporters.", ["REFUSAL_TO_FIGHT"]),
        ("Dozens of Russian soldiers slipped away from their regiment in Belgorod overnight.", ["REFUSAL_TO_FIGHT"]),
        ("Russian troops slipped away from Kherson overnight, the Ukrainian army said.", ["RETREAT"]),
        # how a desertion was done is the desertion (articles_b b25; own wordings, 2026-11-30)
        ("The conscripts of the 3rd Battalion deserted near Lyman, slipping away into the forest before dawn.", ["REFUSAL_TO_FIGHT"]),
        ("The militiamen defected in their hundreds, fleeing across the border into Chad.", ["REFUSAL_TO_FIGHT"]),
        ("Russian troops pulled out of the village, slipping away across the river at night.", ["RETREAT"]),
    ],
)
def test_a_desertion_is_not_also_a_retreat(nlp, extractor, text, types):
    assert realis_types(extractor, text) == types
