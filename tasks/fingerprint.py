"""Which input files changed since the last run, decided before anything is decoded.

A file's fingerprint is its relative path, size and modification time (in
nanoseconds), and those of its metadata sidecar. The snapshot of each run keeps
a manifest of the files it read (``_manifest.parquet``: fingerprint, content
hash, the ``source_path`` of every document the file gave, the extractor
version). The next run keeps a file's rows without opening it when

- its fingerprint and the extractor version are those of the manifest; or
- its size or time changed but its content hash (sha256 of its bytes, then of
  its sidecar's) did not: the manifest takes the new fingerprint.

Anything else is read: new files, changed ones, files a new extractor must
read again, and files that had a problem last time (they are not in the
manifest, so they are tried again at each run). A time too close to the run's
own clock is not trusted (a file written in the same tick as the scan could
change again without its time moving): the manifest keeps no time for it, and
the next run compares its hash.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tasks.ingest import sidecar_of

MANIFEST = pa.schema(
    [
        pa.field("path", pa.string(), nullable=False),  # the file, relative to the input folder
        pa.field("size", pa.int64()),
        pa.field("mtime_ns", pa.int64()),  # null: not trusted, compare the hash
        pa.field("sidecar_size", pa.int64()),  # null: no sidecar
        pa.field("sidecar_mtime_ns", pa.int64()),
        pa.field("sha256", pa.string()),
        pa.field("source_paths", pa.list_(pa.string())),  # the documents the file gave
        pa.field("extractor_version", pa.string()),
    ]
)
RACY_NS = 2_000_000_000  # a file's time this close to the scan is not trusted
CHUNK = 1 << 20
MANIFEST_GROUP = 4096  # document paths per row group of the manifest (at least one file): written a group at a time, never all at once


@dataclass(frozen=True, slots=True)
class Stat:
    size: int
    mtime_ns: int | None
    sidecar_size: int | None = None
    sidecar_mtime_ns: int | None = None

    def trusted(self, now_ns: int) -> "Stat":
        """This stat as the manifest keeps it: without times too close to ``now_ns``."""
        if any(t is not None and t > now_ns - RACY_NS for t in (self.mtime_ns, self.sidecar_mtime_ns)):
            return replace(self, mtime_ns=None)
        return self


@dataclass(frozen=True, slots=True)
class Entry:
    """A file as the manifest remembers it."""

    path: str
    stat: Stat
    sha256: str
    source_paths: tuple[str, ...]
    extractor_version: str


def stat_of(path: Path) -> Stat:
    st = path.stat()
    side = sidecar_of(path)
    try:
        sst = side.stat() if side is not None else None
    except FileNotFoundError:
        sst = None
    return Stat(st.st_size, st.st_mtime_ns, sst.st_size if sst else None, sst.st_mtime_ns if sst else None)


def content_hash(path: Path) -> str:
    """sha256 of the file's bytes, then of its sidecar's (a missing sidecar hashes differently from an empty one)."""
    digest = hashlib.sha256()
    _feed(digest, path)
    side = sidecar_of(path)
    if side is not None and side.exists():
        digest.update(b"\x00sidecar\x00")
        _feed(digest, side)
    return digest.hexdigest()


def _feed(digest, path: Path) -> None:
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)


def now_ns() -> int:
    return time.time_ns()


def read_manifest(path: Path | None) -> dict[str, Entry]:
    """The manifest at ``path`` by file; empty when there is none (a first run, or a warehouse from before manifests)."""
    if path is None or not path.exists():
        return {}
    cols = pq.read_table(path).to_pydict()  # columns, not a dict per row: the manifest holds every file
    versions: dict[str, str] = {}  # one string object per extractor version, not one per file
    return {
        rel: Entry(rel, Stat(size, mtime, side_size, side_mtime), sha, tuple(sources or ()), versions.setdefault(version, version))
        for rel, size, mtime, side_size, side_mtime, sha, sources, version in zip(
            cols["path"], cols["size"], cols["mtime_ns"], cols["sidecar_size"], cols["sidecar_mtime_ns"], cols["sha256"],
            cols["source_paths"], cols["extractor_version"],
        )
    }


def manifest_table(entries: list[Entry]) -> pa.Table:
    ordered = sorted(entries, key=lambda e: e.path)
    columns = {
        "path": [e.path for e in ordered], "size": [e.stat.size for e in ordered], "mtime_ns": [e.stat.mtime_ns for e in ordered],
        "sidecar_size": [e.stat.sidecar_size for e in ordered], "sidecar_mtime_ns": [e.stat.sidecar_mtime_ns for e in ordered],
        "sha256": [e.sha256 for e in ordered], "source_paths": [list(e.source_paths) for e in ordered],
        "extractor_version": [e.extractor_version for e in ordered],
    }
    return pa.Table.from_pydict(columns, schema=MANIFEST)


def write_manifest(entries: list[Entry], path: Path) -> None:
    ordered = sorted(entries, key=lambda e: e.path)
    with open(path, "wb") as fh:
        writer = pq.ParquetWriter(fh, MANIFEST, compression="zstd")
        group: list[Entry] = []
        for entry in ordered:
            if group and sum(len(e.source_paths) for e in group) + len(entry.source_paths) > MANIFEST_GROUP:
                writer.write_table(manifest_table(group))
                group = []
            group.append(entry)
        writer.write_table(manifest_table(group))  # the last group; an empty manifest still gets a row group
        writer.close()
        fh.flush()
        os.fsync(fh.fileno())


def unchanged(entry: Entry | None, path: Path, stat: Stat, version: str) -> tuple[Entry | None, str | None]:
    """``(entry, hash)``: the manifest entry to keep for a file whose rows stay (``None``: read the file),
    and its content hash if one was taken.

    Reads the file's bytes (to hash them) only when its fingerprint moved.
    """
    if entry is None or entry.extractor_version != version:
        return None, None
    if entry.stat == stat:
        return entry, None
    sha = content_hash(path)
    return (replace(entry, stat=stat) if sha == entry.sha256 else None), sha
