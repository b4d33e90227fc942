"""Files → documents: formats, sidecars, encodings, and what gets quarantined."""
from __future__ import annotations

import json
import os
import random
from datetime import datetime, timezone

import pytest

from tasks.ingest import discover, doc_id_for, ingest, read_article

LIMIT = 1_000_000


def by_path(result):
    return {d.source_path: d for d in result.documents}


def errors_by_path(result):
    return {e.source_path: e for e in result.errors}


def test_txt_with_sidecar_and_headline(articles):
    root = articles(
        {
            "a/one.txt": "Headline here\nBody text of the article.\n",
            "a/one.meta.json": {"title": "T", "url": "http://x", "published_at": "2022-09-14", "source": "S"},
        }
    )
    doc = by_path(ingest(root, LIMIT))["a/one.txt"]
    assert doc.text == "Headline here\nBody text of the article."
    assert (doc.title, doc.url, doc.source) == ("T", "http://x", "S")
    assert doc.published_at == datetime(2022, 9, 14, tzinfo=timezone.utc)
    assert doc.published_precision == "day"
    assert doc.doc_id == doc_id_for(doc.text)


def test_headline_is_title_without_sidecar(articles):
    root = articles({"x.txt": "\n\nFirst line\nSecond line"})
    assert by_path(ingest(root, LIMIT))["x.txt"].title == "First line"


def test_month_only_date(articles):
    root = articles({"x.txt": "Head\nBody", "x.meta.json": {"published_at": "2023-05"}})
    doc = by_path(ingest(root, LIMIT))["x.txt"]
    assert doc.published_at == datetime(2023, 5, 1, tzinfo=timezone.utc) and doc.published_precision == "month"


def test_markdown_markup_is_stripped(articles):
    root = articles({"m.md": "# Big **news** today\n\nSee [the report](http://x.y) and *more*.\n- item one"})
    doc = by_path(ingest(root, LIMIT))["m.md"]
    assert doc.text == "Big news today\n\nSee the report and more.\nitem one"
    assert doc.title == "Big news today"


def test_html_main_text_and_metadata(articles):
    page = """<html><head><title>Site | Story</title>
    <meta property="article:published_time" content="2022-10-01T08:00:00Z">
    <link rel="canonical" href="https://news.example/story"></head>
    <body><nav><p>Home News Sport</p></nav>
    <article><h1>Troops pull out</h1><p>Soldiers left the town &amp; its outskirts.</p>
    <script>var x = 1;</script><p>Second paragraph.</p></article>
    <footer><p>Copyright</p></footer></body></html>"""
    doc = by_path(ingest(articles({"p.html": page}), LIMIT))["p.html"]
    assert doc.text == "Troops pull out\nSoldiers left the town & its outskirts.\nSecond paragraph."
    assert doc.title == "Troops pull out"
    assert doc.url == "https://news.example/story"
    assert doc.published_at == datetime(2022, 10, 1, 8, tzinfo=timezone.utc)


def test_json_and_jsonl_records(articles):
    root = articles(
        {
            "one.json": {"text": "Head\nBody", "title": "J", "published_at": "2022-01-02T03:04:05+02:00"},
            "many.jsonl": '{"text": "First\\nA"}\nnot json\n{"id": "k7", "text": "Second\\nB"}\n{"title": "no text"}\n',
        }
    )
    result = ingest(root, LIMIT)
    docs = by_path(result)
    assert docs["one.json"].published_at == datetime(2022, 1, 2, 1, 4, 5, tzinfo=timezone.utc)
    assert set(docs) == {"one.json", "many.jsonl#1", "many.jsonl#k7"}
    errs = errors_by_path(result)
    assert errs["many.jsonl#2"].error_class == "bad_json"
    assert errs["many.jsonl#4"].error_class == "no_text"


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Café in Kraków – “quoted”".encode("cp1252", errors="replace"), "Café in Krak"),
        ("Grüße aus Köln".encode("latin-1"), "Grüße aus Köln"),
        ("\ufeffUTF-8 with BOM: ünïcode".encode("utf-8"), "UTF-8 with BOM: ünïcode"),
        ("UTF-16 text: Київ".encode("utf-16"), "UTF-16 text: Київ"),
    ],
)
def test_encodings_are_decoded(articles, data, expected):
    doc = by_path(ingest(articles({"e.txt": data}), LIMIT))["e.txt"]
    assert expected in doc.text and "\ufeff" not in doc.text


