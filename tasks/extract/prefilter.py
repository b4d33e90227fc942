"""The cascade's first stage: which sentences are worth parsing.

Built from the rules themselves: for each rule, the forms of the words its
pattern nodes require and, where it requires an actor or theme of a lexicon
class, the words of that class. A sentence is parsed when, for some rule, all
of them occur in it. It may let through sentences that hold no event (they
are parsed and yield nothing); it must never drop one that the rules would
match, which the tests check on the dev set. A new pattern widens it with no code.
"""
from __future__ import annotations

import re

from tasks.extract.patterns import Rule, lexicon



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
    out |= set(_irregular().get(w, ()))
    return out


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


def _alternation(words: set[str]) -> re.Pattern[str]:
    forms_ = set()
    for w in words:
        for part in [w] if " " not in w else [w.split()[-1]]:  # a phrase needs at least its last word
            forms_ |= forms(part)
    body = "|".join(sorted((re.escape(f) for f in forms_), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.I)


def conditions(rule: Rule, lexicons: dict[str, frozenset[str]], armed_names: set[str]) -> list[re.Pattern[str]] | None:
    """Regular expressions that must all match a line for ``rule`` to match in it; None: no cheap test."""
    trigger = node_words(rule.pattern[0])
    if not trigger:
        return None
    out = [_alternation(trigger)]
    for node in rule.pattern[1:]:
        words = node_words(node)
        if words:
            out.append(_alternation(words))
        elif node.get("RIGHT_ATTRS", {}).get("DEP") == "neg":
            out.append(NEGATION)
    if rule.theme.required and rule.theme.classes and all(c in lexicons for c in rule.theme.classes) and not rule.theme_from_document:
        # a class's generic nouns and partitives can stand for it ("the remainder of the event")
        words = set().union(*(lexicons[c] | lexicons.get(c + "_generic", frozenset()) for c in rule.theme.classes))
        out.append(_alternation(words | lexicons.get("partitive", frozenset())))
    if rule.actor.required and rule.actor.classes and set(rule.actor.classes) <= set(lexicons) | {"armed"}:
        words = set().union(*(lexicons[c] for c in rule.actor.classes if c in lexicons))
        if "armed" in rule.actor.classes:  # or a pronoun whose antecedent is in the lines before
            words |= armed_names | lexicons.get("pronoun_personal", frozenset())
        out.append(_alternation(words))
    return out


class Prefilter:
    """A line can hold an event when, for some rule, every word the rule needs is in it."""

    def __init__(self, rules: list[Rule], lexicons: dict[str, frozenset[str]], armed_names: set[str]):
        self.rules = [conditions(rule, lexicons, armed_names) for rule in rules]
        self.disabled = any(c is None for c in self.rules)

    def __call__(self, line: str) -> bool:
        return self.disabled or any(all(r.search(line) for r in conds) for conds in self.rules)
