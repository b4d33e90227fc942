"""Main-text extraction from a web page, with the standard library only, in linear time.

:mod:`tasks.html` reads pages with trafilatura and falls back to this where
that would be slow (very large pages, tens of thousands of tags) or finds no
text; the page's own metadata (``<title>``, ``og:``/``article:`` meta tags,
the canonical link) always comes from here.

The page's article body is the text of its paragraphs and headings inside
``<article>`` (else ``<main>``, else ``<body>``), figure captions included
(a photo gallery's text is its captions), leaving out navigation, scripts,
forms, asides and footers. Metadata comes from ``<title>``,
``og:``/``article:`` meta tags and the canonical link.

The markup is cut into tags and text by a tokenizer that reads each character
a bounded number of times, whatever the page: no pattern can run past the
next ``<``, so a page of unclosed tags, comments or quotes costs time in
proportion to its length (the standard library's parser is quadratic on
those). A ``<`` that does not start a well-formed tag is text.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "template", "iframe", "select"}
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption"}  # a caption is a sentence of the page; a figure's image has no text
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate", "dc.date", "publish-date")


@dataclass
class Page:
    title: str | None = None
    url: str | None = None
    published_at: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    has_body: bool = False

    @property
    def text(self) -> str:
        body = [p for p in self.paragraphs if p]
        if self.title and (not body or body[0] != self.title):
            body.insert(0, self.title)
        return "\n".join(body)


# Every quantified part excludes "<": an attempt to read a tag stops at the next "<".
_START = re.compile(r"""<([a-zA-Z][^\s/<>]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>""")
_END = re.compile(r"</([a-zA-Z][^\s/<>]*)[^<>]*>")
_DECLARATION = re.compile(r"<[!?][^<>]*>")  # doctype, processing instruction, CDATA without markup in it
_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
# Their content is text up to the closing tag, markup or not.
_RAW_TEXT_END = {tag: re.compile(rf"</{tag}[^<>]*>", re.I) for tag in ("script", "style")}


def tokens(markup: str) -> Iterator[tuple]:
    """``("start", tag, attrs, self_closing)``, ``("end", tag)`` and ``("data", text)``, in order, in linear time."""
    pos, n = 0, len(markup)
    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            yield ("data", html.unescape(markup[pos:]))
            return
        if lt > pos:
            yield ("data", html.unescape(markup[pos:lt]))
        if markup.startswith("<!--", lt):
            end = markup.find("-->", lt + 4)
            if end < 0:  # a comment left open runs to the end of the page
                return
            pos = end + 3
            continue
        m = _START.match(markup, lt)
        if m:
            tag, rest = m.group(1).lower(), m.group(2)
            self_closing = rest.rstrip().endswith("/")
            attrs = [(a.group(1).lower(), html.unescape(next((v for v in a.group(2, 3, 4) if v is not None), ""))) for a in _ATTRIBUTE.finditer(rest)]
            yield ("start", tag, attrs, self_closing)
            pos = m.end()
            if tag in _RAW_TEXT_END and not self_closing:
                close = _RAW_TEXT_END[tag].search(markup, pos)
                yield ("data", markup[pos : close.start() if close else n])
                if close is None:
                    return
                yield ("end", tag)
                pos = close.end()
            continue
        m = _END.match(markup, lt) or _DECLARATION.match(markup, lt)
        if m:
            if m.re is _END:
                yield ("end", m.group(1).lower())
            pos = m.end()
            continue
        yield ("data", "<")
        pos = lt + 1


class _Parser:
    def __init__(self) -> None:
        self.page = Page()
        self._stack: list[str] = []
        self._open = Counter()  # how many of each tag are on the stack
        self._skip_depth = 0
        self._buffer: list[str] | None = None
        self._title: list[str] | None = None
        self._h1: str | None = None
        self._containers: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self._whole_page = False  # a fragment ("<p>...</p>" cut from a page) has no <html>, <head> or <body>: all of it is body

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "link" and "canonical" in attrs.get("rel", "").lower() and attrs.get("href"):
            self.page.url = self.page.url or attrs["href"]
            return
        if tag in _VOID:
            if tag == "br" and self._buffer is not None:
                self._buffer.append(" ")
            return
        self._stack.append(tag)
        self._open[tag] += 1
        if tag == "title" and self._title is None:
            self._title = []
        if tag in _SKIP:
            self._skip_depth += 1
        if tag in self._containers:
            self.page.has_body = True
        if tag in ("html", "head", "body"):
            self._whole_page = True
        if tag in _BLOCKS and not self._skip_depth:
            self._flush()
            self._buffer = []

    def handle_endtag(self, tag):
        if tag in _VOID or not self._open[tag]:
            return
        while self._stack:
            open_tag = self._stack.pop()
            self._open[open_tag] -= 1
            if open_tag in _SKIP:
                self._skip_depth -= 1
            if open_tag in _BLOCKS:
                self._flush(open_tag)
            if open_tag == "title" and self._title is not None and self.page.title is None:
                self.page.title = _clean("".join(self._title)) or None
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self._stack and self._stack[-1] == "title" and self._title is not None and self.page.title is None:
            self._title.append(data)
        elif self._buffer is not None and not self._skip_depth:
            self._buffer.append(data)

    def _flush(self, tag: str | None = None):
        if self._buffer is None:
            return
        text = _clean("".join(self._buffer))
        self._buffer = None
        if not text:
            return
        if tag == "h1" and self._h1 is None:
            self._h1 = text
        for name in self._containers:
            if name == "body" or self._open[name]:
                self._containers[name].append(text)

    def _meta(self, attrs):
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = _clean(attrs.get("content", ""))
        if not value:
            return
        if key in ("og:title", "twitter:title") and not getattr(self, "_og_title", None):
            self._og_title = value
        elif key == "og:url" and not self.page.url:
            self.page.url = value
        elif key in _DATE_KEYS and not self.page.published_at:
            self.page.published_at = value

    def result(self) -> Page:
        self._flush()
        for name in ("article", "main", "body"):
            if self._containers[name]:
                self.page.paragraphs = _dedupe(self._containers[name])
                break
        self.page.has_body = self.page.has_body or not self._whole_page
        self.page.title = self._h1 or getattr(self, "_og_title", None) or self.page.title
        return self.page


def _clean(text: str) -> str:
    return " ".join(html.unescape(text).split())


def _dedupe(paragraphs: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for p in paragraphs:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def extract(markup: str) -> Page:
    """Parse a web page into its title, metadata and main-text paragraphs."""
    parser = _Parser()
    for token in tokens(markup):
        if token[0] == "start":
            parser.handle_starttag(token[1], token[2])
            if token[3]:
                parser.handle_endtag(token[1])
        elif token[0] == "end":
            parser.handle_endtag(token[1])
        else:
            parser.handle_data(token[1])
    return parser.result()