def test_a_few_bad_bytes_keep_the_text(articles):
    body = ("Ukrainian forces advanced near Izyum, “officials” said. " * 40).encode() + b"\xff\x80" + " The end.".encode()
    doc = by_path(ingest(articles({"b.txt": body}), LIMIT))["b.txt"]
    assert "Izyum" in doc.text and doc.text.endswith("The end.")
    assert doc.encoding == "utf-8 (repaired)"


@pytest.mark.parametrize(
    "name, content, error_class",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t \n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        ("random.txt", random.Random(7).randbytes(4000), "binary"),
        ("bad.json", b'{"text": "unterminated', "bad_json"),
        ("notext.json", b'{"title": "only a title"}', "no_text"),
        ("list.json", b'[{"text": "x"}]', "bad_json"),
        ("nobody.html", b"<html><head><title>x</title></head></html>", "no_text"),
    ],
)
def test_unreadable_articles_are_quarantined(articles, name, content, error_class):
    result = ingest(articles({name: content}), LIMIT)
    assert result.documents == []
    assert [(e.source_path, e.error_class, e.action) for e in result.errors] == [(name, error_class, "quarantined")]


def test_file_over_the_size_limit_is_quarantined(articles):
    root = articles({"big.txt": "x" * 2000, "small.txt": "Head\nok"})
    result = ingest(root, max_file_bytes=1000)
    assert set(by_path(result)) == {"small.txt"}
    assert errors_by_path(result)["big.txt"].error_class == "too_large"


def test_twenty_megabyte_single_line_is_over_the_default_limit(articles):
    from tasks.settings import DEFAULT_MAX_FILE_BYTES

    root = articles({"huge.txt": b"a" * (20 * 1024 * 1024), "small.txt": "Head\nok"})
    result = ingest(root, DEFAULT_MAX_FILE_BYTES)
    assert set(by_path(result)) == {"small.txt"}
    assert errors_by_path(result)["huge.txt"].error_class == "too_large"


def test_permission_denied_is_quarantined(articles, monkeypatch):
    """Mode 000 cannot stop root, so the refusal the OS gives other users is simulated."""
    import tasks.ingest as ingest_module

    root = articles({"locked.txt": "Head\nSecret", "ok.txt": "Head\nBody"})
    real = ingest_module._read_bytes

    def refuse(path, limit):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, limit)

    monkeypatch.setattr(ingest_module, "_read_bytes", refuse)
    result = ingest(root, LIMIT)
    assert (errors_by_path(result)["locked.txt"].error_class, set(by_path(result))) == ("unreadable", {"ok.txt"})


def test_bad_sidecar_keeps_its_article(articles):
    root = articles({"a.txt": "Head\nBody", "a.meta.json": '{"published_at": "last Tuesday", "title": "T"}', "b.txt": "Head\nBody2", "b.meta.json": "{not json"})
    result = ingest(root, LIMIT)
    docs = by_path(result)
    assert docs["a.txt"].published_at is None and docs["a.txt"].title == "T"
    assert "b.txt" in docs
    errs = errors_by_path(result)
    assert errs["a.meta.json"].error_class == "bad_metadata" and errs["a.meta.json"].action == "kept"
    assert errs["b.meta.json"].action == "kept"


def test_unknown_extensions_are_skipped_and_counted(articles):
    root = articles({"a.txt": "Head\nBody", "notes.docx": b"PK..", "data.csv": "a,b", "orphan.meta.json": {"title": "x"}})
    result = ingest(root, LIMIT)
    assert sorted(result.skipped) == ["data.csv", "notes.docx", "orphan.meta.json"]
    assert set(by_path(result)) == {"a.txt"}


def test_symlink_loop_and_unreadable_file(articles, tmp_path):
    root = articles({"ok.txt": "Head\nBody", "locked.txt": "Head\nSecret"})
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink(".", root / "again")
    (root / "locked.txt").chmod(0)
    try:
        result = ingest(root, LIMIT)
    finally:
        (root / "locked.txt").chmod(0o644)
    errs = errors_by_path(result)
    assert errs["loop.txt"].error_class == "symlink_loop"
    assert errs["again"].error_class == "symlink_loop"
    if os.geteuid() != 0:  # root reads mode-000 files
        assert errs["locked.txt"].error_class == "unreadable"
    assert "ok.txt" in by_path(result)


def test_file_deleted_between_listing_and_reading(articles):
    root = articles({"gone.txt": "Head\nBody"})
    files, _, _ = discover(root)
    files[0].unlink()
    [item] = list(read_article(root, files[0], LIMIT))
    assert (item.source_path, item.error_class) == ("gone.txt", "vanished")


