"""``events.day``: the day a report files a mention under, stored with it so scans can skip by it."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tasks.schema import mention_day
from tests.fixtures.articles import RETREAT_AND_CANCEL


def test_the_event_date_wins():
    assert mention_day(date(2022, 11, 11), datetime(2022, 11, 20, 9, tzinfo=timezone.utc)) == date(2022, 11, 11)


def test_an_undated_mention_takes_its_articles_utc_day():
    late_evening_in_new_york = datetime(2023, 5, 8, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert mention_day(None, late_evening_in_new_york) == date(2023, 5, 9)


def test_no_date_and_no_publication_date_is_no_day():
    assert mention_day(None, None) is None


@pytest.mark.model
def test_every_extracted_row_carries_its_day(articles, tmp_path):
    from tasks.run import run_in_process
    from tasks.store import Warehouse

    root = articles({"a.txt": RETREAT_AND_CANCEL, "a.meta.json": {"published_at": "2023-05-04T22:00:00-04:00"}, "b.txt": RETREAT_AND_CANCEL})
    wh = Warehouse(tmp_path / "w")
    run_in_process(wh, root, "r1")
    rows = wh.read("events").to_pylist()
    kinds = {(r["source_path"], r["event_date"] is None) for r in rows}
    assert kinds == {("a.txt", False), ("a.txt", True), ("b.txt", True)}  # dated, undated with a publication date, undated without
    for r in rows:
        if r["event_date"] is not None:
            assert r["day"] == r["event_date"]
        elif r["source_path"] == "a.txt":
            assert r["day"] == date(2023, 5, 5)
        else:
            assert r["day"] is None  # no event date, no publication date
