"""A small, deterministic language guesser: scripts first, then stop words.

Good enough to keep non-English articles away from English rules; a sidecar's
``language`` field always wins over the guess.
"""
from __future__ import annotations

import re

_STOPWORDS = {
    "en": "the and of to in is that for on with as was by it are from at be this have has were said".split(),
    "fr": "le la les des et est une dans que pour qui sur pas par avec sont du au aux ce".split(),
    "de": "der die das und ist nicht ein eine mit den dem sich auf für von zu im auch".split(),
    "es": "el la los las de que y en un una por con para es del se no al".split(),
    "it": "il lo la gli le di che e un una per con non del della sono è nel".split(),
    "pt": "o a os as de que e em um uma para com não do da no na por são".split(),
    "nl": "de het een en van is dat op te in voor niet met zijn aan".split(),
    "pl": "i w z na nie się że do to jest o jak od po za przez".split(),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect(text: str) -> str:
    """An ISO 639-1 code, or ``und`` when there is too little text to tell."""
    sample = text[:5000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 20:
        return "und"
    scripts = {
        "cyrillic": sum("\u0400" <= c <= "\u04ff" for c in letters),
        "arabic": sum("\u0600" <= c <= "\u06ff" for c in letters),
        "cjk": sum("\u4e00" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff" for c in letters),
        "greek": sum("\u0370" <= c <= "\u03ff" for c in letters),
        "hebrew": sum("\u0590" <= c <= "\u05ff" for c in letters),
    }
    script, count = max(scripts.items(), key=lambda kv: kv[1])
    if count > 0.5 * len(letters):
        if script == "cyrillic":
            return "uk" if re.search(r"[іїєґІЇЄҐ]", sample) else "ru"
        return {"arabic": "ar", "cjk": "ja" if re.search(r"[\u3040-\u30ff]", sample) else "zh", "greek": "el", "hebrew": "he"}[script]
    words = [w.lower() for w in _WORD.findall(sample)]
    scores = {lang: sum(w in stop for w in words) for lang, stop in ((k, set(v)) for k, v in _STOPWORDS.items())}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= 3 else "und"
