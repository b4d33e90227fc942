"""Rows → Parquet: atomic snapshots of every table, and the DuckDB catalog.

Layout of a warehouse folder ``W``::

    W/.sitrep/lock                       one writer at a time (flock)
    W/.sitrep/snapshots/<run_id>/<table>/part-<run_id>-<n>.parquet
    W/.sitrep/snapshots/<run_id>/_manifest.parquet   the input files the run saw (tasks/fingerprint.py)
    W/.sitrep/current -> snapshots/<run_id>   swapped in one rename
    W/<table> -> .sitrep/current/<table>      stable paths for readers
    W/sitrep.duckdb                      views over W/<table>/**/*.parquet

A run writes its snapshot aside, then makes it current with one atomic
``rename`` of a symbolic link: readers see the old tables or the new ones,
never half of a run. A killed run leaves only an unreferenced folder that the
next run deletes. A table is a folder of part files (``tasks/parts.py``): a run
stages new parts for what it extracted, hard-links the parts of the previous
snapshot that it keeps as they are, and rewrites those that lose rows; so a
snapshot costs what changed, and deleting an old one only removes names. Before it writes anything, a publish checks every path it
will replace (:meth:`Warehouse.check_writable`), so that a publish that cannot
finish fails while the previous state is still whole.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TYPE_CHECKING

import pyarrow as pa

from tasks import failpoints, parts
from tasks.parts import PartWriter
from tasks.schema import SCHEMA_VERSION, SORT_KEYS, TABLES

if TYPE_CHECKING:
    import duckdb

CATALOG = "sitrep.duckdb"
MANIFEST = "_manifest.parquet"
KEEP_SNAPSHOTS = 2  # the current one and the one before, for readers still on it


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse's write lock."""


class WarehouseConflict(RuntimeError):
    """Something that is not sitrep's stands where a publish must write."""


class Warehouse:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.meta = self.root / ".sitrep"
        self.snapshots = self.meta / "snapshots"
        self.current = self.meta / "current"

    # -- reading --------------------------------------------------------
    def exists(self) -> bool:
        return self.current.exists()

    def table_path(self, name: str) -> Path:
        return self.root / name

    def snapshot(self) -> Path | None:
        """The folder of the current snapshot (resolved once: every table from the same run), or None."""
        return self.current.resolve() if self.exists() else None

    def parts(self, name: str, snapshot: Path | None = None) -> list[Path]:
        """The part files of a table in ``snapshot`` (default: the current one), in name order."""
        snapshot = snapshot or self.snapshot()
        folder = snapshot / name if snapshot else None
        if folder is None or not folder.is_dir():
            return []
        return sorted(folder.rglob("*.parquet"))

    def read(self, name: str, columns: list[str] | None = None) -> pa.Table:
        """The current rows of a table (only ``columns``, if given), in its declared schema, in key order."""
        schema = TABLES[name]
        columns = list(columns or schema.names)
        target = pa.schema([schema.field(c) for c in columns])
        files = self.parts(name)
        table = pa.concat_tables([parts.read_columns(f, schema, columns) for f in files]) if files else target.empty_table()
        keys = SORT_KEYS.get(name, [])
        if keys and set(keys) <= set(columns):
            table = table.sort_by([(k, "ascending") for k in keys])
        return table

    # -- writing --------------------------------------------------------
    @contextmanager
    def lock(self, wait_seconds: float = 0.0) -> Iterator[None]:
        """Hold the single-writer lock, or raise WarehouseBusy."""
        self.meta.mkdir(parents=True, exist_ok=True)
        fh = open(self.meta / "lock", "a+")
        deadline = time.monotonic() + wait_seconds
        try:
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise WarehouseBusy(
                            f"another sitrep run is writing to {self.root}; try again when it has finished"
                        ) from None
                    time.sleep(0.2)
            yield
        finally:
            fh.close()

    def check_writable(self) -> None:
        """Raise WarehouseConflict unless every path a publish replaces can be replaced."""
        if self.root.exists() and not self.root.is_dir():
            raise WarehouseConflict(f"warehouse {self.root} is a file, not a folder")
        folders = [self.meta, self.snapshots]
        links = [self.current] + [self.root / n for n in TABLES] + [self.root / f".{n}.link.tmp" for n in TABLES]
        files = [self.root / CATALOG, self.root / f".{CATALOG}.tmp", self.meta / "catalog.version"]
        for path in folders:
            if path.exists() and not path.is_dir():
                raise WarehouseConflict(f"{path} is not a folder; move it away")
        for path in links:
            if path.exists() and not path.is_symlink():
                raise WarehouseConflict(f"{path} exists and is not sitrep's link; move it away")
        for path in files:
            if path.is_dir() and not path.is_symlink():
                raise WarehouseConflict(f"{path} is a folder where sitrep writes a file; move it away")

    def stage(self, run_id: str) -> "Staging":
        """A fresh, unreferenced folder where a run writes its snapshot."""
        self.check_writable()
        self.snapshots.mkdir(parents=True, exist_ok=True)
        return Staging(self.snapshots, run_id)

    def publish(self, run_id: str, tables: dict[str, pa.Table]) -> Path:
        """Write every table of a run, whole, aside, then make them current at once."""
        missing = set(TABLES) - set(tables)
        if missing:
            raise ValueError(f"publish needs every table; missing {sorted(missing)}")
        staging = self.stage(run_id)
        for name, table in sorted(tables.items()):
            staging.write(name, table)
        return self.commit(staging)

    def commit(self, staging: "Staging") -> Path:
        """Make a staged snapshot current: one rename of a link. Again after a failure, it finishes what is left."""
        self.check_writable()
        final = self.snapshots / staging.run_id
        if staging.root.exists():
            staging.seal()
            os.rename(staging.root, final)
            _fsync_dir(self.snapshots)
        failpoints.reached("before_swap")
        link = self.meta / f"current.{staging.run_id}.tmp"
        if link.is_symlink():
            link.unlink()
        os.symlink(Path("snapshots") / staging.run_id, link)
        os.replace(link, self.current)  # the commit point
        _fsync_dir(self.meta)
        failpoints.reached("after_swap")
        self._ensure_table_links()
        self.refresh_catalog()
        self.collect_garbage()
        return final

    def _ensure_table_links(self) -> None:
        for name in TABLES:
            link = self.root / name
            target = Path(".sitrep") / "current" / name
            if link.is_symlink() and Path(os.readlink(link)) == target:
                continue
            tmp = self.root / f".{name}.link.tmp"
            if tmp.is_symlink():
                tmp.unlink()
            os.symlink(target, tmp)
            os.replace(tmp, link)

    def collect_garbage(self) -> None:
        """Delete unfinished and old snapshots; keep the current one and its predecessor."""
        current = os.readlink(self.current) if self.current.is_symlink() else None
        current_name = Path(current).name if current else None
        finished = []
        for path in self.snapshots.iterdir():
            if path.name.endswith(".tmp"):
                shutil.rmtree(path, ignore_errors=True)
            elif path.name != current_name:
                finished.append(path)
        for link in self.meta.glob("current.*.tmp"):
            link.unlink()
        finished.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for path in finished[KEEP_SNAPSHOTS - 1 :]:
            shutil.rmtree(path, ignore_errors=True)

    def refresh_catalog(self) -> None:
        """(Re)write W/sitrep.duckdb: one view per table, absolute paths."""
        path = self.root / CATALOG
        version = f"{SCHEMA_VERSION}:{self.root.resolve()}"
        marker = self.meta / "catalog.version"
        if path.exists() and marker.exists() and marker.read_text() == version:
            return
        tmp = self.root / f".{CATALOG}.tmp"
        tmp.unlink(missing_ok=True)
        import duckdb  # here, not at import: most runs find the catalog current and need no DuckDB

        con = duckdb.connect(str(tmp))
        try:
            create_views(con, self.root.resolve())
        finally:
            con.close()
        os.replace(tmp, path)
        marker.write_text(version)


