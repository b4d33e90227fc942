"""Publication dates and event dates resolved against them."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tasks.normalize.dates import parse_published, resolve_event_date


@pytest.mark.parametrize(
    "value, expected, precision",
    [
        ("2022", datetime(2022, 1, 1, tzinfo=timezone.utc), "year"),
        ("2022-09", datetime(2022, 9, 1, tzinfo=timezone.utc), "month"),
        ("2022-09-14", datetime(2022, 9, 14, tzinfo=timezone.utc), "day"),
        ("2022-09-14T10:30:00Z", datetime(2022, 9, 14, 10, 30, tzinfo=timezone.utc), "second"),
        ("2022-09-14T10:30:00+03:00", datetime(2022, 9, 14, 7, 30, tzinfo=timezone.utc), "second"),
        (None, None, None),
        ("", None, None),
    ],
)
def test_parse_published(value, expected, precision):
    assert parse_published(value) == (expected, precision)


@pytest.mark.parametrize("value", ["yesterday", "2022-13-01", "14/09/2022", 20220914])
def test_parse_published_rejects(value):
    with pytest.raises(ValueError):
        parse_published(value)


PUB = date(2022, 9, 16)  # a Friday


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ukrainian intelligence reported Wednesday that troops fled.", (date(2022, 9, 14), "day")),
        ("The mayor announced this week that celebrations were cancelled.", (date(2022, 9, 12), "week")),
        ("Russian forces withdrew on 14 April.", (date(2022, 4, 14), "day")),
        ("Russian forces withdrew on April 14, 2021.", (date(2021, 4, 14), "day")),
        ("The troops left on December 3.", (date(2021, 12, 3), "day")),
        ("Forces withdrew in late March and early April.", (date(2022, 3, 1), "month")),
        ("Troops withdrew yesterday.", (date(2022, 9, 15), "day")),
        ("Troops withdrew.", (None, None)),
    ],
)
def test_resolve_event_date(sentence, expected):
    assert resolve_event_date(sentence, PUB) == expected


def test_no_publication_date_means_only_absolute_dates():
    assert resolve_event_date("They fled on Wednesday.", None) == (None, None)
    assert resolve_event_date("They fled on 3 May 2022.", None) == (date(2022, 5, 3), "day")
