"""Many words in a text: the scan finds what the one regular expression finds."""
from __future__ import annotations

import pytest

from tasks.extract.word_scan import WordScan

WORDS = {"soldier", "troops", "armed forces", "force", "kelvin", "infantry", "sappers", "t-72"}


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers and TROOPS of the armed forces; a soldier's rifle; forces, force-fed, anti-force, soldiers-led.",
        "Troopss, troopsoldier, a T-72 and t-72s, infantry.",  # no match inside a longer word
        "The \u212aelvin sign and a long \u017f: \u017fappers, İnfantry.",  # case rules wider than str.lower
        "",
        "no listed word here at all",
    ],
)
def test_the_scan_finds_what_the_expression_finds(text):
    scan = WordScan(WORDS)
    expected = [(m.start(), m.end(), m.group()) for m in scan.expression.finditer(text)]
    assert [(m.start(), m.end(), m.group()) for m in scan.finditer(text)] == expected


def test_matches_in_order_and_never_overlapping():
    found = [m.group() for m in WordScan(WORDS).finditer("Armed forces and soldiers: force, FORCES.")]
    assert found == ["Armed forces", "soldiers", "force", "FORCES"]
    assert [m.group() for m in WordScan(WORDS).finditer("\u212aelvin")] == ["\u212aelvin"]


def test_a_long_s_is_tried_with_every_word():
    assert [m.group() for m in WordScan(WORDS).finditer("the \u017fappers left")] == ["\u017fappers"]
