"""A state or its capital that speaks ("Moscow said", "Kyiv claims") or acts as a government ("the United States has
defeated", "Britain has urged"): who reports or acts, not where anything happened."""
from __future__ import annotations

import re
from functools import lru_cache

from tasks.extract.patterns import lexicon
from tasks.extract.person_names import given_name
from tasks.extract.prefilter import forms
from tasks.normalize.geo import gazetteer

_EDGE = ".,;:!?\"'“”‘’()"
ASIDE_CHARS = 40  # how long an aside between commas after a name may be (", just months earlier,")
FESTIVE_WORDS = 4  # how far after a possessive a celebration's kind may end its name ("Singapore's River Hongbao festival")


@lru_cache(maxsize=1)
def report_forms() -> frozenset[str]:
    """Every form of the verbs of saying (lexicons/cue_report.txt): "said", "says", "claimed", "told"."""
    return frozenset(form for lemma in lexicon("cue_report") for form in forms(lemma))


@lru_cache(maxsize=1)
def _act_forms() -> frozenset[str]:
    return frozenset(form for lemma in lexicon("state_act_verb") for form in forms(lemma))


@lru_cache(maxsize=1)
def _perfect_forms() -> frozenset[str]:
    return frozenset(form for lemma in lexicon("perfect_auxiliary") for form in forms(lemma))


def _opens_clause(before: str) -> bool:
    """Is nothing but punctuation (and "the": "The United States has") ``before`` a name in its clause, or a word
    that opens a clause ("felt that Washington had", "as Moscow underestimated"; lexicons/clause_opener.txt)?"""
    before = re.sub(r"(?i)\bthe\s*$", "", before)
    if not before.strip() or before.rstrip()[-1] in _EDGE:
        return True
    return before.split()[-1].lower() in lexicon("clause_opener")


def _past_aside(after: str) -> str:
    """``after`` with a short aside between commas just after the name dropped (", just months earlier, had ..."),
    and the adverbs in -ly before its verb ("had vastly overestimated")."""
    text = after.lstrip()
    if text.startswith(","):
        close = text.find(",", 1)
        if 0 < close <= ASIDE_CHARS:
            text = text[close + 1:]
    return " ".join(w for w in text.split()[:6] if not (w.islower() and w.endswith("ly")))


def acts(before: str, after: str) -> bool:
    """Does a state's name open its clause and a verb of a government's acts come just ``after`` it, or after the
    perfect's auxiliary ("The United States has defeated the caliphate", "Britain urged restraint")? Not "Ukraine
    has seen fighting": a verb of what happens in a place."""
    words = [w.strip(_EDGE).lower() for w in _past_aside(after).split()[:2]]
    words = words[1:] if words[:1] and words[0] in _perfect_forms() else words
    return _opens_clause(before) and bool(words) and words[0] in _act_forms()


def speaks(before: str, after: str) -> bool:
    """Does a state's name open its clause (nothing ``before`` it but punctuation: "..., Moscow said", "Kyiv says")
    and a verb of saying come just ``after`` it? Not "police in Yerevan said": the police speak, in Yerevan."""
    words = after.split()
    return _opens_clause(before) and bool(words) and words[0].strip(_EDGE).lower() in report_forms()


_PLACE_NOUNS = ("place_part", "area_noun", "site", "position", "frontier_noun", "compass_point", "possessed_place")


def possessed_place(noun: str) -> bool:
    """Is ``noun`` a place a place owns ("streets", "outskirts", "border"), by the place-noun lexicons?"""
    noun = noun.lower()
    return any(noun in lexicon(name) or noun.rstrip("s") in lexicon(name) for name in _PLACE_NOUNS)


def owns_a_name(words: list[str]) -> bool:
    """Do the ``words`` after a state's possessive open with a given name and a word the gazetteer does not know as a
    place nor the lexicons as a kind of place ("North Korea's Kim Jong-un", "Russia's Vladimir Putin", "Russia's
    Defence Ministry"; not "Sudan's North Darfur state", "Ukraine's Kharkiv Oblast", "Russia's Black Sea coast")?
    Then the state owns a person or an organ: whose, not where."""
    pair = [w.strip(_EDGE) for w in words[:2]]
    if len(pair) < 2 or not all(w[:1].isupper() for w in pair) or words[0][-1:] in _EDGE or not given_name(pair[0]):
        return False
    second = pair[1].lower()
    if _festive(words) or pair[0].lower() in lexicon("water_body"):
        return False  # "Kyiv's Independence Day parade", "Singapore's River Hongbao festival": the town's own
    return gazetteer().resolve(" ".join(pair)) is None and second not in lexicon("water_body") and not possessed_place(second)


def _festive(words: list[str]) -> bool:
    """Does a word of a celebration's kind or a holiday's name come among the first words (a celebration's name)?"""
    lower = [w.strip(_EDGE).lower() for w in words[:FESTIVE_WORDS]]
    names = lexicon("celebration_kind") | lexicon("holiday_name") | lexicon("celebration")
    return any(w in names for w in lower) or any(" ".join(lower[k : k + 2]) in names for k in range(len(lower) - 1))
