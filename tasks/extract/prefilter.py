"""The cascade's first stage: which sentences are worth parsing.

Built from the rules themselves: for each rule, the forms of the words its
pattern nodes require and, where it requires an actor or theme of a lexicon
class, the words of that class. A sentence is parsed when, for some rule, all
of them occur in it. It may let through sentences that hold no event (they
are parsed and yield nothing); it must never drop one that the rules would
match, which the tests check on the dev set. A new pattern widens it with no code.
On a document (``Extractor.select``), what the document itself names a celebration
by counts as a celebration word: a name it gave one, or "it" just after a mention
(``tasks/extract/celebration_names.py``, the annotation the rules read).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from tasks.extract.fest_names import fest_pattern, is_fest_word
from tasks.extract.native_fest_names import native_pattern
from tasks.extract.patterns import Rule, lexicon

_WORD = re.compile(r"\w+")
_HAS_WORD = re.compile(r"\w")


@lru_cache(maxsize=1)
def _irregular() -> dict[str, list[str]]:
    return {line.split()[0]: line.split()[1:] for line in lexicon("irregular_forms")}


def forms(lemma: str) -> set[str]:
    """A superset of the inflected forms of ``lemma``."""
    w = lemma.lower()
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "er", w + "ers"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("y"):
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou":
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out | irregular_forms(w)


def irregular_forms(lemma: str) -> set[str]:
    """The irregular forms of ``lemma`` (lexicons/irregular_forms.txt): "said" of "say", "wrote" of "write"."""
    return set(_irregular().get(lemma.lower(), ()))


def node_words(node: dict) -> set[str] | None:
    """The words a pattern node allows (its LEMMA or LOWER list), or None if it allows any word."""
    attrs = node.get("RIGHT_ATTRS", {})
    for key in ("LEMMA", "LOWER"):
        value = attrs.get(key)
        if isinstance(value, str):
            return {value}
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            return set(value["IN"])
    return None


# Every spelling the tokenizer turns into a ``neg`` token: words, "n't", "cannot", and the
# contractions news copy loses the apostrophe of ("wont", "didnt"), which spaCy still splits.
NEGATION = re.compile(
    r"(?<![\w])(?:not|never|no|nor|cannot|(?:ai|are|ca|could|did|does|do|had|has|have|is|must|need|sha|should|was|were|wo|would)n'?t)(?![\w])|n't",
    re.I,
)


def _forms_of(words: set[str]) -> set[str]:
    forms_ = set()
    for w in words:
        for part in [w] if " " not in w else [w.split()[-1]]:  # a phrase needs at least its last word
            forms_ |= forms(part)
    return forms_


class WordCondition:
    """One of these forms must occur as a word: a set look-up for plain words, an expression for the
    few forms with a hyphen, apostrophe or dot ("pull-out", "u.s.")."""

    def __init__(self, forms_: set[str]):
        self.words = frozenset(f.lower() for f in forms_ if _WORD.fullmatch(f))
        special = sorted((re.escape(f) for f in forms_ if not _WORD.fullmatch(f) and _HAS_WORD.search(f)), key=len, reverse=True)
        marks = sorted((re.escape(f) for f in forms_ if not _HAS_WORD.search(f)), key=len, reverse=True)  # a quotation mark: the tokenizer splits it off any word ('"redeployed"')
        alternatives = ([rf"(?<![\w])(?:{'|'.join(special)})(?![\w])"] if special else []) + ([f"(?:{'|'.join(marks)})"] if marks else [])
        self.pattern = re.compile("|".join(alternatives), re.I) if alternatives else None

    def holds(self, line: str, words: set[str]) -> bool:
        return not self.words.isdisjoint(words) or (self.pattern is not None and self.pattern.search(line) is not None)


class PatternCondition:
    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern

    def holds(self, line: str, words: set[str]) -> bool:
        return self.pattern.search(line) is not None


def _alternation(words: set[str]) -> WordCondition:
    return _condition(frozenset(words))


@lru_cache(maxsize=256)
def _condition(words: frozenset[str]) -> WordCondition:
    """One condition per set of words: many rules need the same actor or theme words."""
    return WordCondition(_forms_of(words))


class NamedCondition:
    """A celebration theme's words, or else what the document itself names a celebration by: a name it gave
    one, or "it" just after a mention (``named``, asked only when the words are not there)."""

    def __init__(self, words: WordCondition):
        self.words = words

    def holds(self, line: str, words: set[str], named: Callable[[], bool] | None = None) -> bool:
        if self.words.holds(line, words) or any(is_fest_word(m.group()) for m in fest_pattern().finditer(line)):
            return True  # "Bluesfest": a one-word festival name (tasks/extract/fest_names.py)
        if native_pattern().search(line):
            return True  # "the Omagari Hanabi Taikai": a festival word of another language (tasks/extract/native_fest_names.py)
        return named is not None and named()


def conditions(rule: Rule, lexicons: dict[str, frozenset[str]], armed_names: set[str]) -> list[WordCondition | PatternCondition] | None:
    """Conditions that must all hold of a line for ``rule`` to match in it; None: no cheap test."""
    trigger = node_words(rule.pattern[0])
    if not trigger:
        return None
    out = [_alternation(trigger)]
    for node in rule.pattern[1:]:
        words = node_words(node)
        if words:
            out.append(_alternation(words))
        elif node.get("RIGHT_ATTRS", {}).get("DEP") == "neg":
            out.append(PatternCondition(NEGATION))
    if rule.theme.required and rule.theme.classes and all(c in lexicons for c in rule.theme.classes) and not rule.theme_from_document:
        # a class's generic nouns and partitives can stand for it ("the remainder of the event")
        words = set().union(*(lexicons[c] | lexicons.get(c + "_generic", frozenset()) for c in rule.theme.classes))
        if "celebration" in rule.theme.classes:  # "Kutaisi scrapped the wine evening": a public body's show (public_programme.py)
            words |= lexicons.get("public_show_noun", frozenset())
        theme = _alternation(words | lexicons.get("partitive", frozenset()))
        out.append(NamedCondition(theme) if "celebration" in rule.theme.classes else theme)
    if rule.actor.required and rule.actor.classes and set(rule.actor.classes) <= set(lexicons) | {"armed"}:
        words = set().union(*(lexicons[c] for c in rule.actor.classes if c in lexicons))
        if "armed" in rule.actor.classes:  # or a pronoun whose antecedent is in the lines before, or "we" said by a commander
            words |= armed_names | lexicons.get("pronoun_personal", frozenset()) | lexicons.get("commander", frozenset())
            words |= lexicons.get("military_rank", frozenset())  # "Captain Ivanov deserted his post": a rank before a name (ranks.py)
        if "armed" in rule.actor.classes and rule.label == "REFUSAL_TO_FIGHT":  # "a Syrian defector deserted his post" (own_unit.py)
            words |= lexicons.get("own_unit_person", frozenset())
            words |= lexicons.get("pronoun_first_person", frozenset())  # "A: I went AWOL in October", a soldier interviewed (interview_answer.py)
        if "armed" in rule.actor.classes and rule.subject_is_opponent:  # "Hamas fired rockets. It was pushed out of ..."
            words |= lexicons.get("pronoun_group", frozenset())
        if "armed" in rule.actor.classes and rule.label == "SURRENDER":  # "those who have come into the light", after a force
            words |= lexicons.get("relative_demonstrative", frozenset())
        out.append(_alternation(words))
    return out


class Prefilter:
    """A line can hold an event when, for some rule, every word the rule needs is in it."""

    def __init__(self, rules: list[Rule], lexicons: dict[str, frozenset[str]], armed_names: set[str]):
        self.rules = [conditions(rule, lexicons, armed_names) for rule in rules]
        self.disabled = any(c is None for c in self.rules)
        # Every rule needs one of its trigger's forms: a set look-up over the line's words rejects most
        # lines before any rule's expressions run (the words are a superset of what the expressions see).
        self._triggers = WordCondition(set().union(*(_forms_of(node_words(rule.pattern[0]) or set()) for rule in rules)))

    def __call__(self, line: str, named: Callable[[], bool] | None = None) -> bool:
        """Can ``line`` hold an event? ``named``: does it name one of its document's celebrations by a name the
        document gave it, or by a pronoun just after one (``Extractor.select``)? None: by the lexicons alone."""
        if self.disabled:
            return True
        words = _words(line)
        if not self._triggers.holds(line, words):
            return False
        if named is not None:
            named = _once(named)
        return any(all(c.holds(line, words, named) if isinstance(c, NamedCondition) else c.holds(line, words) for c in conds) for conds in self.rules)


def _once(ask: Callable[[], bool]) -> Callable[[], bool]:
    """``ask``, asked at most once."""
    answer: list[bool] = []

    def once() -> bool:
        if not answer:
            answer.append(ask())
        return answer[0]

    return once


_PARTS = re.compile(r"\w+")


def _words(line: str) -> set[str]:
    """Every maximal run of word characters of the line, in lower case: exactly the plain words a
    bounded expression could match."""
    return set(_PARTS.findall(line.lower()))
