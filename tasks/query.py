"""Read-only SQL over the warehouse: sandboxed DuckDB, canned reports from ``warehouse/sql/``.

Only queries run (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN); every
statement is classified by DuckDB's own parser before anything executes, the
connection can read nothing outside the warehouse, and its configuration is
locked so that a query cannot lift those limits.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from tasks.store import Warehouse, create_views

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
REPORTS = ("events_by_type", "events_by_location", "events_by_month", "cancelled_celebrations")
SQL_DIR = Path(__file__).resolve().parent.parent / "warehouse" / "sql"


class QueryRefused(ValueError):
    """A statement that is not a read-only query."""


class NoWarehouse(FileNotFoundError):
    pass


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]


def check_read_only(sql: str) -> None:
    """Raise QueryRefused unless every statement in ``sql`` is a query."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryRefused(f"cannot parse SQL: {str(exc).splitlines()[0]}") from None
    if not statements:
        raise QueryRefused("no SQL statement given")
    for statement in statements:
        if statement.type not in ALLOWED:
            kind = statement.type.name.replace("_STATEMENT", "")
            raise QueryRefused(f"only read-only queries are allowed; refused a {kind} statement")


def connect(warehouse: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with one view per table, sandboxed to the warehouse."""
    wh = Warehouse(warehouse)
    if not wh.exists():
        raise NoWarehouse(f"no warehouse at {warehouse}: run 'sitrep run' first")
    root = Path(warehouse).resolve()
    con = duckdb.connect(":memory:")
    create_views(con, root)
    allowed = sorted({str(root) + "/", str(wh.current.resolve()) + "/", str(wh.snapshots.resolve()) + "/"})
    con.execute("SET allowed_directories = $dirs", {"dirs": allowed})
    con.execute("SET enable_external_access = false")
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    con.execute("SET lock_configuration = true")
    return con


def run_query(warehouse: Path, sql: str, params: dict[str, Any] | list | None = None) -> Result:
    """Run one read-only query; values are bound, never formatted into the SQL."""
    check_read_only(sql)
    con = connect(warehouse)
    try:
        cur = con.execute(sql, params) if params else con.execute(sql)
        rows = cur.fetchall()
        columns = [d[0] for d in cur.description] if cur.description else []
    finally:
        con.close()
    return Result(columns, rows)


def report_sql(name: str) -> str:
    if name not in REPORTS:
        raise KeyError(f"unknown report {name!r}; known: {', '.join(REPORTS)}")
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def report(warehouse: Path, limit: int = 20) -> dict[str, Result]:
    """Every canned report, in order."""
    return {name: run_query(warehouse, report_sql(name), {"limit": limit}) for name in REPORTS}
