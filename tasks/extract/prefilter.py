"""The cascade's first stage: a regular expression over the forms of every trigger word.

Built from the rules themselves (the lemma lists of their trigger nodes), so a
new pattern widens the prefilter with no code. It may let through lines that
hold no event (they are parsed and yield nothing); it must never drop a line
that the rules would match, which the tests check on the dev set.
"""
from __future__ import annotations

import re

from tasks.extract.patterns import Rule

# Irregular past forms of trigger verbs; regular forms are generated.
IRREGULAR = {
    "flee": ["fled"], "withdraw": ["withdrew", "withdrawn"], "drive": ["drove", "driven"], "fall": ["fell", "fallen"],
    "give": ["gave", "given"], "lay": ["laid"], "leave": ["left"], "hold": ["held"], "take": ["took", "taken"],
    "go": ["went", "gone"], "beat": ["beaten"], "throw": ["threw", "thrown"], "forgo": ["forwent", "forgone"],
    "forego": ["forewent", "foregone"], "put": ["put"], "draw": ["drew", "drawn"], "quit": ["quit"],
    "run": ["ran"], "have": ["had", "has"], "be": [], "upset": ["upset"], "shoot": ["shot"], "choose": ["chose", "chosen"],
    "axe": ["axed"], "ax": ["axed"], "knock": ["knocked"], "mutiny": ["mutinied", "mutinies"],
}


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
    out |= set(IRREGULAR.get(w, ()))
    return out


def trigger_lemmas(rule: Rule) -> set[str]:
    attrs = rule.pattern[0]["RIGHT_ATTRS"]
    lemma = attrs.get("LEMMA") or attrs.get("LOWER")
    if isinstance(lemma, str):
        return {lemma}
    if isinstance(lemma, dict) and "IN" in lemma:
        return set(lemma["IN"])
    return set()


def build(rules: list[Rule]) -> re.Pattern[str] | None:
    """One regular expression for all rules; ``None`` when a rule has no lemma list (parse everything)."""
    words: set[str] = set()
    for rule in rules:
        lemmas = trigger_lemmas(rule)
        if not lemmas:
            return None
        for lemma in lemmas:
            words |= forms(lemma)
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", re.I)
