"""Celebration words a modifier makes no festive event (tasks/extract/unfestive.py, round left23): a repeated
decision about school holidays repeats no cancellation."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_repeated_decision_on_school_holidays_repeats_no_cancellation(extractor):
    from tests.test_challenge import extract_text

    text = "The city cancelled its New Year fireworks. The regional administration took the same decision regarding school holidays."
    rows = [r for r in extract_text(extractor, text) if r["realis"]]
    assert [r["trigger"] for r in rows] == ["cancelled"]
