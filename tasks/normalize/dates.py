"""Publication dates and event dates.

``parse_published`` reads the ISO 8601 forms the inputs allow (a year, a
month, a day, a date-time with or without zone) and says how precise it is.
``resolve_event_date`` turns what a text says ("on Wednesday", "this week",
"on 14 April", "in March 2022", "two days ago") into a date against the
publication date, with its precision: day, week, month, year or unknown.

A date of precision week, month or year is the first day of its span (the
Monday, the 1st, 1 January; a weekend is its Saturday). A bare day or month
("on May 9", "in March") is the latest one on or before the publication date
for something that happened, and the next one for something scheduled
(``scheduled=True``), so that "the parade on May 9" cancelled on April 20 is
that coming May 9; a scheduled date more than half a year ahead is read back
instead, and one a few weeks past still counts as the next (the grace window).
Without a publication date only explicit dates resolve.

The words (months, weekdays, relative expressions and their offsets) are in
``data/date_words.json``, read on first use.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from importlib import resources

from tasks.normalize import tables

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


UNKNOWN = "unknown"
RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_YEAR_AFTER = r"(?:,?\s+(?:of\s+)?(?:(?P<year>\d{{4}})(?!\d|,\d)|(?P<yshift>{shifts})\b))?"

# A resolver gets (published, scheduled) and returns the date or None.
Resolver = Callable[[date | None, bool], date | None]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    precision: str
    explicit: bool  # names a day of a month or a year, not only a position relative to the anchor
    resolve: Resolver


@dataclass(frozen=True)
class Words:
    months: dict[str, int]
    needs_cue: frozenset[str]
    weekdays: dict[str, int]
    not_weekday_before: frozenset[str]
    shifts: dict[str, int]
    year_shifts: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    relative: dict[str, tuple[str, int]]
    years: tuple[int, int]
    slack: int
    grace: int
    horizon: int
    future_auxiliaries: frozenset[str]
    patterns: dict[str, re.Pattern[str]]


def _alternation(items, cased: bool = False) -> str:
    forms = sorted(set(items), key=len, reverse=True)
    if cased:  # "May" and "MAY" are months, "may" is not
        forms = [f for w in forms for f in (w.capitalize(), w.upper())]
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@lru_cache(maxsize=1)
def words() -> Words:
    """The date words, read from ``data/date_words.json`` on first use."""
    raw = json.loads(resources.files("tasks.normalize").joinpath("data", "date_words.json").read_text(encoding="utf-8"))
    for key in ("months", "weekdays", "shift_words", "numbers", "units", "relative", "year_shift_phrases"):
        if not raw.get(key):
            raise ValueError(f"date_words.json: '{key}' is missing or empty")
    relative = {r["words"]: (r["unit"], int(r["shift"])) for r in raw["relative"]}
    bad = {u for u, _ in relative.values()} - {"day", "week", "weekend", "month", "year"}
    if bad or set(raw["units"].values()) - set(RANK) or not set(raw["months"].values()) <= set(range(1, 13)):
        raise ValueError("date_words.json: a unit or a month number is not one it knows")
    month = rf"(?P<mon>{_alternation(raw['months'], cased=True)})\b\.?"
    year_after = _YEAR_AFTER.format(shifts=_alternation(raw["year_shift_phrases"]))
    patterns = {
        "iso": re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
        "day_month": re.compile(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{month}{year_after}"),
        "month_day": re.compile(rf"\b{month}\s+{_DAY}\b{year_after}"),
        "month": re.compile(rf"\b{month}{year_after}"),
        "weekday": re.compile(rf"\b(?P<wd>{_alternation(raw['weekdays'], cased=True)})\b"),
        "relative": re.compile(rf"\b(?P<rel>{_alternation(relative)})\b", re.I),
        "ago": re.compile(rf"\b(?P<n>{_alternation(raw['numbers'])}|\d{{1,3}})\s+(?P<unit>{_alternation(raw['units'])})\s+ago\b", re.I),
        "year": re.compile(rf"\b(?:(?P<cue>{_alternation(raw['year_cues'])})[\s-]+)?(?P<year>\d{{4}})(?![\w-]|,\d|'s)", re.I),
        "before": re.compile(rf"\b(?P<word>{_alternation(set(raw['shift_words']) | set(raw['month_cues']))})[\s-]{{1,2}}(?:the\s+)?$", re.I),
        "next_word": re.compile(r"^\W{0,2}(\w+)"),
    }
    return Words(
        months=raw["months"],
        needs_cue=frozenset(raw["bare_month_needs_cue"]),
        weekdays=raw["weekdays"],
        not_weekday_before=frozenset(raw["not_a_weekday_before"]),
        shifts={" ".join(k.split()): v for k, v in raw["shift_words"].items()},
        year_shifts=raw["year_shift_phrases"],
        numbers=raw["numbers"],
        units=raw["units"],
        relative=relative,
        years=(int(raw["explicit_years"][0]), int(raw["explicit_years"][1])),
        slack=int(raw["past_slack_days"]),
        grace=int(raw["scheduled_grace_days"]),
        horizon=int(raw["scheduled_horizon_days"]),
        future_auxiliaries=frozenset(raw["future_auxiliaries"]),
        patterns=patterns,
    )


def _norm(text: str) -> str:
    """The table key of words a case-insensitive pattern matched ("THİS  WEEK": "this week")."""
    return " ".join(tables.matched_key(text).split())


# -- calendar arithmetic: every step may leave years 1..9999, and then there is no date ----------
def _safe(make: Callable[[], date]) -> date | None:
    try:
        return make()
    except (ValueError, OverflowError):
        return None


def _month_start(year: int, month: int, shift: int = 0) -> date | None:
    index = year * 12 + month - 1 + shift
    return _safe(lambda: date(index // 12, index % 12 + 1, 1))


def _month_end(start: date) -> date | None:
    following = _month_start(start.year, start.month, 1)
    return following - timedelta(days=1) if following else date.max


def _monday(day: date, weeks: int = 0) -> date | None:
    return _safe(lambda: day - timedelta(days=day.weekday()) + timedelta(weeks=weeks))


def _choose(spans: list[tuple[date, date]], published: date, scheduled: bool, slack: int, w: Words) -> date | None:
    """For what happened, the latest span started by the publication date (+ slack). For what is
    scheduled, the earliest that had not ended ``grace`` days before it, unless that lies beyond the
    horizon ahead: "the May 9 parade was cancelled" in September is that past May's."""
    if scheduled:
        limit = _safe(lambda: published - timedelta(days=w.grace)) or date.min
        later = [s for s, e in spans if e >= limit]
        if later and (min(later) - published).days <= w.horizon:
            return min(later)
    limit = _safe(lambda: published + timedelta(days=slack)) or date.max
    earlier = [s for s, e in spans if s <= limit]
    if earlier:
        return max(earlier)
    return min(later) if scheduled and later else None


