"""A state or its capital that speaks ("Moscow said", "Kyiv claims"): who reports, not where anything happened."""
from __future__ import annotations

from functools import lru_cache

from tasks.extract.patterns import lexicon
from tasks.extract.prefilter import forms

_EDGE = ".,;:!?\"'“”‘’()"


@lru_cache(maxsize=1)
def _report_forms() -> frozenset[str]:
    return frozenset(form for lemma in lexicon("cue_report") for form in forms(lemma))


def speaks(before: str, after: str) -> bool:
    """Does a state's name open its clause (nothing ``before`` it but punctuation: "..., Moscow said", "Kyiv says")
    and a verb of saying come just ``after`` it? Not "police in Yerevan said": the police speak, in Yerevan."""
    opens = not before.strip() or before.rstrip()[-1] in _EDGE
    words = after.split()
    return opens and bool(words) and words[0].strip(_EDGE).lower() in _report_forms()
