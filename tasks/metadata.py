"""Checks on an article's metadata (sidecar, JSON fields, page tags) and on JSONL record ids.

A value that fails raises ValueError with the reason; ingest then drops that
one field, records why in ``ingest_errors`` (action ``kept``) and keeps the
article. Nothing here can stop a run.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from tasks.normalize.dates import parse_published

YEARS = range(1900, 2101)  # news dates outside these years are typing errors or placeholders (0001, 9999)
MAX_OFFSET = timedelta(hours=14)  # the widest UTC offsets in use are -12:00 and +14:00
MAX_ID_CHARS = 200
_ZONE = re.compile(r"[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})$")
_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*")  # BCP 47 as sources write it, "_" of POSIX locales too
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ISO_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?P<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?")
_RFC_822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")  # "Thu, 09 May 2024 10:00:00 GMT" (RSS)


def _iso_spelling(value: str) -> str:
    """The spelling ``parse_published`` reads of a date ISO 8601 also allows: a lowercase ``t`` or ``z``, an offset
    of hours only ("+05"); an RFC 822 date of an RSS feed, as ISO 8601. Anything else as it is."""
    text = value.strip()
    m = _ISO_LIKE.fullmatch(text)
    if m:
        zone = m.group("zone") or ""
        text = text[: m.start("zone")] if zone else text
        text = text[:10] + "T" + text[11:] + ("Z" if zone in ("z", "Z") else zone + (":00" if len(zone) == 3 else ""))
        return text
    if _RFC_822.match(text):
        try:
            stamp = parsedate_to_datetime(text)
        except (ValueError, TypeError, IndexError):
            return text
        if stamp.tzinfo is None:  # "-0000": UTC, the sender not saying where it is
            stamp = stamp.replace(tzinfo=timezone.utc)
        return stamp.isoformat()
    return text


def published_at(value: object) -> tuple[datetime | None, str | None]:
    """``(UTC datetime, precision)`` of a publication date that is plausible, or ValueError naming ``value`` as given."""
    iso = _iso_spelling(value) if isinstance(value, str) else value
    if isinstance(iso, str):
        zone = _ZONE.search(iso)
        if zone:
            hours, minutes = int(zone.group(2)), int(zone.group(3))
            if minutes >= 60 or timedelta(hours=hours, minutes=minutes) > MAX_OFFSET:
                raise ValueError(f"published_at {value!r}: UTC offset {zone.group(1)}{zone.group(2)}:{zone.group(3)} is beyond ±14:00")
    try:
        stamp, precision = parse_published(iso)
    except OverflowError:
        raise ValueError(f"published_at {value!r} is out of range") from None
    except ValueError as exc:
        raise ValueError(str(exc).replace(repr(iso), repr(value))) from None
    if stamp is not None and stamp.year not in YEARS:
        raise ValueError(f"published_at {value!r}: year {stamp.year} is outside {YEARS.start}-{YEARS.stop - 1}")
    return stamp, precision


def language(value: str) -> str:
    """The ISO 639-1 code a language tag starts with ("en" of "en-GB", "EN_us", " fr "), or ValueError: a name
    ("English"), a three-letter code or a number would be stored as a language no rule reads."""
    m = _LANGUAGE_TAG.fullmatch(value.strip())
    if not m:
        raise ValueError(f"language {value[:40]!r} is not an ISO 639-1 code (en, fr, en-GB); identified from the text instead")
    return m.group(1).lower()


def with_field_names(raw: dict, fields: tuple[str, ...]) -> tuple[dict, list[str]]:
    """``raw`` with each key that is one of ``fields`` but for case and separators ("publishedAt", "Title",
    "PUBLISHED-AT") under the field's name, and a note on each; a variant of a field also present as such is ignored."""
    wanted = {_folded_key(f): f for f in fields}
    out, notes = dict(raw), []
    for key in raw:
        field = wanted.get(_folded_key(key)) if isinstance(key, str) and key not in fields else None
        if field is None:
            continue
        del out[key]
        if field in raw or field in out:
            notes.append(f"field {key[:40]!r} ignored: {field!r} is given")
        else:
            out[field] = raw[key]
            notes.append(f"field {key[:40]!r} read as {field!r}")
    return out, notes


def _folded_key(key: str) -> str:
    return re.sub(r"[\s_-]", "", key).casefold()


def record_id(value: object) -> str:
    """A JSONL record's ``id`` as the text of its ``source_path``, or ValueError."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise ValueError(f"id must be a string or a whole number, got {type(value).__name__}")
    if not value.strip() or value != value.strip():
        raise ValueError(f"id {value[:40]!r} is empty or has spaces around it")
    if len(value) > MAX_ID_CHARS or _CONTROL.search(value):
        raise ValueError(f"id {value[:40]!r} is longer than {MAX_ID_CHARS} characters or holds control characters")
    return value
