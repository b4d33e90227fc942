"""Files → documents: discover articles, decode them, attach sidecar metadata.

Every file found ends up in exactly one place: a :class:`Document`, an
:class:`IngestError` (quarantined, or kept with a metadata problem), or the
``skipped`` list (not an article format, hidden, or a link leading out of the
input folder). Nothing is dropped silently. A bad metadata value loses only
that field; a JSONL id used twice quarantines the later record, so that every
``source_path`` names one article.
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator

from tasks import html as html_extract, language, metadata
from tasks.json_input import bounded_lines, json_value
from tasks.nlp import MAX_LINE_CHARS
from tasks.text import DecodeError, declared_charset, decode, normalise, strip_markdown

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
SIDECAR_SUFFIX = ".meta.json"
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".json", ".jsonl"}
META_FIELDS = ("title", "url", "published_at", "source", "language")


@dataclass(frozen=True)
class Document:
    doc_id: str
    source_path: str
    format: str
    text: str
    title: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    published_precision: str | None = None
    source: str | None = None
    language: str = "en"
    encoding: str = "utf-8"


@dataclass(frozen=True)
class IngestError:
    source_path: str
    error_class: str
    message: str
    action: str = "quarantined"  # or "kept": the article was read, its metadata was not


@dataclass
class Ingested:
    documents: list[Document] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


class Rejected(Exception):
    """An article that cannot be read; becomes an IngestError."""

    def __init__(self, error_class: str, message: str):
        super().__init__(message)
        self.error_class = error_class


def doc_id_for(text: str) -> str:
    """A document's identity is its normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def discover(root: Path, follow_links: bool = False) -> tuple[list[Path], list[IngestError], list[str]]:
    """``(files, errors, skipped)`` below ``root`` in a stable order, following folder links once.

    Hidden files and folders are skipped, and so are links that lead out of
    ``root`` unless ``follow_links``.
    """
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"input folder {root} does not exist or is not a folder")
    files: list[Path] = []
    errors: list[IngestError] = []
    skipped: list[str] = []
    seen: set[tuple[int, int]] = set()
    inside = os.path.realpath(root)

    def walk(folder: Path) -> None:
        try:
            st = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            errors.append(IngestError(relative(root, folder), _os_error_class(exc), _os_message(exc)))
            return
        if (st.st_dev, st.st_ino) in seen:
            errors.append(IngestError(relative(root, folder), "symlink_loop", "folder link leads back to a folder already read"))
            return
        seen.add((st.st_dev, st.st_ino))
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith(".") or (not follow_links and entry.is_symlink() and not _leads_inside(entry.path, inside)):
                skipped.append(relative(root, path))
                continue
            try:
                is_dir = entry.is_dir()  # follows links
            except OSError as exc:
                errors.append(IngestError(relative(root, path), _os_error_class(exc), _os_message(exc)))
                continue
            if is_dir:
                walk(path)
            elif _special(entry) and path.suffix.lower() in ARTICLE_SUFFIXES:  # opening a named pipe waits for a writer
                errors.append(IngestError(relative(root, path), "not_a_file", f"{_special(entry)}, not a regular file: not read"))
            else:
                files.append(path)

    walk(root)
    return files, errors, skipped


def _leads_inside(link: str, folder: str) -> bool:
    target = os.path.realpath(link)
    return target == folder or target.startswith(folder.rstrip(os.sep) + os.sep)


def ingest(root: Path, max_file_bytes: int, follow_links: bool = False) -> Ingested:
    """Read every article below ``root``."""
    root = Path(root)
    found, errors, skipped = article_files(root, follow_links)
    out = Ingested(errors=errors, skipped=skipped)
    for path in found:
        for item in read_file(root, path, max_file_bytes):
            if isinstance(item, Document):
                out.documents.append(item)
            else:
                out.errors.append(item)
    return out


def article_files(root: Path, follow_links: bool = False) -> tuple[list[Path], list[IngestError], list[str]]:
    """``(articles, errors, skipped)`` below ``root``: files in an article format, without opening them.

    A sidecar is neither an article nor skipped when its article is there.
    """
    root = Path(root)
    found, errors, skipped = discover(root, follow_links)
    read_with = {sidecar_of(path) for path in found if not is_sidecar(path)}  # "REPORT.TXT" reads "REPORT.meta.json"
    articles = []
    for path in found:
        if is_sidecar(path):
            if path not in read_with:
                skipped.append(relative(root, path))
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            articles.append(path)
        else:
            skipped.append(relative(root, path))
    return articles, errors, skipped


