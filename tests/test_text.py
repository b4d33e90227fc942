"""Decoding and normalisation keep offsets honest."""
from __future__ import annotations

import pytest

from tasks.text import DecodeError, decode, is_boilerplate, nlp_view, normalise, strip_markdown


def test_normalise_line_endings_spaces_and_zero_width():
    raw = "\ufeffHead\r\nA\u00a0b\u200bc  \r\n\r\n\r\n\r\nEnd\t!"
    assert normalise(raw) == "Head\nA bc\n\nEnd !"


def test_nlp_view_keeps_length_and_maps_typography():
    text = "“It’s over” – he said.\nSign up now.\nSubscribe now for more."
    view = nlp_view(text)
    assert len(view) == len(text)
    assert view.startswith("\"It's over\" - he said.")
    assert view.split("\n")[1].strip() == "" and view.split("\n")[2].strip() == ""


@pytest.mark.parametrize(
    "line",
    [
        "Get the Daily Beast's biggest scoops and scandals delivered right to your inbox. Sign up now.",
        "Stay informed and gain unlimited access to the Daily Beast's unmatched reporting. Subscribe now.",
        "Share this article",
        "Facebook | Twitter | Email",
        "chevron-right arrow-left",
    ],
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Russian troops withdrew from Lyman.", "The parade was cancelled, officials said."])
def test_article_lines_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_decode_rejects_nul_bytes_and_empty():
    with pytest.raises(DecodeError) as err:
        decode(b"abc\x00def")
    assert err.value.error_class == "binary"
    with pytest.raises(DecodeError) as err:
        decode(b"   ")
    assert err.value.error_class == "empty"


def test_decode_windows_1252_punctuation():
    text, encoding = decode("“Troops” left – today".encode("cp1252"))
    assert (text, encoding) == ("“Troops” left – today", "windows-1252")


def test_title_case_headlines_are_sentence_cased_for_the_parser():
    from tasks.nlp import recase_title

    head = "Hundreds Of Ukrainian Troops Surrender In Mariupol Steel Plant: Russia"
    out = recase_title(head)
    assert out == "Hundreds of Ukrainian troops surrender in Mariupol steel plant: Russia"
    assert len(out) == len(head)
    assert recase_title("Russian troops retreat from Kupiansk") == "Russian troops retreat from Kupiansk"


MEGABYTE = 1_000_000


@pytest.mark.parametrize(
    "unit",
    ["![", "[", "](", "![](", "._a", "*a ", "_a ", "**a", "<", "<a", "`", "\n  ", "\n- ", "- - ", "[a](b(c"],
)
def test_markdown_is_linear_on_a_megabyte_of_unclosed_markup(unit):
    """Every rule's repeated part stops at the character that starts its next attempt."""
    text = unit * (MEGABYTE // len(unit))
    out = strip_markdown(text)
    assert len(out) <= len(text)


def test_markdown_links_images_and_emphasis():
    text = "See [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) and ![a map](m.png), **bold**, *it*, _u_, snake_case, `x`, <b>y</b>."
    assert strip_markdown(text) == "See Foo and a map, bold, it, u, snake_case, x, y."
    assert strip_markdown("Head\n\n- one\n\n  # two") == "Head\n\none\n\ntwo"