def test_non_english_is_recorded_with_its_language(articles):
    root = articles({"fr.txt": "Les troupes se retirent\nLes soldats de la région ont quitté la ville et les habitants sont dans la rue pour le voir.", "ru.txt": "Заголовок\nРоссийские войска отступили из города сегодня утром."})
    docs = by_path(ingest(root, LIMIT))
    assert docs["fr.txt"].language == "fr" and docs["ru.txt"].language == "ru"


def test_missing_input_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        ingest(tmp_path / "nope", LIMIT)


@pytest.mark.parametrize(
    "published_at",
    ["0001-01-01T00:30:00+01:00", "9999-12-31", "1899-12-31T23:00:00Z", "2022-05-01T10:00:00+99:99", "2022-05-01T10:00+14:30", "2022-05-01T10:00:00-05:60"],
)
def test_an_impossible_date_loses_only_the_date(articles, published_at):
    root = articles({"a.txt": "Head\nTroops left on 14 April.", "a.meta.json": {"published_at": published_at, "title": "T"}})
    result = ingest(root, LIMIT)
    doc = by_path(result)["a.txt"]
    assert (doc.published_at, doc.title) == (None, "T")
    err = errors_by_path(result)["a.meta.json"]
    assert (err.error_class, err.action) == ("bad_metadata", "kept") and published_at in err.message


def test_widest_real_offsets_are_accepted(articles):
    root = articles({"a.txt": "Head\nBody", "a.meta.json": {"published_at": "2022-05-01T10:00:00+14:00"}, "b.txt": "Head\nBody", "b.meta.json": {"published_at": "2022-05-01T10:00-12:00"}})
    docs = by_path(ingest(root, LIMIT))
    assert docs["a.txt"].published_at == datetime(2022, 4, 30, 20, tzinfo=timezone.utc)
    assert docs["b.txt"].published_at == datetime(2022, 5, 1, 22, tzinfo=timezone.utc)


def test_bad_fields_in_json_and_html_are_dropped_not_fatal(articles):
    page = '<html><head><meta property="article:published_time" content="9999-12-31"></head><body><p>Body text.</p></body></html>'
    root = articles({"p.html": page, "r.json": {"text": "Head\nBody", "published_at": "0001-01-01T00:30:00+01:00", "title": 7}})
    result = ingest(root, LIMIT)
    docs = by_path(result)
    assert docs["p.html"].published_at is None and docs["r.json"].published_at is None
    assert docs["r.json"].title == "Head"
    assert sorted((e.source_path, e.error_class, e.action) for e in result.errors) == [
        ("p.html", "bad_metadata", "kept"), ("r.json", "bad_metadata", "kept"), ("r.json", "bad_metadata", "kept"),
    ]


def test_jsonl_paths_are_unique_and_never_made_of_bad_ids(articles):
    lines = [
        {"id": "a", "text": "First\nA"},
        {"id": "a", "text": "Second\nB"},
        {"text": "Third\nC"},
        {"id": 3, "text": "Fourth\nD"},
        {"id": {"x": 1}, "text": "Fifth\nE"},
        {"id": "", "text": "Sixth\nF"},
        {"id": True, "text": "Seventh\nG"},
        {"id": 42, "text": "Eighth\nH"},
    ]

    root = articles({"m.jsonl": "\n".join(json.dumps(line) for line in lines) + "\n"})
    result = ingest(root, LIMIT)
    assert sorted(by_path(result)) == ["m.jsonl#3", "m.jsonl#42", "m.jsonl#5", "m.jsonl#6", "m.jsonl#7", "m.jsonl#a"]
    assert by_path(result)["m.jsonl#a"].title == "First"
    quarantined = sorted((e.source_path, e.error_class) for e in result.errors if e.action == "quarantined")
    assert quarantined == [("m.jsonl#2", "duplicate_id"), ("m.jsonl#4", "duplicate_id")]
    kept = sorted(e.source_path for e in result.errors if e.action == "kept")
    assert kept == ["m.jsonl#5", "m.jsonl#6", "m.jsonl#7"]