def _nearby_years(published: date) -> range:
    return range(max(1, published.year - 4), min(9999, published.year + 4) + 1)


# -- one resolver per kind of expression -----------------------------------------------------
def _day_month(day: int, month: int, year: int | None, yshift: int | None, w: Words) -> Resolver:
    def resolve(published: date | None, scheduled: bool) -> date | None:
        if year is not None:
            return _safe(lambda: date(year, month, day))
        if published is None:
            return None
        if yshift is not None:
            return _safe(lambda: date(published.year + yshift, month, day))
        days = [d for y in _nearby_years(published) if (d := _safe(lambda: date(y, month, day)))]
        return _choose([(d, d) for d in days], published, scheduled, w.slack, w)

    return resolve


def _month(month: int, year: int | None, yshift: int | None, shift: int | None, w: Words) -> Resolver:
    def resolve(published: date | None, scheduled: bool) -> date | None:
        if year is not None:
            return _safe(lambda: date(year, month, 1))
        if published is None:
            return None
        if yshift is not None:
            return _month_start(published.year + yshift, month)
        starts = [s for y in _nearby_years(published) if (s := _month_start(y, month))]
        current = _month_start(published.year, published.month)
        if shift == -1:
            before = [s for s in starts if s < current]
            return max(before) if before else None
        if shift == 1:
            after = [s for s in starts if s > current]
            return min(after) if after else None
        if shift == 0:
            return _month_start(published.year, month)
        spans = [(s, e) for s in starts if (e := _month_end(s))]
        return _choose(spans, published, scheduled, 0, w)

    return resolve


def _weekday(weekday: int, shift: int | None) -> Resolver:
    def resolve(published: date | None, scheduled: bool) -> date | None:
        if published is None:
            return None
        back = (published.weekday() - weekday) % 7
        ahead = (weekday - published.weekday()) % 7
        if shift == -1 or (shift in (None, 0) and not scheduled):
            days = -(back or 7) if shift == -1 else -back
        else:
            days = (ahead or 7) if shift == 1 else ahead
        return _safe(lambda: published + timedelta(days=days))

    return resolve


def _relative(unit: str, shift: int) -> Resolver:
    def resolve(published: date | None, scheduled: bool) -> date | None:
        if published is None:
            return None
        if unit == "day":
            return _safe(lambda: published + timedelta(days=shift))
        if unit == "week":
            return _monday(published, shift)
        if unit == "month":
            return _month_start(published.year, published.month, shift)
        if unit == "year":
            return _safe(lambda: date(published.year + shift, 1, 1))
        if shift:  # the weekend of the previous or next week
            monday = _monday(published, shift)
            return _safe(lambda: monday + timedelta(days=5)) if monday else None
        saturday = _weekday(5, None)(published, scheduled)
        if scheduled and saturday is not None and published.weekday() == 6:
            return _safe(lambda: saturday - timedelta(days=7))
        return saturday

    return resolve


