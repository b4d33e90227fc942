"""Language identification with py3langid (langid.py's model, shipped in its wheel).

Keeps non-English articles away from the English rules; a sidecar's
``language`` field always wins over the guess. Too little text, or a guess
the model is not sure of, gives ``und`` (undetermined), which is stored and
not extracted.
"""
from __future__ import annotations

from functools import lru_cache

MIN_LETTERS = 40  # below this, a guess is noise: a headline or a list of names
MIN_PROBABILITY = 0.5  # normalised over the model's 97 languages: a list of names or a repeated word scores far below
SAMPLE_CHARS = 5000  # the start of an article says its language


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import LanguageIdentifier, MODEL_FILE

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str:
    """An ISO 639-1 code, or ``und`` when the text is too short or the model is unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return "und"
    lang, probability = _identifier().classify(sample)
    return lang if probability >= MIN_PROBABILITY else "und"
