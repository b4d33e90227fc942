"""Place names as written → index keys, and what a mention asks for.

The same :func:`normalise` runs on the gazetteer's names when the index is
built and on mentions when it is queried, so "Rostov-on-Don" and "Rostov on
Don", "St. Petersburg" and "Saint Petersburg", "Kharkivs'ka" and "Kharkivska"
meet on one key. The rules (letters, abbreviations, suffixes such as "region")
are in ``data/geo_text.json``; word lists in ``data/geo_*.txt``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA = resources.files("tasks.normalize").joinpath("data")
_POSSESSIVE = re.compile(r"['’]s$")
_NON_WORD = re.compile(r"[\W_]+")
# Greek, Cyrillic, Armenian, Hebrew, Arabic... CJK: letters no Latin-script key can come from
_NON_LATIN = re.compile("[\u0370-\u1dff\u1f00-\u1fff\u2c00-\u2c7f\u2e80-\U0010ffff]")


@lru_cache(maxsize=1)
def rules() -> dict:
    return json.loads(DATA.joinpath("geo_text.json").read_text(encoding="utf-8"))


def word_list(filename: str) -> frozenset[str]:
    """A one-word-a-line data file, normalised; '#' starts a comment line."""
    raw = DATA.joinpath(filename).read_text(encoding="utf-8")
    return frozenset(normalise(line) for line in raw.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[str, str]]:
    r = rules()
    letters = {ord(k): v for k, v in r["letters"].items()}
    letters.update({ord(ch): None for ch in r["dropped"]})
    return letters, r["abbreviations"]


def normalise(name: str) -> str:
    """Case-folded, accents and apostrophes dropped, punctuation as spaces, abbreviations spelt out."""
    letters, abbreviations = _tables()
    text = _POSSESSIVE.sub("", name.strip())
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.casefold().translate(letters)
    words = _NON_WORD.sub(" ", text).split()
    return " ".join(abbreviations.get(w, w) for w in words)


def is_latin(key: str) -> bool:
    """Keys in Latin letters only: the index keeps no Cyrillic, Arabic... forms (English news)."""
    return bool(key) and key.isascii()


def in_other_script(name: str) -> bool:
    """Whether a name has letters of a non-Latin script (cheap test before :func:`normalise`)."""
    return _NON_LATIN.search(name) is not None


@dataclass(frozen=True)
class Reading:
    """One way to read a mention: look ``key`` up, as ``want`` ('any', 'admin1' or 'city')."""

    key: str
    want: str = "any"


def readings(mention: str) -> list[Reading]:
    """Every reading of a mention, best first.

    "the Kharkiv region" → admin1 "kharkiv", then "kharkiv region" as a name;
    "city of Kherson" → city "kherson"; "Mexico City" → "mexico city", then
    city "mexico"; "The Hague" → "the hague", then "hague".
    """
    r = rules()
    key = normalise(mention)
    if not key:
        return []
    keys = [key]
    for article in r["articles"]:
        if key.startswith(article + " ") and len(key) > len(article) + 1:
            keys.append(key[len(article) + 1:])
    out: list[Reading] = []
    for k in keys:
        for prefix in r["city_prefixes"]:
            if k.startswith(prefix + " "):
                out.append(Reading(k[len(prefix) + 1:], "city"))
        head, _, last = k.rpartition(" ")
        want = r["mention_suffixes"].get(last) if head else None
        if want == "admin1":
            out.append(Reading(head, want))
        out.append(Reading(k))
        if want == "city":
            out.append(Reading(head, want))
    return list(dict.fromkeys(out))


def subdivision_keys(name: str) -> tuple[list[str], list[str]]:
    """How an ISO 3166-2 name is matched: its names ("kharkivska oblast", "kharkivska") and stems ("kharkivsk", "kharkiv"...)."""
    r = rules()
    full = normalise(name)
    type_words = set(r["subdivision_type_words"])
    base = " ".join(w for w in full.split() if w not in type_words)
    names = _unique([full, base])
    stems = [base[: len(base) - len(suffix)] + replacement
             for suffix, replacement in r["subdivision_stem_rules"] if base.endswith(suffix) and len(base) - len(suffix) >= 3]
    return names, [k for k in _unique(stems) if k not in names]


def _unique(keys: list[str]) -> list[str]:
    return [k for k in dict.fromkeys(keys) if k]