def test_links_leading_out_of_the_input_are_skipped_unless_followed(articles, tmp_path):
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text("Head\nOutside file")
    (outside / "folder" / "b.txt").write_text("Head\nOutside folder")
    root = articles({"a.txt": "Head\nInside", "sub/c.txt": "Head\nInside too"})
    os.symlink(outside / "secret.txt", root / "secret.txt")
    os.symlink(outside / "folder", root / "folder")
    os.symlink("sub/c.txt", root / "inside-link.txt")
    result = ingest(root, LIMIT)
    assert sorted(by_path(result)) == ["a.txt", "inside-link.txt", "sub/c.txt"]
    assert sorted(result.skipped) == ["folder", "secret.txt"]
    followed = ingest(root, LIMIT, follow_links=True)
    assert sorted(by_path(followed)) == ["a.txt", "folder/b.txt", "inside-link.txt", "secret.txt", "sub/c.txt"]
    assert followed.skipped == []


def test_hidden_files_and_folders_are_counted_as_skipped(articles):
    root = articles({"a.txt": "Head\nBody", ".draft.txt": "Head\nDraft", ".git/config": "x", ".cache/b.txt": "Head\nB"})
    result = ingest(root, LIMIT)
    assert set(by_path(result)) == {"a.txt"}
    assert sorted(result.skipped) == [".cache", ".draft.txt", ".git"]


