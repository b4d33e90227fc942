"""Rows → Parquet: atomic snapshots of every table, and the DuckDB catalog.

Layout of a warehouse folder ``W``::

    W/.sitrep/lock                       one writer at a time (flock)
    W/.sitrep/snapshots/<run_id>/<table>/part-0.parquet
    W/.sitrep/current -> snapshots/<run_id>   swapped in one rename
    W/<table> -> .sitrep/current/<table>      stable paths for readers
    W/sitrep.duckdb                      views over W/<table>/**/*.parquet

A run writes its snapshot aside, then makes it current with one atomic
``rename`` of a symbolic link: readers see the old tables or the new ones,
never half of a run. A killed run leaves only an unreferenced folder that the
next run deletes. Before it writes anything, a publish checks every path it
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
from typing import Iterator

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from tasks import failpoints
from tasks.schema import SCHEMA_VERSION, TABLES

CATALOG = "sitrep.duckdb"
ROW_GROUP_SIZE = 128 * 1024
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

    def read(self, name: str) -> pa.Table:
        """The current rows of a table, in its declared schema (empty if none)."""
        schema = TABLES[name]
        folder = self.current / name
        if not folder.exists():
            return schema.empty_table()
        files = sorted(folder.rglob("*.parquet"))
        if not files:
            return schema.empty_table()
        table = pa.concat_tables(pq.read_table(f) for f in files)
        return conform(table, schema)

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

    def publish(self, run_id: str, tables: dict[str, pa.Table]) -> Path:
        """Write every table of a run aside, then make them current at once."""
        missing = set(TABLES) - set(tables)
        if missing:
            raise ValueError(f"publish needs every table; missing {sorted(missing)}")
        self.check_writable()
        self.snapshots.mkdir(parents=True, exist_ok=True)
        final = self.snapshots / run_id
        staging = self.snapshots / f"{run_id}.tmp"
        shutil.rmtree(staging, ignore_errors=True)
        for i, (name, table) in enumerate(sorted(tables.items())):
            folder = staging / name
            folder.mkdir(parents=True)
            _write_parquet(conform(table, TABLES[name]), folder / "part-0.parquet")
            if i == 0:
                failpoints.reached("mid_write")
        _fsync_dir(staging)
        os.rename(staging, final)
        _fsync_dir(self.snapshots)
        failpoints.reached("before_swap")
        link = self.meta / f"current.{run_id}.tmp"
        if link.is_symlink():
            link.unlink()
        os.symlink(Path("snapshots") / run_id, link)
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
        con = duckdb.connect(str(tmp))
        try:
            create_views(con, self.root.resolve())
        finally:
            con.close()
        os.replace(tmp, path)
        marker.write_text(version)


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast to ``schema``: missing nullable columns become nulls, extra ones go."""
    columns = []
    for field in schema:
        if field.name in table.column_names:
            columns.append(table[field.name].cast(field.type))
        elif field.nullable:
            columns.append(pa.nulls(len(table), field.type))
        else:
            raise ValueError(f"table lacks required column {field.name}")
    return pa.Table.from_arrays(columns, schema=schema)


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


def _write_parquet(table: pa.Table, path: Path) -> None:
    with open(path, "wb") as fh:
        pq.write_table(table, fh, compression="zstd", row_group_size=ROW_GROUP_SIZE)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