def read_file(root: Path, path: Path, max_file_bytes: int) -> Iterator[Document | IngestError]:
    """One article file's documents and errors, with a note on each paragraph cut for the parser."""
    for item in read_article(root, path, max_file_bytes):
        yield item
        if isinstance(item, Document):
            yield from _long_paragraphs(item)


def sidecar_of(path: Path) -> Path | None:
    """Where the metadata sidecar of an article file would be; ``None`` for formats that take none."""
    if path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES:
        return path.with_name(path.stem + SIDECAR_SUFFIX)
    return None


def _long_paragraphs(doc: Document) -> list[IngestError]:
    """A paragraph longer than the parser reads is cut there: say so."""
    longest = max(map(len, doc.text.split("\n")))
    if longest <= MAX_LINE_CHARS:
        return []
    message = f"a paragraph of {longest} characters: only its first {MAX_LINE_CHARS} are read for events"
    return [IngestError(doc.source_path, "long_paragraph", message, action="kept")]


def read_article(root: Path, path: Path, max_file_bytes: int) -> Iterator[Document | IngestError]:
    """One file's documents and errors (a JSONL file can give both)."""
    rel = relative(root, path)
    try:
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path, rel, max_file_bytes)
            return
        data = _read_bytes(path, max_file_bytes)
        if path.suffix.lower() == ".json":
            yield from _from_record(_json_object(data), rel, "json")
            return
        text, encoding = decode(data, declared_charset(data) if path.suffix.lower() in HTML_SUFFIXES else None)
        meta, meta_errors = _sidecar(path, rel, max_file_bytes)
        yield from meta_errors
        if path.suffix.lower() in HTML_SUFFIXES:
            page = html_extract.extract(text)
            if not page.has_body or not page.paragraphs:
                raise Rejected("no_text", "HTML page has no body text")
            page_meta = {"title": page.title, "url": page.url, "published_at": page.published_at}
            page_meta, page_errors = checked_meta({k: v for k, v in page_meta.items() if k not in meta}, rel)
            yield from page_errors
            yield _document(page.text, rel, "html", {**page_meta, **meta}, encoding)
            return
        if path.suffix.lower() == ".md":
            text = strip_markdown(text)
        yield _document(text, rel, path.suffix.lower()[1:], meta, encoding)
    except Rejected as exc:
        yield IngestError(rel, exc.error_class, str(exc))
    except DecodeError as exc:
        yield IngestError(rel, exc.error_class, str(exc))
    except OSError as exc:
        yield IngestError(rel, _os_error_class(exc), _os_message(exc))


def _document(text: str, rel: str, fmt: str, meta: dict, encoding: str) -> Document:
    """A document from its text and metadata that :func:`checked_meta` let through."""
    text = normalise(text)
    if not text:
        raise Rejected("empty", "no text after normalisation")
    headline = next((line.strip() for line in text.split("\n") if line.strip()), None)
    published, precision = metadata.published_at(meta.get("published_at"))
    lang = meta.get("language") or language.detect(text)
    return Document(
        doc_id=doc_id_for(text),
        source_path=rel,
        format=fmt,
        text=text,
        title=meta.get("title") or headline,
        url=meta.get("url"),
        published_at=published,
        published_precision=precision,
        source=meta.get("source"),
        language=lang,
        encoding=encoding,
    )


