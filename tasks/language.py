"""Language identification with py3langid (langid.py's model, shipped in its wheel).

Keeps non-English articles away from the English rules; a sidecar's
``language`` field always wins over the guess. Too little text, or a guess
the model is not sure of, gives ``und`` (undetermined), which is stored and
not extracted.

The wheel ships the model LZMA-compressed, which takes about half a second to
unpack in every process; the unpacked file is kept in the cache folder
(``tasks.settings.cache_dir``), named for the py3langid version and the size
of the shipped file, and read from there by later processes.
"""
from __future__ import annotations

import hashlib
import lzma
import os
import shutil
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from tasks.text import fold_width

MIN_LETTERS = 40  # below this, a guess is noise: a headline or a list of names
MIN_PROBABILITY = 0.5  # normalised over the model's 97 languages: a list of names or a repeated word scores far below
SAMPLE_CHARS = 5000  # the start of an article says its language


@lru_cache(maxsize=1)
def _identifier():
    from tasks.settings import cache_dir

    return identifier(cache_dir())


def identifier(cache: Path):
    """py3langid's identifier, its model read from ``cache`` (unpacked there first if it is not yet)."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier, MODEL_DIR, MODEL_FILE
    from py3langid.modelio import _to_array

    shipped = MODEL_DIR / MODEL_FILE
    try:
        unpacked = _unpacked(shipped, cache)
    except OSError:  # no cache folder to write to: unpack in memory, as py3langid does
        return LanguageIdentifier.from_model_file(shipped, norm_probs=True)
    with np.load(unpacked, allow_pickle=False) as data:
        return LanguageIdentifier(
            np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(), _to_array(data["nextmove"]),
            data["out_feat"].tolist(), norm_probs=True, tk_row=_to_array(data["nextmove_row"]),
        )


def _unpacked(shipped: Path, cache: Path) -> Path:
    key = hashlib.sha256(f"{metadata.version('py3langid')}:{shipped.name}:{shipped.stat().st_size}".encode()).hexdigest()[:16]
    target = cache / f"langid-{key}.npz"
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".langid-", suffix=".tmp", dir=cache)
    try:
        with os.fdopen(fd, "wb") as out, lzma.open(shipped) as src:
            shutil.copyfileobj(src, out, length=1 << 20)
        os.replace(tmp, target)  # whole or not at all: two processes unpacking at once both end with the same file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def detect(text: str) -> str:
    """An ISO 639-1 code, or ``und`` when the text is too short or the model is unsure."""
    sample = fold_width(text[:SAMPLE_CHARS])  # "ＴＲＯＯＰＳ" is "TROOPS" to the model, as in the stored text
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return "und"
    lang, probability = _identifier().classify(sample)
    return lang if probability >= MIN_PROBABILITY else "und"
