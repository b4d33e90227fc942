"""Language identification (py3langid): a language for real text, ``und`` for too little or an unsure guess; only English is extracted."""
from __future__ import annotations

import pytest

from tasks.language import detect
from tasks.run import ENGLISH
from tests.fixtures.articles import RETREAT_AND_CANCEL


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Russian troops withdrew from the city of Kherson on Friday, the general staff said.", "en"),
        ("Les troupes russes se sont retirées de la ville de Kherson vendredi, selon l'état-major.", "fr"),
        ("Die russischen Truppen haben sich am Freitag aus der Stadt Cherson zurückgezogen.", "de"),
        ("Las tropas rusas se retiraron de la ciudad de Jersón el viernes, según el estado mayor.", "es"),
        ("Російські війська відступили з міста Херсон у п'ятницю ввечері, повідомив генштаб.", "uk"),
        ("Kaboom\nRussian troops withdrew from Kaboom on Monday.", "en"),  # short, a name the model does not know
        ("Troops retreat", "und"),  # too short to tell
        ("Kherson Kyiv Mariupol Bakhmut Avdiivka Izium Lyman Kupiansk 2022 2023", "und"),  # names: no language
        ("", "und"),
    ],
)
def test_detect(text, lang):
    assert detect(text) == lang


def test_only_english_goes_to_the_english_rules():
    assert ENGLISH == {"en"}


@pytest.mark.model
def test_undetermined_text_is_stored_not_extracted(articles, tmp_path):
    from tests.test_pipeline import run_steps

    root = articles({"short.txt": "Retreat\nRussian troops left Kherson.", "long.txt": RETREAT_AND_CANCEL})
    s, wh = run_steps(root, tmp_path / "w", "r1")
    languages = dict(zip(wh.read("documents")["source_path"].to_pylist(), wh.read("documents")["language"].to_pylist()))
    assert languages == {"short.txt": "und", "long.txt": "en"}
    assert set(wh.read("events")["source_path"].to_pylist()) == {"long.txt"}


def test_the_model_is_unpacked_once_into_the_cache_and_gives_the_shipped_guesses(tmp_path, monkeypatch):
    from py3langid.langid import LanguageIdentifier, MODEL_FILE

    from tasks.language import identifier

    shipped = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    cached = identifier(tmp_path)
    (unpacked,) = tmp_path.glob("langid-*.npz")
    stamp = unpacked.stat().st_mtime_ns
    again = identifier(tmp_path)  # read from the cache, not unpacked again
    assert unpacked.stat().st_mtime_ns == stamp and not list(tmp_path.glob(".langid-*"))
    texts = ["Russian troops withdrew from the city of Kherson on Friday, the general staff said.",
             "Les troupes russes se sont retirées de la ville de Kherson vendredi.", RETREAT_AND_CANCEL]
    for text in texts:
        assert cached.classify(text) == again.classify(text) == shipped.classify(text)
    assert cached.rank(texts[1]) == shipped.rank(texts[1])


def test_without_a_writable_cache_the_shipped_model_is_read(tmp_path):
    from tasks.language import identifier

    blocked = tmp_path / "file"
    blocked.write_text("")  # a file where the cache folder would be
    assert identifier(blocked / "cache").classify("Russian troops withdrew from the city of Kherson on Friday.")[0] == "en"


def test_fullwidth_letters_are_identified_as_the_letters_they_stand_for():
    """Fullwidth forms (U+FF01-FF5E) are ASCII in another width: the model read them as unknown characters (``und``)."""
    assert detect("Ｒｕｓｓｉａｎ ｔｒｏｏｐｓ ｗｉｔｈｄｒｅｗ ｆｒｏｍ ｔｈｅ ｃｉｔｙ ｏｆ Ｋｈｅｒｓｏｎ ｏｎ Ｆｒｉｄａｙ．") == "en"
