"""The attribute ruler's patterns as a table: the same annotations, a look-up per token.

spaCy's attribute ruler (tag → part of speech, morphology, a few lemmas) runs a
token matcher with some 180 patterns over every token: a fifth of the cascade's
parse. Its patterns test a token (or two in a row) for equality, membership or
a regular expression on its tag, lower-case form, dependency label and
whitespace, so which of them hold at a token follows from those four values:
worked out once per combination (values no pattern names fold into one), then
looked up. Matches are applied as the ruler applies them, in the order of its
patterns, then of positions, with its own setter, on the tokens as they were
before any was set. A ruler with a pattern of any other kind is left to spaCy.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

RULER = "attribute_ruler"
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a pattern may test, in the order of ``Doc.to_array`` below
_SETTABLE = {"POS", "MORPH", "LEMMA", "TAG", "DEP"}  # what a pattern may set: attributes of its one token
_OTHER = object()  # a value that no pattern names


class _Spec:
    """One token of a pattern: a predicate per field."""

    def __init__(self, spec: dict):
        self.tests: list[tuple[int, Callable[[object], bool]]] = [(_FIELDS.index(k), _predicate(v)) for k, v in spec.items()]

    def holds(self, values: tuple) -> bool:
        return all(test(values[field]) for field, test in self.tests)


def _predicate(value) -> Callable[[object], bool]:
    """A test of one field, true of a value as the matcher's is; it also takes the folded values of ``AttributeTable._key``."""
    if isinstance(value, (str, bool)):
        return lambda v: v == value
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN"):
        members = frozenset(arg)
        return (lambda v: v in members) if op == "IN" else (lambda v: v not in members)
    regex = re.compile(arg)
    return lambda v: bool(regex.search(v)) if isinstance(v, str) else arg in v[1]


class AttributeTable:
    def __init__(self, ruler, patterns: list[dict]):
        self.attrs = ruler.attrs  # per pattern, what it sets, as the ruler's setter takes it
        self.single: list[tuple[int, _Spec]] = []  # (pattern id, spec)
        self.multi: list[tuple[int, list[_Spec], int]] = []  # (pattern id, specs, index of the token it sets)
        self.named: list[set] = [set() for _ in _FIELDS]  # the values patterns name, per field
        self.regexes: list[list[re.Pattern[str]]] = [[] for _ in _FIELDS]
        for pattern_id, p in enumerate(patterns):
            for tokens in p["patterns"]:
                specs = [_Spec(t) for t in tokens]
                for t in tokens:
                    for key, value in t.items():
                        self._name(_FIELDS.index(key), value)
                if len(specs) == 1:
                    self.single.append((pattern_id, specs[0]))
                else:
                    self.multi.append((pattern_id, specs, p["index"] % len(specs)))
        self._memo: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def _name(self, field: int, value) -> None:
        if isinstance(value, (str, bool)):
            self.named[field].add(value)
        elif "REGEX" in value:
            self.regexes[field].append(re.compile(value["REGEX"]))
        else:
            self.named[field].update(next(iter(value.values())))

    def _key(self, values: tuple) -> tuple:
        """The values with every value no pattern names folded into one (with what each regular expression says of it)."""
        out = []
        for field, v in enumerate(values):
            if v in self.named[field]:
                out.append(v)
            elif self.regexes[field]:
                out.append((_OTHER, frozenset(r.pattern for r in self.regexes[field] if r.search(v))))
            else:
                out.append(_OTHER)
        return tuple(out)

    def _patterns_at(self, values: tuple) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Single-token patterns that hold of a token, and the pairs whose first token it can be."""
        key = self._key(values)
        found = self._memo.get(key)
        if found is None:
            found = (
                tuple(pid for pid, spec in self.single if spec.holds(key)),
                tuple(k for k, (_, specs, _) in enumerate(self.multi) if specs[0].holds(key)),
            )
            self._memo[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        rows = [
            (strings[tag], strings[lower], strings[dep], bool(space))
            for tag, lower, dep, space in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        ]
        matches = []
        for i, values in enumerate(rows):
            single, firsts = self._patterns_at(values)
            matches.extend((pid, i, i) for pid in single)
            for k in firsts:
                pid, specs, index = self.multi[k]
                if i + len(specs) <= len(rows) and all(s.holds(rows[i + j]) for j, s in enumerate(specs[1:], 1)):
                    matches.append((pid, i, i + index))
        matches.sort()
        for pid, _, target in matches:
            set_token_attrs(doc[target], self.attrs[pid])
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _supported(patterns: list[dict]) -> bool:
    for p in patterns:
        if not set(p["attrs"]) <= _SETTABLE:
            return False
        for tokens in p["patterns"]:
            for t in tokens:
                for key, value in t.items():
                    if key not in _FIELDS:
                        return False
                    if isinstance(value, dict) and not (len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN", "REGEX")):
                        return False
                    if not isinstance(value, (str, bool, dict)):
                        return False
    return True


@lru_cache(maxsize=4)
def attribute_table(nlp) -> AttributeTable | None:
    """The table of ``nlp``'s attribute ruler, or None when it has none or a pattern the table cannot hold."""
    if RULER not in nlp.pipe_names:
        return None
    ruler = nlp.get_pipe(RULER)
    patterns = ruler.patterns
    return AttributeTable(ruler, patterns) if _supported(patterns) else None
