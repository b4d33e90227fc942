"""`sitrep query`: read-only, sandboxed, parameters bound."""
from __future__ import annotations

import pytest

from tasks.query import NoWarehouse, QueryRefused, run_query, session
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


def test_a_session_runs_a_query_on_the_answer_of_another_in_one_connection(warehouse, tmp_path):
    with session(warehouse) as query:
        [[first]] = query("SELECT min(event_id) FROM events").rows
        assert query("SELECT count(*) FROM events WHERE event_id = $id", {"id": first}).rows == [(1,)]
        with pytest.raises(QueryRefused):  # every query of a session is checked as run_query's
            query("COPY events TO $path", {"path": str(tmp_path / "out.csv")})
        assert query("SELECT count(*) FROM events").rows == [(3,)]
    assert not (tmp_path / "out.csv").exists()


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


def fingerprint(folder) -> dict[str, str]:
    """Every file below ``folder`` (links not followed) with a hash of its bytes."""
    import hashlib
    import os

    out = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                out[path] = "link:" + os.readlink(path)
            elif os.path.isfile(path):
                with open(path, "rb") as fh:
                    out[path] = hashlib.sha256(fh.read()).hexdigest()
            else:
                out[path] = "folder"
    return out


def hostile_statements(warehouse) -> list[str]:
    target = f"{warehouse}/events/zz.parquet"
    snapshot = f"{warehouse}/.sitrep/snapshots/r1/events/part-0.parquet"
    fake = "(SELECT * REPLACE ('Moscow' AS location) FROM events LIMIT 1)"
    return [
        f"EXPLAIN ANALYZE COPY {fake} TO '{target}'",
        f"explain analyze copy {fake} to '{snapshot}' (FORMAT parquet)",
        f"/* a comment */ EXPLAIN   ANALYZE\n-- another\nCOPY {fake} TO 'zz.parquet'",
        f"EXPLAIN ANALYZE EXPLAIN ANALYZE COPY {fake} TO 'events/zz.parquet'",
        f"COPY {fake} TO '{target}'",
        f"COPY events TO '{warehouse}/documents/part-0.parquet'",
        f"EXPORT DATABASE '{warehouse}/dump'",
        "EXPORT DATABASE 'dump'",
        f"EXPLAIN ANALYZE EXPORT DATABASE '{warehouse}'",
        f"ATTACH '{warehouse}/x.duckdb' AS x",
        f"ATTACH '{warehouse}/sitrep.duckdb' AS cat",
        "ATTACH 'here.duckdb'; CREATE TABLE here.t AS SELECT 1",
        "CREATE TABLE t AS SELECT * FROM events",
        "EXPLAIN ANALYZE CREATE TABLE t AS SELECT * FROM events",
        "INSTALL httpfs",
        "LOAD parquet",
        "SET enable_external_access = true",
        f"SET allowed_directories = ['{warehouse}']",
        "SET temp_directory = '.'",
        "PRAGMA enable_profiling = 'json'",
        "SET profiling_output = 'profile.json'",
        "CALL enable_logging()",
        "CREATE PERSISTENT SECRET s (TYPE s3, KEY_ID 'k', SECRET 's')",
        "CHECKPOINT",
        f"SELECT * FROM read_parquet('{snapshot}')",
        f"SELECT * FROM read_text('{warehouse}/.sitrep/lock')",
        f"COPY {fake} TO '{snapshot}' (USE_TMP_FILE false)",
        f"COPY {fake} TO 'sitrep-ro://{snapshot}' (USE_TMP_FILE false)",
        f"COPY {fake} TO 'sitrep-ro://{snapshot}' (FORMAT csv, USE_TMP_FILE false)",
        f"COPY {fake} TO 'sitrep-ro://{snapshot}'",
        f"COPY {fake} TO 'sitrep-ro://{warehouse}/.sitrep/snapshots/r1/events/zz.parquet' (USE_TMP_FILE false)",
        f"EXPORT DATABASE 'sitrep-ro://{warehouse}/.sitrep/snapshots/r1/events'",
        f"ATTACH 'sitrep-ro://{snapshot}' AS ro; CREATE TABLE ro.t AS SELECT 1",
        f"ATTACH 'sitrep-ro://{warehouse}/.sitrep/snapshots/r1/events/new.duckdb' AS ro",
        f"SELECT * FROM read_text('sitrep-ro://{warehouse}/.sitrep/lock')",
    ]


def test_no_statement_can_change_a_file(warehouse, tmp_path, monkeypatch):
    """Writing is impossible by construction: the classifier is bypassed and still nothing changes."""
    from tasks.query import connect

    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    before = fingerprint(warehouse), fingerprint(cwd)
    for sql in hostile_statements(warehouse):
        try:
            run_query(warehouse, sql)
        except Exception:
            pass
        assert (fingerprint(warehouse), fingerprint(cwd)) == before, sql
        con = connect(warehouse, tmp_path / "spill")
        try:
            con.execute(sql)
        except Exception:
            pass
        finally:
            con.close()
        assert (fingerprint(warehouse), fingerprint(cwd)) == before, sql
    assert run_query(warehouse, "SELECT count(*) FROM events WHERE location = 'Moscow'").rows == [(0,)]


