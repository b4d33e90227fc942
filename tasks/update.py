"""One run's update of the warehouse, streamed: which files to read, batches in, parts out.

1. :meth:`Update.start` reads what the previous snapshot knows (its manifest,
   and four small columns per document: never a text), finds the input files
   and fingerprints them (``tasks/fingerprint.py``): a file whose fingerprint
   and extractor are unchanged keeps its rows without being opened.
2. :meth:`Update.batches` reads the other files one at a time and yields the
   documents that need extraction, ``batch_size`` at a time; a document whose
   text, language and extractor are as before keeps its rows.
3. :meth:`Update.write` appends a batch's document rows (with their text) and
   event rows to this run's part files, and lets them go.
4. :meth:`Update.finish` clusters every realis mention (a few columns each),
   links the previous snapshot's parts that stay as they are into the new one,
   rewrites those that lose rows or whose cluster ids moved, merges small
   parts (compaction), and writes the small tables and the manifest.

Memory holds a batch of documents, the paths and fingerprints of the files,
and the columns clustering needs, not the corpus.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from tasks import failpoints, parts
from tasks.cluster import READ_COLUMNS, cluster_tables
from tasks.fingerprint import Entry, Stat, content_hash, now_ns, read_manifest, stat_of, unchanged, write_manifest
from tasks.ingest import Document, IngestError, article_files, read_file, relative
from tasks.parts import PartWriter
from tasks.schema import TABLES, to_table
from tasks.store import MANIFEST, Warehouse

if TYPE_CHECKING:
    from tasks.run import Extracted

CLUSTER_COLUMNS = [*READ_COLUMNS, "cluster_id", "cluster_number"]
PUBLISHED = pa.schema([TABLES["documents"].field(c) for c in ("source_path", "published_at", "published_precision")])
INCREMENTAL = ("documents", "events")  # tables kept in part files across runs; the others are rewritten whole


@dataclass(frozen=True, slots=True)
class Known:
    """What the warehouse knows of a document, without its text: what its file decides."""

    doc_id: str
    language: str | None
    extractor_version: str | None
    format: str | None = None
    title: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    published_precision: str | None = None
    source: str | None = None
    encoding: str | None = None
    doc_number: int | None = field(default=None, compare=False)  # not what its file decides: kept while the path stays

    @classmethod
    def of(cls, doc: Document, version: str) -> "Known":
        return cls(doc.doc_id, doc.language, version, doc.format, doc.title, doc.url, doc.published_at, doc.published_precision,
                   doc.source, doc.encoding)


PLAN_COLUMNS = ["source_path", *(f.name for f in fields(Known))]
REPEATED = {"language", "extractor_version", "format", "published_precision", "source", "encoding"}  # few distinct values


def needs_extraction(doc: Document, known: Known | None, version: str) -> bool:
    """A document keeps its rows when its text, its metadata, its language and the extractor are as before.

    A new language guess decides anew whether the English rules read it; a new
    publication date moves the dates resolved against it. A document stored
    without a ``doc_number`` (by a version before it existed) is extracted again.
    """
    return not numbered(known) or known != Known.of(doc, version)


def numbered(known: Known | None) -> bool:
    return known is not None and known.doc_number is not None


class Update:
    """The state of one run between its steps (a plain object: Prefect passes it along as it is)."""

    def __init__(self, warehouse: Warehouse, input_dir: Path, run_id: str, started_at: datetime, version: str, max_file_bytes: int):
        self.warehouse = warehouse
        self.root = Path(input_dir)
        self.run_id = run_id
        self.started_at = started_at
        self.version = version
        self.max_file_bytes = max_file_bytes
        self.previous = warehouse.snapshot()
        self.before: dict[str, Known] = {}
        self.errors: list[IngestError] = []
        self.skipped: list[str] = []
        self.kept_files: list[Entry] = []  # unchanged files: their rows stay, unread
        self.to_read: list[tuple[Path, str, Stat | None, str | None]] = []  # with the content hash if taken
        self.kept: set[str] = set()  # documents whose rows stay
        self.read_entries: list[Entry] = []
        self.failed_files: set[str] = set()  # not in the next manifest: read again next time
        self.origin: dict[str, str] = {}  # source_path of a document sent to extraction → its file
        self.n_new = self.n_changed = self.files_read = 0  # extracted documents are counted here, and kept in the new part only
        self.published: list[pa.Table] = []  # publication of the extracted documents that gave events: what clustering reads
        self.next_number = 1  # the doc_number of the next document this warehouse has not held
        self.staging = None
        self._scan_ns = 0

    # -- 1. what changed ---------------------------------------------------
    @classmethod
    def start(cls, warehouse: Warehouse, input_dir: Path, run_id: str, started_at: datetime, version: str,
              max_file_bytes: int, follow_links: bool = False) -> "Update":
        up = cls(warehouse, input_dir, run_id, started_at, version, max_file_bytes)
        up.before = up._known_documents()
        up.next_number = 1 + max((k.doc_number for k in up.before.values() if k.doc_number is not None), default=0)
        manifest = read_manifest(up.previous / MANIFEST if up.previous else None)
        files, up.errors, up.skipped = article_files(up.root, follow_links)
        up._scan_ns = now_ns()
        for path in files:
            rel = relative(up.root, path)
            try:
                stat = stat_of(path)
                entry, sha = unchanged(manifest.get(rel), path, stat, version)
            except OSError:  # gone or unreadable: reading it says why
                stat, entry, sha = None, None, None
            if entry is not None and all(numbered(up.before.get(p)) for p in entry.source_paths):
                up.kept_files.append(replace(entry, stat=stat.trusted(up._scan_ns)))
                up.kept.update(entry.source_paths)
            else:
                up.to_read.append((path, rel, stat, sha))
        up.staging = warehouse.stage(run_id)
        up._documents = up.staging.writer("documents")
        up._events = PartWriter(up.staging.scratch("events"), TABLES["events"])
        return up

    def _known_documents(self) -> dict[str, Known]:
        known = {}
        shared: dict = {}  # one object per repeated value (extractor version, language, format...), not one per document
        for part in self.warehouse.parts("documents", self.previous):
            cols = parts.read_columns(part, TABLES["documents"], PLAN_COLUMNS).to_pydict()
            for path, *rest in zip(*(cols[c] for c in PLAN_COLUMNS)):
                known[path] = Known(*(shared.setdefault(v, v) if name in REPEATED else v for name, v in zip(PLAN_COLUMNS[1:], rest)))
        return known

    # -- 2. documents to extract -----------------------------------------
    def batches(self, size: int) -> Iterator[list[Document]]:
        """Read the files that need it, one at a time; yield the documents to extract, ``size`` at a time."""
        batch: list[Document] = []
        owner = {p: entry.path for entry in self.kept_files for p in entry.source_paths}  # source_path → its file
        for path, rel, stat, sha in self.to_read:
            sha = sha or self._hash(path, stat)
            sources: list[str] = []
            clean = sha is not None
            for item in read_file(self.root, path, self.max_file_bytes):
                if isinstance(item, Document) and owner.setdefault(item.source_path, rel) != rel:  # "f.jsonl#1.txt"
                    item = IngestError(item.source_path, "duplicate_path", f"{item.source_path} is already an article of {owner[item.source_path]}")
                if isinstance(item, IngestError):
                    self.errors.append(item)
                    clean = False
                    continue
                sources.append(item.source_path)
                if not needs_extraction(item, self.before.get(item.source_path), self.version):
                    self.kept.add(item.source_path)
                    continue
                self.origin[item.source_path] = rel
                batch.append(item)
                if len(batch) >= size:
                    yield batch
                    batch = []
            self.files_read += 1
            if clean:
                self.read_entries.append(Entry(rel, stat.trusted(self._scan_ns), sha, tuple(sources), self.version))
            else:
                self.failed_files.add(rel)
        if batch:
            yield batch

    def _hash(self, path: Path, stat: Stat | None) -> str | None:
        """The file's content hash, taken before it is read; None when it cannot be (it will fail to read)."""
        if stat is None or (stat.size > self.max_file_bytes and path.suffix.lower() != ".jsonl"):
            return None
        try:
            return content_hash(path)
        except OSError:
            return None

    # -- 3. rows out -------------------------------------------------------
    def write(self, batch: list[Document], extracted: "Extracted") -> None:
        """A batch's document and event rows into this run's parts; documents whose extraction failed give none."""
        failed = {e.source_path for e in extracted.errors}
        self.errors.extend(extracted.errors)
        self.failed_files.update(self.origin[p] for p in failed if p in self.origin)
        for d in batch:  # a batch's origins are needed only until it is written
            self.origin.pop(d.source_path, None)
        counts: dict[str, int] = {}
        for row in extracted.rows:
            counts[row["source_path"]] = counts.get(row["source_path"], 0) + 1
        now = datetime.now(timezone.utc)
        docs = [d for d in batch if d.source_path not in failed]
        numbers = {d.source_path: self._number(d.source_path) for d in docs}
        self._documents.write(to_table("documents", [
            {
                "doc_id": d.doc_id, "source_path": d.source_path, "format": d.format, "title": d.title, "url": d.url,
                "published_at": d.published_at, "published_precision": d.published_precision, "source": d.source,
                "language": d.language, "encoding": d.encoding, "n_chars": len(d.text), "n_events": counts.get(d.source_path, 0),
                "text": d.text, "extractor_version": self.version, "run_id": self.run_id, "ingested_at": now,
                "doc_number": numbers[d.source_path],
            }
            for d in docs
        ]))
        self._events.write(to_table("events", [{**r, "run_id": self.run_id, "doc_number": numbers[r["source_path"]]} for r in extracted.rows]))
        with_events = [d for d in docs if d.source_path in counts]
        self.published.append(pa.table({
            "source_path": [d.source_path for d in with_events], "published_at": [d.published_at for d in with_events],
            "published_precision": [d.published_precision for d in with_events],
        }, schema=PUBLISHED))
        for d in docs:
            if d.source_path in self.before:
                self.n_changed += 1
            else:
                self.n_new += 1

    def _number(self, source_path: str) -> int:
        """The document's number: the one the warehouse gave its path, else the next one."""
        known = self.before.get(source_path)
        if numbered(known):
            return known.doc_number
        self.next_number += 1
        return self.next_number - 1

    # -- 4. the new snapshot -----------------------------------------------
    def finish(self, max_parts: int) -> dict:
        """Complete the staged snapshot (not yet current); the run's summary."""
        failpoints.reached("after_extract")
        published = list(self.published)  # and the kept documents' below: what clustering needs of the documents
        if self._documents.close():
            self.staging.wrote()
        new_events = self._events.path if self._events.close() else None
        keep = pa.array(sorted(self.kept), pa.string())
        for part in self.warehouse.parts("documents", self.previous):
            columns = parts.read_columns(part, TABLES["documents"], PUBLISHED.names)
            mask = pc.is_in(columns["source_path"], value_set=keep)
            self._carry("documents", part, mask)
            published.append(columns.filter(mask))
        mentions, clusters = self._cluster_events(keep, new_events, published)
        for name in INCREMENTAL:
            self.staging.compact(name, max_parts)
        self.staging.write("event_clusters", clusters)
        quarantined = sum(e.action == "quarantined" for e in self.errors)
        n_documents = len(self.kept) + self.n_new + self.n_changed
        run_row = {
            "run_id": self.run_id, "started_at": self.started_at, "finished_at": datetime.now(timezone.utc), "input_dir": str(self.root),
            "extractor_version": self.version, "n_inputs": n_documents + quarantined + len(self.skipped), "n_documents": n_documents,
            "n_new": self.n_new, "n_changed": self.n_changed, "n_unchanged": len(self.kept),
            "n_removed": len(self.before) - len(self.kept) - self.n_changed, "n_failed": quarantined,  # kept and changed ones were there
            "n_skipped": len(self.skipped), "n_events": mentions.num_rows,
        }
        runs = self.warehouse.parts("runs", self.previous)
        previous_runs = [parts.read_columns(p, TABLES["runs"], TABLES["runs"].names) for p in runs]
        self.staging.write("runs", pa.concat_tables([*previous_runs, to_table("runs", [run_row])]))
        self.staging.write("ingest_errors", to_table("ingest_errors", [
            {"run_id": self.run_id, "source_path": e.source_path, "error_class": e.error_class, "message": e.message, "action": e.action}
            for e in self.errors
        ]))
        entries = self.kept_files + [e for e in self.read_entries if e.path not in self.failed_files]
        write_manifest(entries, self.staging.manifest)
        realis = mentions.filter(mentions["realis"])["event_type"].to_pylist()
        return summary_of(run_row, realis, clusters["event_type"].to_pylist(), self.errors)

    def _carry(self, name: str, part: Path, keep: pa.Array, columns: dict[str, pa.Array] | None = None, same: bool = True) -> None:
        """A part of the previous snapshot into the new one: linked as it is, left out, or rewritten with the rows kept."""
        keep = keep.combine_chunks() if isinstance(keep, pa.ChunkedArray) else keep
        n_kept = pc.sum(keep).as_py() or 0
        if n_kept == 0:
            return
        if n_kept == len(keep) and same:
            self.staging.link(name, part)
            return
        parts.rewrite(part, self.staging.new_part(name), TABLES[name], keep, columns)
        self.staging.wrote()

    def _cluster_events(self, keep: pa.Array, new_events: Path | None, published: list[pa.Table]) -> tuple[pa.Table, pa.Table]:
        """Cluster the kept and new mentions; carry the old parts, write the new rows with their cluster ids."""
        schema = TABLES["events"]
        old = []
        for part in self.warehouse.parts("events", self.previous):
            columns = parts.read_columns(part, schema, CLUSTER_COLUMNS)
            mask = pc.is_in(columns["source_path"], value_set=keep)
            old.append((part, mask, columns.filter(mask)))
        new = parts.read_columns(new_events, schema, CLUSTER_COLUMNS) if new_events else None
        empty = pa.schema([schema.field(c) for c in CLUSTER_COLUMNS]).empty_table()
        mentions = pa.concat_tables([empty] + [t for _, _, t in old] + ([new] if new is not None else []))
        mentions, clusters = cluster_tables(mentions, pa.concat_tables([PUBLISHED.empty_table(), *published]), self.run_id)
        ids = {name: mentions[name].combine_chunks() for name in ("cluster_id", "cluster_number")}
        offset = 0
        for part, mask, rows in old:
            now = {name: values.slice(offset, rows.num_rows) for name, values in ids.items()}
            offset += rows.num_rows
            same = all(values.equals(rows[name].combine_chunks()) for name, values in now.items())
            self._carry("events", part, mask, now, same=same)
        if new is not None:
            now = {name: values.slice(offset) for name, values in ids.items()}
            self._carry("events", new_events, pa.array([True] * new.num_rows), now, same=False)
            new_events.unlink()
        return mentions, clusters


def summary_of(run: dict, realis_types: list[str], cluster_types: list[str], errors: list[IngestError]) -> dict:
    """What a run did, for the terminal and the Prefect artifact."""
    return {
        "run_id": run["run_id"],
        "documents_seen": run["n_documents"],
        "new": run["n_new"],
        "changed": run["n_changed"],
        "unchanged": run["n_unchanged"],
        "removed": run["n_removed"],
        "failed": run["n_failed"],
        "skipped": run["n_skipped"],
        "events": run["n_events"],
        "events_by_type": _counts(realis_types),
        "clusters_by_type": _counts(cluster_types),
        "errors": [f"{e.source_path}: {e.error_class}: {e.message}" for e in errors],
    }


def _counts(values: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items()))

