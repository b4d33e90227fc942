""""The rebels" in a story that named the Islamic State are not Isis: no side rather than a wrong one (issue 7).

Texts invented for the class found on the unlabelled corpus (Syria's rebels fleeing to Idlib given Isis's code).
"""
from __future__ import annotations

import pytest

from tests.test_challenge import extract_text


def realis_sides(extractor, text: str, actor: str) -> list[str | None]:
    return [r["actor_side"] for r in extract_text(extractor, text) if r["realis"] and r["actor"] == actor]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "sides"),
    [
        ("Islamic State fighters were driven out of Palmyra last year. In the south, the rebels were fleeing to Idlib province on Friday.", "the rebels", [None]),
        ("Isis fighters still hold pockets of the desert near Deir ez-Zor. The southern rebels withdrew from Quneitra on Friday.", "The southern rebels", [None]),
        ("Isis jihadists lost Raqqa in 2017. Rebel forces withdrew from Daraa on Friday, after Isis fighters fled the town of Nawa.", "Rebel forces", [None]),
        ("Isis jihadists lost Raqqa in 2017. Rebel forces withdrew from Daraa on Friday, after Isis fighters fled the town of Nawa.", "Isis fighters", ["ISIS"]),
        ("M23 rebels took Goma in January. The rebels withdrew from Bukavu on Friday.", "The rebels", ["M23"]),
        ("Government forces swept through Daraa province last month, forcing surrender on outgunned rebels.", None, [None]),
        ("The siege of the Damascus suburbs by Syrian government troops ended in April with the capitulation of the opposition.", None, [None]),
    ],
)
def test_rebels_are_not_a_jihadist_group_named_before(nlp, extractor, text, actor, sides):
    assert realis_sides(extractor, text, actor) == sides


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "sides"),
    [
        ("Several southern Syrian towns have surrendered to the forces of President Assad after a week of shelling.", "Several southern Syrian towns", [None]),
        ("Two rebel-held Syrian villages surrendered to government troops on Friday.", "Two rebel-held Syrian villages", [None]),
        ("Dozens of Syrian soldiers surrendered to rebel fighters near Idlib on Friday.", "Dozens of Syrian soldiers", ["SYR"]),
    ],
)
def test_a_state_demonym_on_a_town_is_not_its_holders(nlp, extractor, text, actor, sides):
    """ "Several southern Syrian towns have surrendered": the towns' holders (rebels), not Syria, nor the receiver."""
    assert realis_sides(extractor, text, actor) == sides
