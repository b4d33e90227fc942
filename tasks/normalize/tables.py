"""The JSON-lines tables beside the normalisers (``tasks/normalize/data``), read and checked."""
from __future__ import annotations

import json
from importlib import resources

NAME_FIELDS = ("names", "demonyms", "capitals", "metonyms")  # a state's row: its names, then what else stands for it

# The letters that ``re.IGNORECASE`` matches to an ASCII letter although ``str.lower`` does not
# give that letter: "İstanbul" matches "istanbul", but "İ".lower() is "i" and a combining dot.
_REGEX_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def all_names(row: dict) -> list[str]:
    return [n for field in NAME_FIELDS for n in row.get(field, ())]


def matched_key(word: str) -> str:
    """The lower-case table key of a word that a case-insensitive pattern matched."""
    return word.translate(_REGEX_FOLD).lower()


def numbered_rows(filename: str) -> list[tuple[int, dict]]:
    """The JSON rows of ``data/<filename>`` with their line numbers (blank lines skipped)."""
    raw = resources.files("tasks.normalize").joinpath("data", filename).read_text(encoding="utf-8")
    return [(n, json.loads(line)) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]


def load(filename: str) -> list[dict]:
    """The rows of ``data/<filename>``; each needs a list of lower-case ``names`` and a code,
    and the names it lists as ``capitalised`` must be among its names."""
    rows = []
    for n, row in numbered_rows(filename):
        names = row.get("names")
        if not isinstance(names, list) or not row.get("code", row.get("country")):
            raise ValueError(f"{filename}:{n}: needs 'names' and a code")
        if any(name != name.lower() for name in all_names(row)) or not set(row.get("capitalised", ())) <= set(all_names(row)):
            raise ValueError(f"{filename}:{n}: names are lower case, and 'capitalised' lists some of them")
        rows.append(row)
    return rows
