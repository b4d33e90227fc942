"""Main-text extraction from web pages: trafilatura for the text wherever it is, the tokenizer for any markup in linear time."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from tasks import html_tokens
from tasks.html import extract
from tasks.html_tokens import tokens

MEGABYTE = 1_000_000
PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "unit",
    ["</a>", "<b>", "<a ", "<a x='", '<a x="', "</", "<!", "<?", "<!--", "<![CDATA[", "<div>", "<script>", "&#", "<p>x"],
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


def test_a_page_of_divs_is_read_without_its_furniture():
    out = extract(page("divs_only.html"))
    assert out.paragraphs[0] == "Garrison leaves Example town" and len(out.paragraphs) == 5
    assert out.paragraphs[1].startswith("Soldiers of the garrison left the town of Example")
    assert not any(word in out.text for word in ("cookies", "Read more", "Copyright", "Sport"))
    assert out.title == "Garrison leaves Example town"  # the site's name cut off
    assert out.published_at == "2023-05-02"  # from the page's structured data (htmldate)
    assert out.url == "https://daily.example/world/garrison-leaves"


def test_a_page_without_article_keeps_its_meta_timestamp_and_drops_asides():
    out = extract(page("no_article.html"))
    assert out.title == "City calls off its parade"
    assert len(out.paragraphs) == 4 and out.paragraphs[1].startswith("The city council announced on Tuesday")
    assert not any(word in out.text for word in ("Most read", "recipes", "newsletter", "Politics"))
    assert out.published_at == "2024-04-30T09:15:00+02:00"  # an explicit meta tag keeps its time and offset


def test_a_fragment_and_a_page_of_several_articles_are_read():
    fragment = extract(page("fragment.html"))
    assert fragment.has_body and len(fragment.paragraphs) == 2 and fragment.title is None
    live = extract(page("multi_article.html"))
    assert sum(p.startswith(("The last road bridge", "Government troops pulled back", "Buses carrying")) for p in live.paragraphs) == 3
    assert "Share this page" not in live.text


def test_pages_the_library_would_be_slow_on_or_fails_on_go_to_the_tokenizer(monkeypatch):
    many_tags = "<html><body><p>Real text.</p>" + "<p>x" * 30_000 + "</body></html>"
    started = time.monotonic()
    assert extract(many_tags).paragraphs == ["Real text.", "x"]
    assert time.monotonic() - started < 5

    import trafilatura

    def broken(*args, **kwargs):
        raise RuntimeError("library failure")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    for name in ("no_article.html", "divs_only.html"):
        assert extract(page(name)) == html_tokens.extract(page(name))


def test_a_photo_gallery_is_read_from_its_captions():
    gallery = (
        "<html><head><title>Gallery: a week in photos</title></head><body><nav>Home | World</nav><main>"
        "<h1>Gallery: a week in photos</h1>"
        "<figure><img src='a.jpg'><figcaption>Rebel fighters hand in their rifles at a stadium in Goma. (Photo: staff)</figcaption></figure>"
        "<figure><img src='b.jpg'><figcaption>Firefighters clear the square after the carnival was called off.</figcaption></figure>"
        "</main><footer>Terms</footer></body></html>"
    )
    paragraphs = extract(gallery).paragraphs
    assert "Rebel fighters hand in their rifles at a stadium in Goma. (Photo: staff)" in paragraphs
    assert "Firefighters clear the square after the carnival was called off." in paragraphs
    assert not any("Home" in p or "Terms" in p for p in paragraphs)


@pytest.mark.parametrize(
    "markup, paragraphs",
    [
        ("<p>Troops withdrew from the town on Friday, officials said.</p>", ["Troops withdrew from the town on Friday, officials said."]),
        ("<p>Troops withdrew.</p><p>The parade was called off.</p>", ["Troops withdrew.", "The parade was called off."]),
        ("Troops withdrew from the town on Friday.\n\nThe parade was called off.\n", ["Troops withdrew from the town on Friday.", "The parade was called off."]),
    ],
)
def test_a_short_fragment_or_plain_text_saved_as_html_is_read(markup, paragraphs):
    """A fragment too short for trafilatura, without ``<body>``, or a text file saved under ``.html``, was quarantined
    as "HTML page has no body text": its text was lost."""
    found = extract(markup)
    assert found.has_body and found.paragraphs == paragraphs


def test_a_page_with_a_head_and_no_body_still_has_no_body():
    found = extract("<html><head><title>Only a title</title></head></html>")
    assert not found.has_body or not found.paragraphs


@pytest.mark.parametrize("markup", ["<svg><text>Troops</text></svg>", "<html><body><!-- " + "x" * 100, "<p>x</p>"])
def test_trafilaturas_complaints_about_a_page_are_not_printed(markup, caplog):
    """trafilatura logs "ERROR ... empty HTML tree" for a page it cannot read: printed in the middle of a run's output,
    as if the run had failed, about a page the tokenizer then reads (or ingest records as ``no_text``)."""
    import logging

    with caplog.at_level(logging.DEBUG):
        extract(markup)
    assert [r.getMessage() for r in caplog.records if r.name.startswith(("trafilatura", "htmldate")) and r.levelno >= logging.WARNING] == []
