"""Main-text extraction from a news web page, with the standard library only.

The page's article body is the text of its paragraphs and headings inside
``<article>`` (else ``<main>``, else ``<body>``), leaving out navigation,
scripts, forms, asides and footers. Metadata comes from ``<title>``,
``og:``/``article:`` meta tags and the canonical link.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "figure", "template", "iframe", "select"}
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td", "dd", "dt"}
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


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._stack: list[str] = []
        self._skip_depth = 0
        self._buffer: list[str] | None = None
        self._title: list[str] | None = None
        self._h1: str | None = None
        self._containers: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self._open_containers: list[str] = []

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
        if tag == "title" and self._title is None:
            self._title = []
        if tag in _SKIP:
            self._skip_depth += 1
        if tag in self._containers:
            self._open_containers.append(tag)
            self.page.has_body = True
        if tag in _BLOCKS and not self._skip_depth:
            self._flush()
            self._buffer = []

    def handle_endtag(self, tag):
        if tag in _VOID or tag not in self._stack:
            return
        while self._stack:
            open_tag = self._stack.pop()
            if open_tag in _SKIP:
                self._skip_depth -= 1
            if open_tag in _BLOCKS:
                self._flush(open_tag)
            if open_tag in self._containers and self._open_containers:
                self._open_containers.pop()
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
        for name in set(self._open_containers) | {"body"}:
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
    parser.feed(markup)
    parser.close()
    return parser.result()
