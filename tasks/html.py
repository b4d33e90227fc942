"""Main text and metadata of a news web page, read with trafilatura.

trafilatura finds the article body wherever it is (``<article>``, ``<main>``,
plain ``<div>``s, a fragment without ``<body>``) and drops navigation,
teasers, related links, cookie notices and footers; its date search
(htmldate, without guessing from the text) gives the publication date when
the page has no explicit meta tag.

Its parser and heuristics are not linear in the number of tags, so a page
larger than :data:`MAX_LIBRARY_CHARS` or with more than
:data:`MAX_LIBRARY_TAGS` tags, or one it finds no text in or fails on, is
read by the linear-time tokenizer of :mod:`tasks.html_tokens` instead; so is a
page where trafilatura keeps only the title (a photo gallery: its text is in
``<figcaption>``, which trafilatura drops).
"""
from __future__ import annotations

import logging
import re

from tasks import html_tokens
from tasks.html_tokens import Page

MAX_LIBRARY_CHARS = 3_000_000  # a news page is a few hundred kilobytes
MAX_LIBRARY_TAGS = 20_000  # about a second of trafilatura at worst; news pages have a few thousand
_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")
_TAG = re.compile(r"<[A-Za-z!/?]")  # a tag, comment, doctype or processing instruction: markup at all
DATE_SEARCH = {"extensive_search": False, "original_date": True}  # meta tags and markup, never a date in the text


def extract(markup: str) -> Page:
    """The page's title, URL, publication date and main-text paragraphs."""
    if not _TAG.search(markup):  # a text saved under .html: its lines are its paragraphs
        return Page(paragraphs=[" ".join(line.split()) for line in markup.splitlines() if line.strip()], has_body=True)
    page = html_tokens.extract(markup)  # linear: the metadata, and the text where trafilatura is not used
    if len(markup) > MAX_LIBRARY_CHARS or markup.count("<") > MAX_LIBRARY_TAGS:
        return page
    found = _trafilatura(markup)
    paragraphs = _paragraphs(found.body) if found is not None and found.body is not None else []
    if not paragraphs or _headings_only(paragraphs, found.title, page) and len(page.paragraphs) > len(paragraphs):
        return page
    return Page(
        title=found.title or page.title,
        url=page.url or found.url,
        published_at=page.published_at or found.date,
        paragraphs=paragraphs,
        has_body=True,
    )


def _headings_only(paragraphs: list[str], title: str | None, page: Page) -> bool:
    """trafilatura kept nothing but the page's title: a gallery whose text is its figure captions, which it drops."""
    return set(paragraphs) <= {title, page.title}


def _paragraphs(body) -> list[str]:
    """One line per block of trafilatura's tree (heading, paragraph, list item, quote); a line break inside is a space."""
    for br in body.iter("lb"):
        br.tail = " " + (br.tail or "")
    blocks = [item for block in body for item in (block.iter("item") if block.tag == "list" else [block])]
    lines = (" ".join("".join(block.itertext()).split()) for block in blocks)
    return [line for line in lines if line]


def _trafilatura(markup: str):
    import trafilatura

    for name in _LIBRARY_LOGGERS:  # "ERROR empty HTML tree" for a page the tokenizer then reads: no error of the run
        logging.getLogger(name).setLevel(logging.CRITICAL)

    try:
        return trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params=DATE_SEARCH,
        )
    except Exception:  # a page the library cannot read is read by the tokenizer
        return None
