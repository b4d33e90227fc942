"""Publication dates and event dates resolved against them."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tasks.normalize.dates import parse_published, resolve_date_phrase, resolve_event_date, words


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
        ("Troops withdrew.", (None, "unknown")),
    ],
)
def test_resolve_event_date(sentence, expected):
    assert resolve_event_date(sentence, PUB) == expected


def test_no_publication_date_means_only_absolute_dates():
    assert resolve_event_date("They fled on Wednesday.", None) == (None, "unknown")
    assert resolve_event_date("They fled on 3 May 2022.", None) == (date(2022, 5, 3), "day")


FRI = date(2022, 9, 16)  # Friday; the week began on Monday 12 September
D = date


@pytest.mark.parametrize(
    "sentence, published, scheduled, expected, precision",
    [
        # weekdays: the latest one on or before the publication day
        ("The garrison surrendered on Wednesday, the ministry said.", FRI, False, D(2022, 9, 14), "day"),
        ("The garrison surrendered on Friday.", FRI, False, D(2022, 9, 16), "day"),
        ("Officials said the unit withdrew last Friday.", FRI, False, D(2022, 9, 9), "day"),
        ("The brigade pulled back on Monday night.", FRI, False, D(2022, 9, 12), "day"),
        ("The fair set for Saturday was cancelled.", FRI, True, D(2022, 9, 17), "day"),
        # days relative to the publication day
        ("Soldiers fled yesterday.", FRI, False, D(2022, 9, 15), "day"),
        ("The crew gave up the day before yesterday.", FRI, False, D(2022, 9, 14), "day"),
        ("Missiles struck the depot overnight.", FRI, False, D(2022, 9, 15), "day"),
        ("The festival was called off tonight.", FRI, False, D(2022, 9, 16), "day"),
        ("Fighters surrendered two days ago.", FRI, False, D(2022, 9, 14), "day"),
        # weeks and weekends: the Monday of the week, the Saturday of the weekend
        ("Two battalions retreated last week.", FRI, False, D(2022, 9, 5), "week"),
        ("Commanders ordered a withdrawal earlier this week.", FRI, False, D(2022, 9, 12), "week"),
        ("The battalion retreated three weeks ago.", FRI, False, D(2022, 8, 22), "week"),
        ("The column retreated over the weekend.", D(2022, 9, 19), False, D(2022, 9, 17), "week"),
        ("The town will not hold its festival this weekend.", D(2022, 9, 15), True, D(2022, 9, 17), "week"),
        # months
        ("The festival was called off this month.", FRI, False, D(2022, 9, 1), "month"),
        ("The unit abandoned the town earlier this month.", FRI, False, D(2022, 9, 1), "month"),
        ("Fighters laid down their arms last month.", FRI, False, D(2022, 8, 1), "month"),
        ("The marines surrendered in March.", FRI, False, D(2022, 3, 1), "month"),
        ("The marines surrendered in November.", FRI, False, D(2021, 11, 1), "month"),
        ("Troops pulled back in mid-March.", FRI, False, D(2022, 3, 1), "month"),
        ("The unit withdrew in March last year.", FRI, False, D(2021, 3, 1), "month"),
        ("The town was abandoned six months ago.", FRI, False, D(2022, 3, 1), "month"),
        # a bare day: back for what happened, forward for what was scheduled
        ("The parade on May 9 has been cancelled.", D(2022, 4, 20), True, D(2022, 5, 9), "day"),
        ("The parade on May 9 drew thousands.", D(2022, 4, 20), False, D(2021, 5, 9), "day"),
        ("Organisers scrapped the Diwali event on Nov. 3.", D(2022, 10, 30), True, D(2022, 11, 3), "day"),
        ("The concert planned for Dec. 31 was cancelled.", D(2023, 1, 5), True, D(2022, 12, 31), "day"),
        ("The Jan. 7 celebrations were cancelled.", D(2022, 12, 20), True, D(2023, 1, 7), "day"),
        ("The soldiers surrendered on the 9th of May.", FRI, False, D(2022, 5, 9), "day"),
        ("Troops surrendered on September 17.", FRI, False, D(2022, 9, 17), "day"),
        ("On March 3, 3000 soldiers surrendered.", FRI, False, D(2022, 3, 3), "day"),
        ("Officials said on Monday that soldiers had surrendered on 14 September.", FRI, False, D(2022, 9, 14), "day"),
        # explicit dates and years
        ("The troops withdrew from the city on 11 November 2022.", D(2023, 2, 1), False, D(2022, 11, 11), "day"),
        ("Forces left the port on September 30, 2021.", FRI, False, D(2021, 9, 30), "day"),
        ("The regiment surrendered on 2022-04-14.", FRI, False, D(2022, 4, 14), "day"),
        ("Soviet troops withdrew from the country in 1989.", FRI, False, D(1989, 1, 1), "year"),
        ("The rebels retreated in late 2014.", FRI, False, D(2014, 1, 1), "year"),
        ("The rebels gave up their weapons last year.", FRI, False, D(2021, 1, 1), "year"),
        ("This year's fireworks were cancelled.", FRI, True, D(2022, 1, 1), "year"),
        ("The army pulled out four years ago.", FRI, False, D(2018, 1, 1), "year"),
        # no date, no anchor
        ("Troops withdrew.", FRI, False, None, "unknown"),
        ("Troops withdrew on Wednesday.", None, False, None, "unknown"),
        ("Troops withdrew yesterday.", None, False, None, "unknown"),
        ("The parade on May 9 has been cancelled.", None, True, None, "unknown"),
        ("Troops withdrew on 3 May 2022.", None, False, D(2022, 5, 3), "day"),
        ("Troops withdrew in June 2014.", None, False, D(2014, 6, 1), "month"),
        # words that are not dates
        ("Russian troops may withdraw from the city.", FRI, False, None, "unknown"),
        ("May troops withdraw? The commander would not say.", FRI, False, None, "unknown"),
        ("Troops may withdraw in May.", FRI, False, D(2022, 5, 1), "month"),
        ("The Sunday Times reported that the unit fled.", FRI, False, None, "unknown"),
        ("Troops withdrew in the 1990s.", FRI, False, None, "unknown"),
        ("The 2000 troops withdrew.", FRI, False, None, "unknown"),
        # impossible dates and anchors at the ends of the calendar
        ("The parade is set for 31 February.", FRI, True, None, "unknown"),
        ("Troops withdrew yesterday.", D(1, 1, 1), False, None, "unknown"),
        ("Troops withdrew on Wednesday.", D(1, 1, 1), False, None, "unknown"),
        ("Troops withdrew last month.", D(1, 1, 20), False, None, "unknown"),
        ("Troops withdrew on May 9.", D(1, 1, 20), False, None, "unknown"),
        ("The festival moves to next month.", D(9999, 12, 10), True, None, "unknown"),
        ("The parade is tomorrow.", D(9999, 12, 31), True, None, "unknown"),
        ("The fair is next weekend.", D(9999, 12, 30), True, None, "unknown"),
    ],
)
def test_event_date_table(sentence, published, scheduled, expected, precision):
    assert resolve_event_date(sentence, published, scheduled=scheduled) == (expected, precision)


def test_scheduled_points_forward_only_for_bare_days_and_months():
    assert resolve_event_date("The parade on 9 May", D(2022, 4, 20), scheduled=True) == (D(2022, 5, 9), "day")
    assert resolve_event_date("The parade on 9 May 2021", D(2022, 4, 20), scheduled=True) == (D(2021, 5, 9), "day")
    assert resolve_event_date("The fair set for Saturday", D(2022, 9, 18), scheduled=True) == (D(2022, 9, 24), "day")
    assert resolve_event_date("The fair cancelled yesterday", D(2022, 9, 18), scheduled=True) == (D(2022, 9, 17), "day")
    assert resolve_event_date("The May 9 parade was cancelled", D(2022, 9, 16), scheduled=True) == (D(2022, 5, 9), "day")


def test_a_date_phrase_admits_bare_months_and_years():
    """A DATE entity is known to be a date: "May" and "1989" alone count there, not in running text."""
    assert resolve_date_phrase("May", FRI) == (D(2022, 5, 1), "month")
    assert resolve_date_phrase("1989", FRI) == (D(1989, 1, 1), "year")
    assert resolve_event_date("May", FRI) == (None, "unknown")
    assert resolve_event_date("1989", FRI) == (None, "unknown")


def test_a_publication_datetime_anchors_like_its_date():
    assert resolve_event_date("They fled yesterday.", datetime(2022, 9, 16, 23, 30, tzinfo=timezone.utc)) == (D(2022, 9, 15), "day")


ODD_TEXTS = [
    None, 42, b"on Wednesday", "", " ", "\x00\ufffd", "May " * 5000, "999 years ago", "999 months ago", "999 weeks ago",
    "99 May 2022", "0 May", "May 0, 2022", "on 29 February", "0000-00-00", "9999-12-31", "in 0001", "31/02/2022",
    "last last last week", "the 31st of April", "Monday Tuesday Wednesday yesterday tomorrow",
    "two dayſ ago", "on FRİDAY", "APRİL 3",  # letters that re.IGNORECASE folds to ASCII and str.lower does not
]
ODD_ANCHORS = [None, "2022-09-16", 20220916, D(1, 1, 1), D(1, 12, 31), D(9999, 1, 1), D(9999, 12, 31), FRI]


@pytest.mark.parametrize("published", ODD_ANCHORS)
def test_never_raises(published):
    for text in ODD_TEXTS:
        for scheduled in (False, True):
            value, precision = resolve_event_date(text, published, scheduled=scheduled)
            assert (value is None) == (precision == "unknown")
            assert value is None or type(value) is date


def test_leap_day_without_year_finds_a_leap_year():
    assert resolve_event_date("They fled on 29 February.", FRI) == (D(2020, 2, 29), "day")
    assert resolve_event_date("The fair on 29 February is off.", D(2023, 12, 1), scheduled=True) == (D(2024, 2, 29), "day")


def test_word_lists_come_from_the_data_file():
    w = words()
    assert w.months["sept"] == 9 and w.weekdays["sunday"] == 6
    assert w.relative["yesterday"] == ("day", -1) and "may" in w.needs_cue


@pytest.mark.parametrize(
    "folded, plain",
    [
        ("They fled THİS WEEK.", "They fled THIS WEEK."),
        ("Troops withdrew OVERNİGHT.", "Troops withdrew OVERNIGHT."),
        ("They left FİVE DAYS AGO.", "They left FIVE DAYS AGO."),
        ("They left SİX weeks ago.", "They left SIX weeks ago."),
        ("They left the day before yeſterday.", "They left the day before yesterday."),
        ("They left on April 3 thiſ year.", "They left on April 3 this year."),
        ("They left in April of thıs year.", "They left in April of this year."),
    ],
)
def test_a_relative_date_with_a_letter_that_case_folds_to_ascii_is_read(folded, plain):
    """re.IGNORECASE matches "THİS WEEK" (İ, ı, ſ) to "this week", but str.lower() does not give that key: the look-up
    raised KeyError and the whole document failed with extract_failed. The phrase is read as its ASCII spelling."""
    assert resolve_event_date(folded, FRI) == resolve_event_date(plain, FRI) != (None, "unknown")
