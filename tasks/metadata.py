"""Checks on an article's metadata (sidecar, JSON fields, page tags) and on JSONL record ids.

A value that fails raises ValueError with the reason; ingest then drops that
one field, records why in ``ingest_errors`` (action ``kept``) and keeps the
article. Nothing here can stop a run.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from tasks.normalize.dates import parse_published

YEARS = range(1900, 2101)  # news dates outside these years are typing errors or placeholders (0001, 9999)
MAX_OFFSET = timedelta(hours=14)  # the widest UTC offsets in use are -12:00 and +14:00
MAX_ID_CHARS = 200
_ZONE = re.compile(r"[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def published_at(value: object) -> tuple[datetime | None, str | None]:
    """``(UTC datetime, precision)`` of a publication date that is plausible, or ValueError."""
    if isinstance(value, str):
        zone = _ZONE.search(value.strip())
        if zone:
            hours, minutes = int(zone.group(2)), int(zone.group(3))
            if minutes >= 60 or timedelta(hours=hours, minutes=minutes) > MAX_OFFSET:
                raise ValueError(f"published_at {value!r}: UTC offset {zone.group(1)}{zone.group(2)}:{zone.group(3)} is beyond ±14:00")
    try:
        stamp, precision = parse_published(value)
    except OverflowError:
        raise ValueError(f"published_at {value!r} is out of range") from None
    if stamp is not None and stamp.year not in YEARS:
        raise ValueError(f"published_at {value!r}: year {stamp.year} is outside {YEARS.start}-{YEARS.stop - 1}")
    return stamp, precision


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
