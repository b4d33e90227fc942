"""`sitrep query`: read-only, sandboxed, parameters bound; canned reports."""
from __future__ import annotations

import pytest

from tasks.query import NoWarehouse, QueryRefused, REPORTS, report, run_query
from tasks.store import Warehouse
from tests.test_store import tables


@pytest.fixture
def warehouse(tmp_path):
    root = tmp_path / "w"
    Warehouse(root).publish("r1", tables(3))
    return root


def test_select_by_table_name(warehouse):
    result = run_query(warehouse, "SELECT event_type, count(*) AS n FROM events GROUP BY 1")
    assert result.columns == ["event_type", "n"] and result.rows == [("RETREAT", 3)]


def test_parameters_are_bound(warehouse):
    sql = "SELECT count(*) FROM events WHERE event_id = $id"
    assert run_query(warehouse, sql, {"id": "e1"}).rows == [(1,)]
    assert run_query(warehouse, sql, {"id": "e1' OR '1'='1"}).rows == [(0,)]


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO events (event_id) VALUES ('x')",
        "UPDATE events SET realis = false",
        "DELETE FROM events",
        "CREATE TABLE t AS SELECT 1",
        "DROP VIEW events",
        "COPY (SELECT 1) TO 'events/x.parquet'",
        "EXPORT DATABASE 'dump'",
        "ATTACH 'other.db'",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
        "SELECT 1; DELETE FROM events",
        "CALL pragma_version()",
    ],
)
def test_statements_other_than_queries_are_refused(warehouse, sql):
    before = sorted(p.name for p in (warehouse / "events").iterdir())
    with pytest.raises(QueryRefused):
        run_query(warehouse, sql)
    assert sorted(p.name for p in (warehouse / "events").iterdir()) == before
    assert run_query(warehouse, "SELECT count(*) FROM events").rows == [(3,)]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM glob('/etc/*')",
        "SELECT * FROM read_parquet('../../**/*.parquet')",
    ],
)
def test_files_outside_the_warehouse_cannot_be_read(warehouse, sql):
    with pytest.raises(Exception) as err:
        run_query(warehouse, sql)
    assert "Permission" in type(err.value).__name__ or "disabled" in str(err.value) or "access" in str(err.value).lower()


def test_no_warehouse_is_a_clear_error(tmp_path):
    with pytest.raises(NoWarehouse, match="sitrep run"):
        run_query(tmp_path / "none", "SELECT 1")


def test_every_report_runs(warehouse):
    results = report(warehouse, limit=5)
    assert list(results) == list(REPORTS)
    assert results["events_by_type"].rows[0][:2] == ("RETREAT", 3)