def test_a_paragraph_longer_than_the_parser_reads_is_recorded(articles):
    from tasks.nlp import MAX_LINE_CHARS

    root = articles({"long.txt": "Head\n" + "Troops left the town. " * (MAX_LINE_CHARS // 20), "short.txt": "Head\nBody"})
    result = ingest(root, LIMIT * 10)
    assert set(by_path(result)) == {"long.txt", "short.txt"}
    [err] = result.errors
    assert (err.source_path, err.error_class, err.action) == ("long.txt", "long_paragraph", "kept")
    assert str(MAX_LINE_CHARS) in err.message


def test_a_json_records_title_is_its_headline(articles):
    """A JSON or JSONL article's `title` is its headline, the first line of its stored text (a sentence of its own,
    as the first line of a .txt), unless its text already opens with it."""
    root = articles(
        {
            "one.json": {"text": "TRIPOLI — The troops left the town.\nSecond paragraph.", "title": "Troops withdraw from Tarhuna"},
            "same.json": {"text": "Troops withdraw from Tarhuna\nThe troops left the town.", "title": "Troops Withdraw From Tarhuna"},
            "many.jsonl": '{"id": "a", "title": "Jolo cancels fiesta parade", "text": "The parade was called off."}\n{"id": "b", "text": "No title\\nBody"}\n',
        }
    )
    docs = by_path(ingest(root, LIMIT))
    assert docs["one.json"].text == "Troops withdraw from Tarhuna\n\nTRIPOLI — The troops left the town.\nSecond paragraph."
    assert docs["one.json"].title == "Troops withdraw from Tarhuna"
    assert docs["same.json"].text == "Troops withdraw from Tarhuna\nThe troops left the town."
    assert docs["many.jsonl#a"].text == "Jolo cancels fiesta parade\n\nThe parade was called off."
    assert docs["many.jsonl#b"].text == "No title\nBody"


DEEP = "[" * 100_000 + "]" * 100_000  # deeper than Python's json can nest: RecursionError
LONG_NUMBER = "9" * 5000  # longer than Python turns into an int: a ValueError that is no JSONDecodeError


def test_json_that_python_cannot_hold_is_bad_json_not_a_stopped_run(articles):
    """Valid JSON that Python's json module refuses (too deep, a number too long) once escaped ingest and stopped the
    whole run; it is quarantined like malformed JSON, and the lines and files after it are read."""
    body = {"text": "Head\nTroops left the town."}
    root = articles(
        {
            "deep.json": '{"text": "Head\\nBody", "x": ' + DEEP + "}",
            "long.json": '{"text": "Head\\nBody", "n": ' + LONG_NUMBER + "}",
            "lines.jsonl": DEEP + "\n" + '{"id": ' + LONG_NUMBER + ', "text": "x"}\n' + json.dumps(body) + "\n",
            "side.txt": "Head\nBody",
            "side.meta.json": DEEP,
            "ok.txt": "Head\nBody",
        }
    )
    result = ingest(root, LIMIT)
    assert sorted(by_path(result)) == ["lines.jsonl#3", "ok.txt", "side.txt"]
    got = sorted((e.source_path, e.error_class, e.action) for e in result.errors)
    assert got == [
        ("deep.json", "bad_json", "quarantined"),
        ("lines.jsonl#1", "bad_json", "quarantined"),
        ("lines.jsonl#2", "bad_json", "quarantined"),
        ("long.json", "bad_json", "quarantined"),
        ("side.meta.json", "bad_metadata", "kept"),
    ]
    assert not any("set_int_max_str_digits" in e.message for e in result.errors)


def test_a_lone_surrogate_escape_in_json_is_a_replacement_character(articles):
    """JSON may escape half a UTF-16 pair ("\\ud800"), which is no character and has no UTF-8: it once reached the
    document's hash or the Parquet writer and stopped the run. It is read as U+FFFD, as a bad byte of a text file is."""
    root = articles(
        {
            "a.json": '{"text": "Head \\ud800\\nTroops left.", "title": "T \\udc80"}',
            "b.jsonl": '{"id": "x\\ud800", "text": "Head\\nBody \\udfff"}\n',
            "c.txt": "Head\nBody",
            "c.meta.json": '{"title": "Side \\ud83d", "source": "\\udc00"}',
        }
    )
    result = ingest(root, LIMIT)
    docs = by_path(result)
    assert sorted(docs) == ["a.json", "b.jsonl#x\ufffd", "c.txt"]
    assert (docs["a.json"].text, docs["a.json"].title) == ("T \ufffd\n\nHead \ufffd\nTroops left.", "T \ufffd")
    assert docs["b.jsonl#x\ufffd"].text == "Head\nBody \ufffd"
    assert (docs["c.txt"].title, docs["c.txt"].source) == ("Side \ufffd", "\ufffd")
    for doc in docs.values():
        for value in (doc.text, doc.title, doc.source_path, doc.source or ""):
            value.encode("utf-8")
    assert result.errors == []


@pytest.mark.parametrize("given, stored", [("en_US", "en"), ("EN-gb", "en"), ("  en ", "en"), ("fr_CA", "fr")])
def test_a_language_tag_with_an_underscore_or_spaces_names_its_language(articles, given, stored):
    """A locale written "en_US" (the POSIX form) or with spaces around it once stored "en_us" or " en ": an English
    article that no rule read, silently."""
    root = articles({"a.txt": "Head\nTroops left the town.", "a.meta.json": {"language": given}})
    assert by_path(ingest(root, LIMIT))["a.txt"].language == stored


def test_a_blank_metadata_field_is_no_value(articles):
    """A field of spaces is no value: the language is identified and the headline is the title, as without it
    (a language of spaces once kept the article from the rules)."""
    text = "Russian troops withdrew from the town\nThe soldiers left their positions on Friday, officials in the region said."
    root = articles({"a.txt": text, "a.meta.json": {"language": "   ", "title": " \t ", "url": " "}})
    result = ingest(root, LIMIT)
    doc = by_path(result)["a.txt"]
    assert (doc.language, doc.title, doc.url) == ("en", "Russian troops withdrew from the town", None)
    assert result.errors == []


def test_a_file_name_that_is_not_utf8_is_read_under_an_escaped_name(articles):
    """A name in Latin-1 bytes ("caf\\xe9.txt", from an old archive) is a str with a surrogate in Python, which no
    table can store: it once stopped the run at the Parquet writer. Its bytes outside UTF-8 are written as \\xNN."""
    root = articles({"ok.txt": "Head\nBody"})
    (root / os.fsdecode(b"caf\xe9")).mkdir()
    (root / os.fsdecode(b"caf\xe9") / os.fsdecode(b"na\xefve.txt")).write_text("Head\nTroops left.")
    (root / os.fsdecode(b"\xff.json")).write_text("{not json")
    result = ingest(root, LIMIT)
    assert sorted(by_path(result)) == ["caf\\xe9/na\\xefve.txt", "ok.txt"]
    assert [(e.source_path, e.error_class) for e in result.errors] == [("\\xff.json", "bad_json")]


@pytest.mark.parametrize(
    "head, encoding",
    [
        ('<meta charset="windows-1251">', "cp1251"),
        ("<meta http-equiv='Content-Type' content='text/html; charset=KOI8-R'>", "koi8_r"),
        ("<META CHARSET=iso-8859-7>", "iso8859_7"),
        ('<meta charset="x-mac-cyrillic">', "mac_cyrillic"),  # a WHATWG label with the "x-" that Python's names lack
    ],
)
def test_a_page_is_decoded_in_the_charset_it_declares(articles, head, encoding):
    """A page saved from a site in windows-1251 was read as Windows-1252: its Cyrillic became "Ïàðàä", stored and
    sent to language identification as such. A page that is not UTF-8 is read in the charset its own markup declares."""
    words = "Парад в Курске отменён" if encoding != "iso8859_7" else "Η παρέλαση ακυρώθηκε"
    page = f"<html><head>{head}<title>T</title></head><body><p>The parade was called off. {words}</p></body></html>"
    doc = by_path(ingest(articles({"p.html": page.encode(encoding)}), LIMIT))["p.html"]
    assert doc.text.endswith(f"The parade was called off. {words}")


@pytest.mark.parametrize("head", ['<meta charset="utf-8">', '<meta charset="no-such-codec">', ""])
def test_a_page_whose_declared_charset_cannot_read_it_falls_back_as_before(articles, head):
    page = f"<html><head>{head}</head><body><p>Café in Köln, the parade was called off.</p></body></html>"
    doc = by_path(ingest(articles({"p.html": page.encode("cp1252")}), LIMIT))["p.html"]
    assert (doc.text, doc.encoding) == ("Café in Köln, the parade was called off.", "windows-1252")


def test_the_sidecar_of_an_article_with_a_capitalised_suffix_is_used_not_counted_as_skipped(articles):
    """"REPORT.TXT" is an article and "REPORT.meta.json" its sidecar, read with it; the sidecar was also counted
    among the skipped files, as if its article were not there."""
    root = articles({"REPORT.TXT": "Head\nBody", "REPORT.meta.json": {"title": "T"}, "Page.Html": "<html><body><p>The parade in the town was called off.</p></body></html>", "Page.meta.json": {"title": "P"}, "lone.meta.json": {"title": "x"}})
    result = ingest(root, LIMIT)
    assert {p: d.title for p, d in by_path(result).items()} == {"REPORT.TXT": "T", "Page.Html": "P"}
    assert result.skipped == ["lone.meta.json"]


@pytest.mark.parametrize(
    "published_at, expected",
    [
        ("2024-05-09t10:00:00z", datetime(2024, 5, 9, 10, tzinfo=timezone.utc)),
        ("2024-05-09T10:00:00z", datetime(2024, 5, 9, 10, tzinfo=timezone.utc)),
        ("2024-05-09T10:00:00+05", datetime(2024, 5, 9, 5, tzinfo=timezone.utc)),
        ("2024-05-09T10:00-03", datetime(2024, 5, 9, 13, tzinfo=timezone.utc)),
        ("2024-05-09T10:00:00-0300", datetime(2024, 5, 9, 13, tzinfo=timezone.utc)),
        ("Thu, 09 May 2024 10:00:00 GMT", datetime(2024, 5, 9, 10, tzinfo=timezone.utc)),
        ("Thu, 09 May 2024 10:00:00 +0200", datetime(2024, 5, 9, 8, tzinfo=timezone.utc)),
        ("9 May 2024 10:00 -0000", datetime(2024, 5, 9, 10, tzinfo=timezone.utc)),
    ],
)
def test_a_date_in_another_valid_spelling_is_read(articles, published_at, expected):
    """ISO 8601 with a lowercase t or z or an offset of hours only, and RFC 822 dates of RSS feeds, were dropped as
    "not an ISO 8601 date": the article lost its publication date, and every relative date in it."""
    result = ingest(articles({"a.txt": "Head\nBody", "a.meta.json": {"published_at": published_at}}), LIMIT)
    doc = by_path(result)["a.txt"]
    assert (doc.published_at, doc.published_precision) == (expected, "second")
    assert result.errors == []


@pytest.mark.parametrize("published_at", ["Thu, 32 May 2024 10:00:00 GMT", "Thu, 09 May 2024 10:00:00 +1500", "09/05/2024", "2024-05-09T10:00:00+15"])
def test_a_date_still_unread_is_reported_not_dropped_silently(articles, published_at):
    result = ingest(articles({"a.txt": "Head\nBody", "a.meta.json": {"published_at": published_at}}), LIMIT)
    assert by_path(result)["a.txt"].published_at is None
    [err] = result.errors
    assert (err.source_path, err.error_class, err.action) == ("a.meta.json", "bad_metadata", "kept") and published_at in err.message


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Troops withdrew from the town\nThe soldiers left on Friday, officials said.\n", "utf-16-le"),
        ("Troops withdrew from the town\nThe soldiers left on Friday, officials said.\n", "utf-16-be"),
        ("Війська відступили\nРосійські війська відступили з міста Херсон у п'ятницю, повідомив генштаб.", "utf-16-le"),
    ],
)
def test_utf16_without_a_bom_is_decoded_not_quarantined_as_binary(articles, text, codec):
    """A file saved as UTF-16 without its byte-order mark holds a NUL byte in every other position: it was
    quarantined as binary."""
    result = ingest(articles({"u.txt": text.encode(codec)}), LIMIT)
    doc = by_path(result)["u.txt"]
    assert (doc.text, doc.encoding) == (text.strip(), codec) and result.errors == []


def test_binary_with_nul_bytes_in_every_other_position_is_still_binary(articles):
    noise = random.Random(3).randbytes(3000)
    data = bytes(b for c in noise for b in (c, 0))
    result = ingest(articles({"n.txt": data}), LIMIT)
    assert [(e.error_class, e.action) for e in result.errors] == [("binary", "quarantined")]


def test_fullwidth_text_is_stored_as_ascii_and_identified(articles):
    """Fullwidth letters ("ＴＲＯＯＰＳ", from East Asian input methods) were tagged ``und`` and no rule read them:
    the stored text has the ASCII characters they stand for (NFKC's mapping of that block), so offsets point into it."""
    wide = "ＴＲＯＯＰＳ ＷＩＴＨＤＲＥＷ\nＲｕｓｓｉａｎ ｔｒｏｏｐｓ ｗｉｔｈｄｒｅｗ ｆｒｏｍ ｔｈｅ ｃｉｔｙ ｏｆ Ｋｈｅｒｓｏｎ ｏｎ Ｆｒｉｄａｙ，ｔｈｅ ｇｅｎｅｒａｌ ｓｔａｆｆ ｓａｉｄ．"
    doc = by_path(ingest(articles({"w.txt": wide}), LIMIT))["w.txt"]
    assert doc.text == "TROOPS WITHDREW\nRussian troops withdrew from the city of Kherson on Friday,the general staff said."
    assert (doc.language, doc.title) == ("en", "TROOPS WITHDREW")


@pytest.mark.parametrize("given", ["English", "eng", "12", "e"])
def test_a_language_that_is_no_iso_639_1_code_is_reported_and_identified(articles, given):
    """A sidecar's "English" was stored as the language "english": not ``en``, so no rule read the article, and
    nothing said why. A value that is no two-letter code is reported and the text's language identified instead."""
    text = "Russian troops withdrew from the town\nThe soldiers left their positions on Friday, officials in the region said."
    result = ingest(articles({"a.txt": text, "a.meta.json": {"language": given}}), LIMIT)
    assert by_path(result)["a.txt"].language == "en"
    [err] = result.errors
    assert (err.source_path, err.error_class, err.action) == ("a.meta.json", "bad_metadata", "kept") and repr(given) in err.message


@pytest.mark.parametrize("codec", ["utf-16", "latin-1", "utf-8-sig"])
def test_a_sidecar_in_another_encoding_is_read(articles, codec):
    """A sidecar saved as UTF-16 or Latin-1 was ignored whole ("'utf-8' codec can't decode"): it is decoded as an
    article is."""
    side = json.dumps({"title": "Café des troupes", "published_at": "2024-05-09"}, ensure_ascii=False).encode(codec)
    result = ingest(articles({"a.txt": "Head\nBody", "a.meta.json": side}), LIMIT)
    doc = by_path(result)["a.txt"]
    assert (doc.title, doc.published_at) == ("Café des troupes", datetime(2024, 5, 9, tzinfo=timezone.utc)) and result.errors == []


def test_a_sidecar_over_the_size_limit_is_ignored_and_reported(articles):
    side = json.dumps({"title": "T", "source": "x" * 5000})
    result = ingest(articles({"a.txt": "Head\nBody", "a.meta.json": side}), max_file_bytes=1000)
    assert by_path(result)["a.txt"].title == "Head"
    [err] = result.errors
    assert (err.source_path, err.error_class, err.action) == ("a.meta.json", "bad_metadata", "kept") and "over the limit" in err.message


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be"])
def test_utf32_with_a_bom_is_decoded(articles, codec):
    """UTF-32's little-endian BOM starts with UTF-16's: the file was read as UTF-16 and quarantined as binary."""
    text = "Troops withdrew\nThe soldiers left Kherson on Friday."
    data = text.encode(codec) if codec == "utf-32" else b"\x00\x00\xfe\xff" + text.encode(codec)
    doc = by_path(ingest(articles({"u.txt": data}), LIMIT))["u.txt"]
    assert doc.text == text


def test_a_jsonl_line_over_the_limit_is_not_held_in_memory_and_the_next_lines_keep_their_numbers(articles, monkeypatch):
    """A line over the limit was read whole before being measured: one line of gigabytes filled the memory."""
    import io

    import tasks.ingest as ingest_module

    pieces = []

    class Recording(io.BufferedReader):
        def readline(self, size=-1):
            pieces.append(len(line := super().readline(size)))
            return line

        def read(self, size=-1):
            pieces.append(len(chunk := super().read(size)))
            return chunk

        def __next__(self):
            pieces.append(len(line := super().__next__()))
            return line

    monkeypatch.setattr(ingest_module, "open", lambda path, mode: Recording(io.FileIO(path, mode)), raising=False)
    data = b'{"text": "Head\\nFirst."}\n{"text": "' + b"x" * 200_000 + b'"}\n{"text": "Head\\nThird."}\n'
    result = ingest(articles({"f.jsonl": data}), max_file_bytes=1000)
    assert sorted(by_path(result)) == ["f.jsonl#1", "f.jsonl#3"]
    [err] = result.errors
    assert (err.source_path, err.error_class) == ("f.jsonl#2", "too_large") and "line of 200013 bytes" in err.message
    assert max(pieces) <= 1 << 16


@pytest.mark.parametrize("charset", ["base64", "rot13", "hex", "zlib", "idna", "utf-16", "punycode"])
def test_a_page_declaring_a_charset_that_is_no_text_encoding_is_read_as_undeclared(articles, charset):
    """``<meta charset="base64">`` named a Python codec that is no text encoding: decoding raised LookupError, which
    stopped the whole run at its first step. Such a page, or one its declared charset cannot read, is read as if it
    declared none."""
    body = "<p>Café in Köln: the parade in the town was called off on Friday, officials said.</p>"
    page = f'<html><head><meta charset="{charset}"></head><body>{body}</body></html>'.encode("cp1252")
    result = ingest(articles({"p.html": page, "q.txt": "Head\nBody"}), LIMIT)
    assert by_path(result)["p.html"].text == "Café in Köln: the parade in the town was called off on Friday, officials said."


@pytest.mark.parametrize("key", ["publishedAt", "Published_At", "PUBLISHED-AT", "published at"])
def test_a_field_named_in_another_case_or_separator_is_read_and_said(articles, key):
    """A sidecar's "publishedAt" (the JavaScript spelling) was ignored without a word: the article lost its date. A
    key that is a known field but for case and separators is read as that field, and the run says so."""
    result = ingest(articles({"a.txt": "Head\nBody", "a.meta.json": {key: "2024-05-09", "Title": "T"}}), LIMIT)
    doc = by_path(result)["a.txt"]
    assert (doc.published_at, doc.title) == (datetime(2024, 5, 9, tzinfo=timezone.utc), "T")
    assert sorted((e.source_path, e.error_class, e.action) for e in result.errors) == [("a.meta.json", "bad_metadata", "kept")] * 2
    assert any(f"{key!r} read as 'published_at'" in e.message for e in result.errors)


def test_the_field_spelled_as_the_format_says_wins_over_a_variant(articles):
    result = ingest(articles({"a.txt": "Head\nBody", "a.meta.json": {"title": "Right", "Title": "Other"}}), LIMIT)
    assert by_path(result)["a.txt"].title == "Right"
    [err] = result.errors
    assert "'Title' ignored" in err.message


def test_a_named_pipe_or_socket_among_the_articles_is_quarantined_not_waited_on(articles):
    """A named pipe called "feed.txt" (left by a script that streams articles) was opened like a file: the run waited
    for a writer that never came. Only regular files are read; anything else is quarantined as ``not_a_file``."""
    import signal
    import socket

    root = articles({"ok.txt": "Head\nBody"})
    os.mkfifo(root / "feed.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(root / "sock.txt"))
        signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError("ingest waited on the pipe")))
        signal.alarm(20)
        try:
            result = ingest(root, LIMIT)
        finally:
            signal.alarm(0)
    assert sorted(by_path(result)) == ["ok.txt"]
    assert sorted((e.source_path, e.error_class, e.action) for e in result.errors) == [("feed.txt", "not_a_file", "quarantined"), ("sock.txt", "not_a_file", "quarantined")]
    assert "named pipe" in errors_by_path(result)["feed.txt"].message


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_an_empty_jsonl_file_is_recorded_as_empty_as_an_empty_text_is(articles, content):
    """An empty ``.txt`` is quarantined as ``empty``; an empty ``.jsonl`` gave neither a document nor a word."""
    result = ingest(articles({"e.jsonl": content, "ok.txt": "Head\nBody"}), LIMIT)
    assert sorted(by_path(result)) == ["ok.txt"]
    assert [(e.source_path, e.error_class, e.action) for e in result.errors] == [("e.jsonl", "empty", "quarantined")]
