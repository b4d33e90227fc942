"""Publication dates and event dates.

``parse_published`` reads the ISO 8601 forms the inputs allow (a year, a
month, a day, a date-time with or without zone) and says how precise it is.
``resolve_event_date`` turns what a sentence says ("on Wednesday", "this week",
"on 14 April", "in March 2022") into a date against the publication date.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$")


def parse_published(value: object) -> tuple[datetime | None, str | None]:
    """``(UTC datetime, precision)`` for an ISO 8601 value; ``(None, None)`` for empty.

    Raises ValueError for anything else, so that callers can record why.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if not isinstance(value, str):
        raise ValueError(f"published_at must be a string, got {type(value).__name__}")
    m = _ISO.match(value.strip())
    if not m:
        raise ValueError(f"published_at {value!r} is not an ISO 8601 date")
    year, month, day, hour, minute, second, zone = m.groups()
    try:
        if day is None:
            return datetime(int(year), int(month or 1), 1, tzinfo=timezone.utc), "month" if month else "year"
        if hour is None:
            return datetime(int(year), int(month), int(day), tzinfo=timezone.utc), "day"
        stamp = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError as exc:
        raise ValueError(f"published_at {value!r}: {exc}") from None
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        stamp -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return stamp.replace(tzinfo=timezone.utc), "second"


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_MONTH_RE = "|".join(m[:3] + r"(?:" + m[3:] + r")?" for m in _MONTHS)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_MONTH_YEAR = re.compile(rf"\b(?:in\s+|early\s+|late\s+|mid-?)?({_MONTH_RE})\.?(?:\s+(\d{{4}}))?\b", re.I)
_WEEKDAY = re.compile(r"\b(?:on\s+|last\s+)?(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_RELATIVE = {
    "today": (0, "day"), "tonight": (0, "day"), "yesterday": (-1, "day"), "this week": (0, "week"),
    "last week": (-7, "week"), "this month": (0, "month"), "last month": (None, "month"), "this year": (0, "year"),
}
_RELATIVE_RE = re.compile(r"\b(" + "|".join(_RELATIVE) + r")\b", re.I)


def _month(name: str) -> int:
    return next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(name.lower()[:3]))


def _before(anchor: date, candidate: date, years_back: bool = True) -> date:
    """News reports the past: a day-month after the publication date is last year's."""
    if years_back and candidate > anchor + timedelta(days=1):
        try:
            return candidate.replace(year=candidate.year - 1)
        except ValueError:
            return candidate - timedelta(days=365)
    return candidate


def resolve_event_date(sentence: str, published: date | None) -> tuple[date | None, str | None]:
    """The event's date from the words of its sentence, anchored on ``published``.

    Falls back to nothing: an event with no date words gets no date (the
    publication date is on the document, not guessed onto the event).
    """
    for regex, order in ((_DAY_MONTH, "dmy"), (_MONTH_DAY, "mdy")):
        m = regex.search(sentence)
        if m:
            a, b, year = m.groups()
            day, month = (int(a), _month(b)) if order == "dmy" else (int(b), _month(a))
            if year is None and published is None:
                continue
            try:
                value = date(int(year) if year else published.year, month, day)
            except ValueError:
                continue
            return (value if year else _before(published, value)), "day"
    m = _RELATIVE_RE.search(sentence)
    if m and published is not None:
        offset, precision = _RELATIVE[m.group(1).lower()]
        if offset is None:
            first = published.replace(day=1) - timedelta(days=1)
            return first.replace(day=1), precision
        value = published + timedelta(days=offset)
        if precision == "week":
            value -= timedelta(days=value.weekday())
        elif precision == "month":
            value = value.replace(day=1)
        elif precision == "year":
            value = value.replace(month=1, day=1)
        return value, precision
    m = _WEEKDAY.search(sentence)
    if m and published is not None:
        back = (published.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
        return published - timedelta(days=back), "day"
    m = _MONTH_YEAR.search(sentence)
    if m and (m.group(2) or published is not None) and m.group(1).lower() != "may":
        month = _month(m.group(1))
        year = int(m.group(2)) if m.group(2) else published.year
        value = date(year, month, 1)
        if not m.group(2):
            value = _before(published.replace(day=1), value)
        return value, "month"
    return None, None