def _fixed(value: date | None) -> Resolver:
    return lambda published, scheduled: value


# -- finding expressions ---------------------------------------------------------------------
def _word_before(text: str, start: int, w: Words) -> str | None:
    m = w.patterns["before"].search(text, max(0, start - 24), start)
    return _norm(m.group("word")) if m else None


def _year_of(m: re.Match[str], w: Words) -> tuple[int | None, int | None, bool]:
    """(year, shift from the anchor's year, whether the year group is unusable)."""
    if m.group("year"):
        year = int(m.group("year"))
        return year, None, not w.years[0] <= year <= w.years[1]
    if m.group("yshift"):
        return None, w.year_shifts[_norm(m.group("yshift"))], False
    return None, None, False


def _mentions(text: str, w: Words, loose: bool) -> list[Mention]:
    """Every date expression in ``text``; ``loose`` (a known date phrase) admits bare months and years."""
    found: list[Mention] = []
    p = w.patterns
    for m in p["iso"].finditer(text):
        value = _safe(lambda: date(int(m.group("year")), int(m.group("month")), int(m.group("day"))))
        found.append(Mention(m.start(), m.end(), "day", True, _fixed(value)))
    for kind in ("day_month", "month_day"):
        for m in p[kind].finditer(text):
            year, yshift, bad = _year_of(m, w)
            if bad:
                year, end = None, m.start("year")
            else:
                end = m.end()
            month = w.months[tables.matched_key(m.group("mon"))]
            found.append(Mention(m.start(), end, "day", True, _day_month(int(m.group("day")), month, year, yshift, w)))
    for m in p["month"].finditer(text):
        name = m.group("mon").lower()
        year, yshift, bad = _year_of(m, w)
        year = None if bad else year
        before = _word_before(text, m.start(), w)
        if year is None and yshift is None and not loose and name in w.needs_cue and before is None:
            continue
        shift = w.shifts.get(before) if before else None
        found.append(Mention(m.start(), m.end(), "month", year is not None, _month(w.months[name], year, yshift, shift, w)))
    for m in p["weekday"].finditer(text):
        after = p["next_word"].match(text[m.end():])
        if after and after.group(1).lower() in w.not_weekday_before:
            continue
        before = _word_before(text, m.start(), w)
        found.append(Mention(m.start(), m.end(), "day", False, _weekday(w.weekdays[tables.matched_key(m.group("wd"))], w.shifts.get(before) if before else None)))
    for m in p["relative"].finditer(text):
        unit, shift = w.relative[_norm(m.group("rel"))]
        found.append(Mention(m.start(), m.end(), "week" if unit == "weekend" else unit, False, _relative(unit, shift)))
    for m in p["ago"].finditer(text):
        n = m.group("n")
        count = int(n) if n.isdigit() else w.numbers[_norm(n)]
        unit = w.units[tables.matched_key(m.group("unit"))]
        found.append(Mention(m.start(), m.end(), unit, False, _relative(unit, -count)))
    for m in p["year"].finditer(text):
        year = int(m.group("year"))
        if (m.group("cue") or loose) and w.years[0] <= year <= w.years[1]:
            found.append(Mention(m.start(), m.end(), "year", True, _fixed(date(year, 1, 1))))
    return found


def _chosen(mentions: list[Mention]) -> list[Mention]:
    """Longest expressions first, without overlaps; then the most precise and explicit, in text order."""
    taken: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: (RANK[m.precision], not m.explicit, m.start))


@lru_cache(maxsize=8192)
def _expressions(text: str, loose: bool) -> tuple[Mention, ...]:
    return tuple(_chosen(_mentions(text, words(), loose)))


def _anchor(published: object) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published if isinstance(published, date) else None


def _resolve(text: object, published: object, scheduled: bool, loose: bool) -> tuple[date | None, str]:
    if not isinstance(text, str) or not text:
        return None, UNKNOWN
    anchor = _anchor(published)
    for mention in _expressions(text, loose):
        value = mention.resolve(anchor, bool(scheduled))
        if value is not None:
            return value, mention.precision
    return None, UNKNOWN


def resolve_event_date(text: str, published: date | None, *, scheduled: bool = False) -> tuple[date | None, str]:
    """The date a plain text (a sentence or a neighbour) gives, anchored on ``published``.

    Returns ``(date, precision)`` with precision day, week, month or year, or
    ``(None, "unknown")`` when the text has no date that resolves: the
    publication date is never guessed onto the event. Several expressions:
    the most precise wins ("on 14 April" before "Wednesday" before "in March").
    Never raises.
    """
    return _resolve(text, published, scheduled, loose=False)


def resolve_date_phrase(phrase: str, published: date | None, *, scheduled: bool = False) -> tuple[date | None, str]:
    """Like ``resolve_event_date`` for a phrase already known to be a date (a DATE entity):
    a bare "May" or "1989" counts there."""
    return _resolve(phrase, published, scheduled, loose=True)