def test_explain_analyze_copy_is_refused_with_a_clear_message(warehouse):
    with pytest.raises(QueryRefused, match="tables only"):
        run_query(warehouse, f"EXPLAIN ANALYZE COPY (SELECT * FROM events) TO '{warehouse}/events/zz.parquet'")


def test_a_query_over_its_time_limit_is_stopped(warehouse):
    from tasks.query import Limits, QueryTimeout

    with pytest.raises(QueryTimeout, match="--timeout"):
        run_query(warehouse, "SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b", limits=Limits(timeout=0.5))


def test_a_query_over_its_memory_limit_fails(warehouse):
    import duckdb

    from tasks.query import Limits

    small = Limits(memory="64MB")
    assert run_query(warehouse, "SELECT current_setting('memory_limit')", limits=small).rows[0][0].endswith("MiB")
    with pytest.raises(duckdb.OutOfMemoryException):
        run_query(warehouse, "SELECT list(range) FROM range(100000000)", limits=small)


def test_temporary_folder_is_fresh_outside_and_removed(warehouse, tmp_path, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    [(temp,)] = run_query(warehouse, "SELECT current_setting('temp_directory')").rows
    temp = Path(temp)
    for outside in (warehouse.resolve(), tmp_path.resolve()):
        assert outside not in temp.parents
    assert not temp.exists()


def test_queries_see_the_current_snapshot_not_the_table_links(warehouse):
    """A reader is not at the mercy of the links beside the snapshot (see test_store's failed publish)."""
    import shutil

    (warehouse / "events").unlink()
    (warehouse / "events").mkdir()
    shutil.copy(__file__, warehouse / "events" / "stray.parquet")
    assert run_query(warehouse, "SELECT count(*) FROM events").rows == [(3,)]


def test_the_warehouse_files_are_read_by_duckdb_through_the_read_only_file_system(warehouse):
    from pathlib import Path

    [(plan,)] = [r[-1:] for r in run_query(warehouse, "EXPLAIN SELECT event_id FROM events WHERE sentence_start > 0").rows]
    assert "PARQUET_SCAN" in plan and "ARROW" not in plan.upper()
    [(files,)] = run_query(warehouse, "SELECT current_setting('allowed_paths')").rows
    assert files and all(str(f).startswith("sitrep-ro://") for f in files)
    [(folders,)] = run_query(warehouse, "SELECT current_setting('allowed_directories')").rows
    assert [Path(f).name.startswith("sitrep-query-") for f in folders] == [True]  # DuckDB adds its spill folder, nothing else


def test_a_snapshot_without_a_column_added_since_reads_it_as_null(tmp_path):
    """Events written before ``published_at`` was added: the column reads as null until the next run re-extracts them."""
    import pyarrow.parquet as pq

    root = tmp_path / "w"
    Warehouse(root).publish("r1", tables(2))
    [part] = (root / ".sitrep" / "snapshots" / "r1" / "events").glob("*.parquet")
    pq.write_table(pq.read_table(part).drop_columns(["published_at"]), part)
    result = run_query(root, "SELECT count(*), count(published_at), any_value(typeof(published_at)) FROM events")
    assert result.rows == [(2, 0, "TIMESTAMP WITH TIME ZONE")]


def test_a_snapshot_without_the_day_column_derives_it_from_the_date_and_the_publication(tmp_path):
    """Events written before ``day`` was stored: it reads as their event date, else their article's UTC day."""
    from datetime import date, datetime, timedelta, timezone

    import pyarrow as pa
    import pyarrow.parquet as pq

    root = tmp_path / "w"
    Warehouse(root).publish("r1", tables(2))
    [part] = (root / ".sitrep" / "snapshots" / "r1" / "events").glob("*.parquet")
    old = pq.read_table(part).drop_columns(["day"])
    late_in_new_york = datetime(2023, 5, 8, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    old = old.set_column(old.schema.get_field_index("event_date"), "event_date", pa.array([date(2022, 3, 2), None], pa.date32()))
    old = old.set_column(old.schema.get_field_index("published_at"), "published_at", pa.array([None, late_in_new_york], pa.timestamp("us", tz="UTC")))
    pq.write_table(old, part)
    assert sorted(run_query(root, "SELECT day FROM events").rows) == [(date(2022, 3, 2),), (date(2023, 5, 9),)]


def test_queries_read_timestamps_in_utc(warehouse):
    """A cluster's day (cast from a timestamp in SQL) and a mention's (events.day, in Python) agree on any machine."""
    from datetime import date

    sql = "SELECT current_setting('TimeZone'), CAST(TIMESTAMPTZ '2023-05-08 23:30:00-05' AS DATE)"
    assert run_query(warehouse, sql).rows == [("UTC", date(2023, 5, 9))]


@pytest.mark.parametrize("sql", ["SELECT 1 AS a; SELECT 2 AS b", "SELECT count(*) FROM events; SELECT count(*) FROM documents;"])
def test_several_queries_at_once_are_refused_not_answered_by_the_last(warehouse, sql):
    """DuckDB runs every statement and returns the last one's rows: the answer to the first query was dropped
    without a word. One query at a time, said so."""
    with pytest.raises(QueryRefused, match="one query at a time"):
        run_query(warehouse, sql)
    assert run_query(warehouse, "SELECT 1 AS a;").rows == [(1,)]
