"""Reading JSON and JSONL input whatever it holds: values Python's json can hold, lines of a bounded size.

Nothing here raises on bad input but ValueError, which ingest records against the file or the line.
"""
from __future__ import annotations

import json
import re
from typing import BinaryIO, Iterator

LINE_CHUNK = 1 << 16  # a JSONL line over the size limit is read past this much at a time
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # half a UTF-16 pair that JSON escaped: no character, no UTF-8


def json_value(text: str) -> object:
    """``text`` parsed as JSON, a lone surrogate escape in an object's string ("\\ud800") read as U+FFFD as a bad
    byte is; ValueError for anything Python's json cannot hold (malformed, nested too deep, a number too long)."""
    try:
        return json.loads(text, object_pairs_hook=_without_surrogates)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None
    except ValueError as exc:  # malformed, or a number of more digits than Python converts (without its advice on sys)
        raise ValueError(str(exc).split(";")[0]) from None


def _without_surrogates(pairs: list[tuple[str, object]]) -> dict:
    return {key: _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value for key, value in pairs}


def bounded_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """``(line, size)`` of each line; ``(None, size)`` for one over ``limit`` bytes, read past in chunks, never whole."""
    while line := fh.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield (line if len(line) <= limit else None), len(line)
            continue
        size = len(line)
        while (chunk := fh.readline(LINE_CHUNK)) and not chunk.endswith(b"\n"):
            size += len(chunk)
        yield None, size + len(chunk)
