"""Main-text extraction from web pages: the tokenizer reads any markup in linear time."""
from __future__ import annotations

import pytest

from tasks.html import extract, tokens

MEGABYTE = 1_000_000


@pytest.mark.parametrize(
    "unit",
    ["</a>", "<b>", "<a ", "<a x='", '<a x="', "</", "<!", "<?", "<!--", "<![CDATA[", "<div>", "<script>", "&#"],
)
def test_a_megabyte_of_unclosed_or_unmatched_markup_is_read(unit):
    page = "<html><body><p>Real text.</p>" + unit * (MEGABYTE // len(unit))
    assert "Real text." in extract(page).paragraphs


def test_unmatched_closing_tags_cost_no_search_of_the_open_tags():
    page = "<body>" + "<b>" * 50_000 + "</i>" * 50_000 + "<p>After.</p></body>"
    assert extract(page).paragraphs == ["After."]
    nested = "<body>" + "<article><p>x" * 100_000 + "</body>"
    assert extract(nested).paragraphs == ["x"]


def test_tokens_of_awkward_markup():
    markup = "<p class='a>b' data-x=\"1\">x &amp; y</p><!-- <p>hidden</p> --><script>if (a<b) {}</script>3 < 4<br/>"
    assert list(tokens(markup)) == [
        ("start", "p", [("class", "a>b"), ("data-x", "1")], False),
        ("data", "x & y"),
        ("end", "p"),
        ("start", "script", [], False),
        ("data", "if (a<b) {}"),
        ("end", "script"),
        ("data", "3 "),
        ("data", "<"),
        ("data", " 4"),
        ("start", "br", [], True),
    ]


def test_page_text_skips_scripts_comments_and_furniture():
    page = """<!DOCTYPE html><html><head><title>Site | Story</title><script>document.write("<p>fake</p>")</script></head>
    <body><nav><p>Home</p></nav><!--[if IE]><p>old</p><![endif]--><article><h1>Troops pull out</h1>
    <p>Soldiers left<br>the town.<p>Unclosed second</article><footer><p>Copyright</p></footer></body></html>"""
    page_out = extract(page)
    assert page_out.paragraphs == ["Troops pull out", "Soldiers left the town.", "Unclosed second"]
    assert page_out.title == "Troops pull out"