def _read_bytes(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise Rejected("too_large", f"{size} bytes is over the limit of {limit} (SITREP_MAX_FILE_BYTES)")
    with open(path, "rb") as fh:
        return fh.read(limit + 1)


def _json_object(data: bytes) -> dict:
    try:
        text, _ = decode(data)
        obj = json_value(text)
    except ValueError as exc:
        raise Rejected("bad_json", f"malformed JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise Rejected("bad_json", f"expected one JSON object, got {type(obj).__name__}")
    return obj


def _from_record(obj: dict, rel: str, fmt: str) -> Iterator[Document | IngestError]:
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Rejected("no_text", "JSON article has no non-empty 'text' field")
    meta, errors = checked_meta(obj, rel)
    yield from errors
    yield _document(_with_headline(text, meta.get("title")), rel, fmt, meta, "utf-8")


def _with_headline(text: str, title: str | None) -> str:
    """A JSON article's text with its ``title`` as the first line, the headline a .txt opens with (the ontology:
    the headline is a sentence of its own); the text as it is when it already opens with the title."""
    if not title or not title.strip():
        return text
    first = next((line for line in normalise(text).split("\n") if line.strip()), "")
    if _folded(first).startswith(_folded(title)) or _folded(title).startswith(_folded(first)):
        return text
    return title.strip() + "\n\n" + text


def _folded(line: str) -> str:
    return " ".join(normalise(line).casefold().split())


def _read_jsonl(path: Path, rel: str, limit: int) -> Iterator[Document | IngestError]:
    """One document per line at ``FILE.jsonl#ID`` (else ``#LINE``); the first line to claim a path keeps it."""
    claimed: dict[str, int] = {}
    records = 0
    with open(path, "rb") as fh:
        for number, (raw, size) in enumerate(bounded_lines(fh, limit), 1):
            if raw is not None and not raw.strip():
                continue
            records += 1
            where = f"{rel}#{number}"
            try:
                if raw is None:
                    raise Rejected("too_large", f"line of {size} bytes is over the limit of {limit}")
                obj = _json_object(raw)
                key = str(number)
                if obj.get("id") is not None:
                    try:
                        key = metadata.record_id(obj["id"])
                    except ValueError as exc:
                        yield IngestError(where, "bad_metadata", f"{exc}; the line number names the article", action="kept")
                if key in claimed:
                    raise Rejected("duplicate_id", f"{rel}#{key} is already the article on line {claimed[key]}")
                claimed[key] = number
                yield from _from_record(obj, f"{rel}#{key}", "jsonl")
            except (Rejected, DecodeError) as exc:
                yield IngestError(where, exc.error_class, str(exc))
    if not records:
        yield IngestError(rel, "empty", "file is empty or holds blank lines only: no JSONL record")


def checked_meta(raw: dict, where: str) -> tuple[dict, list[IngestError]]:
    """The metadata fields of ``raw`` that are usable; each one that is not is dropped and recorded."""
    raw, notes = metadata.with_field_names(raw, META_FIELDS)
    meta, errors = {}, [IngestError(where, "bad_metadata", note, action="kept") for note in notes]
    for key in META_FIELDS:
        value = raw.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            errors.append(IngestError(where, "bad_metadata", f"{key} must be a string; ignored", action="kept"))
            continue
        if key == "published_at":
            try:
                metadata.published_at(value)
            except ValueError as exc:
                errors.append(IngestError(where, "bad_metadata", f"{exc}; date ignored", action="kept"))
                continue
        if key == "language":
            try:
                value = metadata.language(value)
            except ValueError as exc:
                errors.append(IngestError(where, "bad_metadata", str(exc), action="kept"))
                continue
        meta[key] = value
    return meta, errors


def _sidecar(path: Path, rel: str, max_file_bytes: int) -> tuple[dict, list[IngestError]]:
    """Metadata of a sidecar, decoded as an article is (UTF-16, Latin-1...); a bad sidecar or field keeps its
    article and is recorded."""
    side = sidecar_of(path)
    if side is None or not side.exists():
        return {}, []
    side_rel = rel[: -len(path.name)] + side.name
    try:
        obj = json_value(decode(_read_bytes(side, max_file_bytes))[0])
        if not isinstance(obj, dict):
            raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    except (OSError, ValueError, Rejected) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return {}, [IngestError(side_rel, "bad_metadata", f"sidecar ignored: {reason}", action="kept")]
    return checked_meta(obj, side_rel)


def relative(root: Path, path: Path) -> str:
    """``path`` relative to ``root`` with ``/`` separators: a file's name in the warehouse, its bytes that are no
    UTF-8 (a Latin-1 name, which Python holds as surrogates and no table can store) written as ``\\xNN``."""
    try:
        name = path.relative_to(root).as_posix()
    except ValueError:
        name = path.as_posix()
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _special(entry: os.DirEntry) -> str | None:
    """What a file that is no regular file is (a named pipe, a socket, a device); None for a regular one or a broken link."""
    try:
        mode = entry.stat().st_mode
    except OSError:  # a broken link: reading it says it vanished
        return None
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))
    return None if stat.S_ISREG(mode) else next((name for test, name in kinds if test(mode)), "a special file")


def _os_error_class(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink_loop"
    if isinstance(exc, FileNotFoundError):
        return "vanished"
    if isinstance(exc, PermissionError):
        return "unreadable"
    if isinstance(exc, IsADirectoryError):
        return "not_a_file"
    return "os_error"


def _os_message(exc: OSError) -> str:
    return exc.strerror or str(exc)
