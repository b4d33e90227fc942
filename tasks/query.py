"""Read-only SQL over the warehouse: a DuckDB connection that can open no file.

The canned reports that run through it are in ``tasks/reports/``.

Read-only by construction, not by a list of keywords. Each table of the
current snapshot is a view over its Parquet files, which DuckDB's own reader
scans through :class:`tasks.read_only_files.ReadOnlyFiles`: a file system that
knows those files only and opens them for reading only, every other mode and
operation (write, move, delete, make a folder) raising. DuckDB is then cut
off from every local file (``enable_external_access = false``; its
``allowed_paths`` are the ``sitrep-ro://`` paths of those files, no local path
and no directory), from extensions and from Python objects, and its
configuration is locked before any of the user's SQL runs. Whatever the
statement (COPY, EXPORT DATABASE, ATTACH, INSTALL, SET, EXPLAIN ANALYZE of any
of these), a file it names is either out of reach or one of the warehouse's
files behind a file system that cannot write, so it cannot write one. Tables
it creates live in memory and go with the connection.

The statement classifier in :func:`check_read_only` only turns what is
plainly not a query into a clear message; it is not the boundary.

Every query runs with a memory limit, a time limit (the query is interrupted)
and a temporary folder of its own, made fresh and deleted afterwards.
"""
from __future__ import annotations

import shutil
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import duckdb
import pyarrow as pa

from tasks.read_only_files import ReadOnlyFiles, url
from tasks.schema import TABLES
from tasks.settings import DEFAULT_QUERY_MEMORY_LIMIT, DEFAULT_QUERY_TIMEOUT
from tasks.store import Warehouse

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}


class QueryRefused(ValueError):
    """A statement that is not a read-only query, or one that tried to open a file."""


class QueryTimeout(RuntimeError):
    """A query that ran past its time limit and was interrupted."""


class NoWarehouse(FileNotFoundError):
    pass


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]


@dataclass(frozen=True)
class Limits:
    timeout: float = DEFAULT_QUERY_TIMEOUT  # seconds
    memory: str = DEFAULT_QUERY_MEMORY_LIMIT  # DuckDB's notation: 2GB, 512MiB, ...


def _article(word: str) -> str:
    """"an" before a statement kind that starts with a vowel sound (ATTACH, UPDATE, INSERT, EXPLAIN), else "a"."""
    return "an" if word[:1].upper() in "AEIOU" else "a"


def check_read_only(sql: str) -> None:
    """Raise QueryRefused unless ``sql`` is one statement, a query."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryRefused(f"cannot parse SQL: {str(exc).splitlines()[0]}") from None
    if not statements:
        raise QueryRefused("no SQL statement given")
    for statement in statements:
        if statement.type not in ALLOWED:
            kind = statement.type.name.replace("_STATEMENT", "")
            raise QueryRefused(f"only read-only queries are allowed; refused {_article(kind)} {kind} statement")
    if len(statements) > 1:  # DuckDB would run them all and return the last one's rows only
        raise QueryRefused(f"one query at a time: got {len(statements)} statements")


def connect(warehouse: Path, temp_dir: Path, limits: Limits = Limits()) -> duckdb.DuckDBPyConnection:
    """An in-memory connection that sees the current tables and can open no file.

    ``temp_dir`` is where DuckDB may spill; the caller makes it and deletes it.
    """
    wh = Warehouse(warehouse)
    if not wh.exists():
        raise NoWarehouse(f"no warehouse at {warehouse}: run 'sitrep run' first")
    snapshot = wh.current.resolve()  # once: every table from the same run
    tables = {name: sorted((snapshot / name).rglob("*.parquet")) if (snapshot / name).is_dir() else [] for name in TABLES}
    readable = [url(f) for files in tables.values() for f in files]
    con = duckdb.connect(":memory:")
    con.register_filesystem(ReadOnlyFiles([f for files in tables.values() for f in files]))
    for name, files in tables.items():
        _view(con, name, TABLES[name], files)
    settings = [
        ("SET allowed_paths = $value", readable),  # the files above, behind the read-only file system; no local path
        ("SET temp_directory = $value", str(temp_dir)),
        ("SET memory_limit = $value", limits.memory),
        ("SET max_temp_directory_size = $value", limits.memory),
        ("SET TimeZone = $value", "UTC"),  # a timestamp's day is its UTC day, as events.day (tasks.schema.mention_day) has it
        ("SET python_enable_replacements = $value", False),
        ("SET autoinstall_known_extensions = $value", False),
        ("SET autoload_known_extensions = $value", False),
        ("SET allow_community_extensions = $value", False),
        ("SET enable_external_access = $value", False),  # no file at all: not read, not written
        ("SET lock_configuration = $value", True),  # last: nothing above can be undone
    ]
    for statement, value in settings:
        con.execute(statement, {"value": value})
    return con


def _view(con: duckdb.DuckDBPyConnection, name: str, schema: pa.Schema, files: list[Path]) -> None:
    """``name``: the table's files in its declared schema (a column the files lack, added since, is null)."""
    declared = con.from_arrow(schema.empty_table())
    if not files:
        declared.create_view(name)
        return
    rel = con.read_parquet([url(f) for f in files], union_by_name=True)
    present = set(rel.columns)
    columns = [
        duckdb.ColumnExpression(column) if column in present else _missing(name, column, present).cast(kind).alias(column)
        for column, kind in zip(declared.columns, declared.types)
    ]
    rel.select(*columns).create_view(name)


# Columns added to a table after some snapshots were written, which its older columns give (tasks.schema.mention_day).
DERIVED = {("events", "day"): ("coalesce(event_date, CAST(published_at AS DATE))", {"event_date", "published_at"})}


def _missing(table: str, column: str, present: set[str]) -> duckdb.Expression:
    """What a column the files lack reads as: derived from the columns they have, else null."""
    derived = DERIVED.get((table, column))
    if derived is not None and derived[1] <= present:
        return duckdb.SQLExpression(derived[0])
    return duckdb.ConstantExpression(None)


def run_query(
    warehouse: Path, sql: str, params: dict[str, Any] | list | None = None, limits: Limits = Limits()
) -> Result:
    """Run one read-only query; values are bound, never formatted into the SQL."""
    with session(warehouse, limits) as query:
        return query(sql, params)


@contextmanager
def session(warehouse: Path, limits: Limits = Limits()) -> Iterator[Callable[..., Result]]:
    """One read-only connection for several queries, each checked, bound and timed as :func:`run_query`'s
    (``query(sql, params)``), when a query needs the answer of another."""
    temp_dir = Path(tempfile.mkdtemp(prefix="sitrep-query-"))
    try:
        con = connect(warehouse, temp_dir, limits)
        try:
            yield lambda sql, params=None: _execute(con, sql, params, limits)
        finally:
            con.close()
    finally:
        shutil.rmtree(temp_dir, ignore_errors=True)


def _execute(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any] | list | None, limits: Limits) -> Result:
    check_read_only(sql)
    timer = threading.Timer(limits.timeout, con.interrupt)
    timer.start()
    try:
        cur = con.execute(sql, params) if params else con.execute(sql)
        rows = cur.fetchall()
        columns = [d[0] for d in cur.description] if cur.description else []
    except duckdb.InterruptException:
        raise QueryTimeout(f"query stopped after {limits.timeout:g} s (raise the limit with --timeout)") from None
    except duckdb.PermissionException as exc:
        raise QueryRefused(f"queries read the warehouse's tables only: {str(exc).splitlines()[0]}") from None
    finally:
        timer.cancel()
    return Result(columns, rows)

