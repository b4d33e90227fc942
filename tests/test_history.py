"""States that were another state: a side is named as it was on the event's date."""
from datetime import date

import pytest

from tasks.normalize.history import side_as_of, successions


@pytest.mark.parametrize("code, day, expected", [
    ("RUS", date(1989, 2, 15), "SUN"),      # the Soviet withdrawal from Afghanistan
    ("RUS", date(1917, 7, 1), "RUS"),       # before the Soviet Union: the Russian Empire's regiments
    ("RUS", date(1991, 12, 26), "RUS"),     # the day the Soviet Union ended
    ("RUS", date(2022, 11, 11), "RUS"),
    ("RUS", None, "RUS"),                   # undated: as named
    ("UKR", date(1989, 2, 15), "UKR"),      # no succession on file
    (None, date(1989, 2, 15), None),
])
def test_side_as_of(code, day, expected):
    assert side_as_of(code, day) == expected


def test_every_succession_names_its_source_and_a_time_in_order():
    for code, (was, start, until) in successions().items():
        assert was != code and start < until


@pytest.mark.parametrize("country, lat, lon, day, expected", [
    ("UKR", 44.61, 33.52, date(2023, 4, 20), "RUS"),   # Sevastopol, after March 2014
    ("UKR", 44.61, 33.52, date(2010, 5, 9), "UKR"),    # Sevastopol, before
    ("UKR", 44.61, 33.52, None, "RUS"),                # undated: as things stand
    ("UKR", 46.64, 32.61, date(2023, 4, 20), "UKR"),   # Kherson, north of the isthmus: not in the box
    ("RUS", 44.61, 33.52, date(2023, 4, 20), "RUS"),
    ("UKR", None, None, date(2023, 4, 20), "UKR"),     # unresolved: its country
])
def test_authority_at(country, lat, lon, day, expected):
    from tasks.normalize.history import authority_at

    assert authority_at(country, lat, lon, day) == expected