def create_views(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    """One view per table over ``root/<table>/**/*.parquet``."""
    for name in TABLES:
        glob = (Path(root) / name / "**" / "*.parquet").as_posix()
        con.execute(
            f"CREATE OR REPLACE VIEW {quote_ident(name)} AS "
            f"SELECT * FROM read_parquet({quote_literal(glob)}, hive_partitioning = true, union_by_name = true)"
        )


def quote_ident(name: str) -> str:
    """A SQL identifier, quoted. DDL cannot take bound parameters, so this is the one place that quotes."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Staging:
    """A snapshot being written: ``snapshots/<run_id>.tmp/<table>/part-*.parquet`` and the manifest.

    Invisible to readers until :meth:`Warehouse.commit` renames it; a run
    killed while writing leaves only this folder, which the next run deletes.
    """

    def __init__(self, snapshots: Path, run_id: str):
        self.run_id = run_id
        self.root = snapshots / f"{run_id}.tmp"
        shutil.rmtree(self.root, ignore_errors=True)
        for name in TABLES:
            (self.root / name).mkdir(parents=True)
        self._numbers = 0
        self._files = 0

    @property
    def manifest(self) -> Path:
        return self.root / MANIFEST

    def scratch(self, label: str) -> Path:
        """A file of the run's own, outside every table folder (removed by the caller before the commit)."""
        return self.root / f"_{label}.tmp.parquet"

    def new_part(self, name: str) -> Path:
        self._numbers += 1
        return self.root / name / f"part-{self.run_id}-{self._numbers}.parquet"

    def writer(self, name: str) -> PartWriter:
        return PartWriter(self.new_part(name), TABLES[name])

    def wrote(self) -> None:
        """A file of the snapshot is complete (the crash tests stop the run at the first)."""
        self._files += 1
        if self._files == 1:
            failpoints.reached("mid_write")

    def write(self, name: str, table: pa.Table) -> None:
        """A whole table as the one part of its folder."""
        for old in self.parts(name):
            old.unlink()
        parts.write_part(table, self.new_part(name), TABLES[name])
        self.wrote()

    def link(self, name: str, part: Path) -> None:
        """A part of the previous snapshot, unchanged, into this one (a hard link)."""
        parts.link(part, self.root / name / part.name)
        self.wrote()

    def parts(self, name: str) -> list[Path]:
        return sorted((self.root / name).glob("*.parquet"))

    def compact(self, name: str, max_parts: int) -> list[Path]:
        """Merge the smallest parts of a table into one while it has more than ``max_parts``; the parts merged."""
        merged = parts.to_merge(self.parts(name), max_parts)
        if merged:
            parts.merge(merged, self.new_part(name), TABLES[name])
            for part in merged:
                part.unlink()
            self.wrote()
        return merged

    def seal(self) -> None:
        """Every table readable (an empty one gets a part with no rows), every name on disk."""
        for name in TABLES:
            if not self.parts(name):
                self.write(name, TABLES[name].empty_table())
            _fsync_dir(self.root / name)
        _fsync_dir(self.root)
