"""Atomic snapshots, the single-writer lock, and the DuckDB catalog."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone

import duckdb
import pyarrow as pa
import pytest

from tasks.schema import TABLES, to_table
from tasks.store import Warehouse, WarehouseBusy


def tables(n_events: int, run_id: str = "r1") -> dict[str, pa.Table]:
    events = [
        {"event_id": f"e{i}", "doc_id": "d", "source_path": "a.txt", "event_type": "RETREAT", "realis": True, "run_id": run_id, "sentence_start": i}
        for i in range(n_events)
    ]
    return {
        "documents": to_table("documents", [{"doc_id": "d", "source_path": "a.txt", "run_id": run_id, "ingested_at": datetime.now(timezone.utc)}]),
        "events": to_table("events", events),
        "event_clusters": to_table("event_clusters", []),
        "runs": to_table("runs", [{"run_id": run_id}]),
        "ingest_errors": to_table("ingest_errors", []),
    }


def test_publish_then_read_back_every_table(tmp_path):
    wh = Warehouse(tmp_path / "w")
    wh.publish("r1", tables(3))
    for name, schema in TABLES.items():
        assert wh.read(name).schema == schema
    assert wh.read("events")["event_id"].to_pylist() == ["e0", "e1", "e2"]
    con = duckdb.connect()
    glob = str(tmp_path / "w" / "events" / "**" / "*.parquet")
    assert con.execute("SELECT count(*) FROM read_parquet($g, hive_partitioning = true)", {"g": glob}).fetchone() == (3,)


def test_second_publish_replaces_and_old_snapshots_are_collected(tmp_path):
    wh = Warehouse(tmp_path / "w")
    for i, n in enumerate((1, 2, 5)):
        wh.publish(f"r{i}", tables(n, f"r{i}"))
    assert wh.read("events").num_rows == 5
    assert sorted(p.name for p in wh.snapshots.iterdir()) == ["r1", "r2"]


def test_unfinished_snapshot_is_invisible_and_cleaned(tmp_path):
    wh = Warehouse(tmp_path / "w")
    wh.publish("r1", tables(2))
    stray = wh.snapshots / "r2.tmp" / "events"
    stray.mkdir(parents=True)
    (stray / "part-0.parquet").write_bytes(b"half a file")
    assert wh.read("events").num_rows == 2
    wh.publish("r3", tables(4, "r3"))
    assert not (wh.snapshots / "r2.tmp").exists()


def test_catalog_views_work_from_any_directory(tmp_path):
    wh = Warehouse(tmp_path / "w")
    wh.publish("r1", tables(2))
    code = "import duckdb,sys; c=duckdb.connect(sys.argv[1], read_only=True); print(c.execute('select count(*) from events').fetchone()[0])"
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "w" / "sitrep.duckdb")], cwd="/", capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "2"


def test_second_writer_is_refused_with_a_clear_message(tmp_path):
    wh = Warehouse(tmp_path / "w")
    with wh.lock():
        with pytest.raises(WarehouseBusy, match="another sitrep run"):
            with Warehouse(tmp_path / "w").lock():
                pass
    with wh.lock():  # released
        pass


def test_publish_needs_every_table(tmp_path):
    t = tables(1)
    del t["runs"]
    with pytest.raises(ValueError, match="missing"):
        Warehouse(tmp_path / "w").publish("r1", t)


def test_unknown_columns_are_refused():
    with pytest.raises(ValueError, match="not in the schema"):
        to_table("events", [{"event_id": "x", "colour": "red"}])


def test_empty_warehouse_reads_empty_tables(tmp_path):
    wh = Warehouse(tmp_path / "nothing")
    assert not wh.exists() and wh.read("events").num_rows == 0


def test_a_publish_that_cannot_finish_leaves_the_previous_state_whole(tmp_path):
    from tasks.query import run_query
    from tasks.store import WarehouseConflict

    root = tmp_path / "w"
    wh = Warehouse(root)
    wh.publish("r1", tables(2))
    (root / "events").unlink()
    (root / "events").mkdir()  # someone's folder where sitrep keeps its link
    (root / "events" / "notes.txt").write_text("mine")
    with pytest.raises(WarehouseConflict, match="not sitrep's link"):
        wh.publish("r2", tables(5, "r2"))
    assert os.readlink(wh.current) == os.path.join("snapshots", "r1")
    assert sorted(p.name for p in wh.snapshots.iterdir()) == ["r1"]
    assert wh.read("runs")["run_id"].to_pylist() == ["r1"]
    assert run_query(root, "SELECT count(*) FROM events").rows == [(2,)]
    assert run_query(root, "SELECT run_id FROM documents").rows == [("r1",)]
    assert (root / "events" / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize("obstacle", ["documents", "sitrep.duckdb", ".sitrep/current"])
def test_a_first_publish_onto_a_folder_in_the_way_writes_nothing(tmp_path, obstacle):
    from tasks.store import WarehouseConflict

    root = tmp_path / "w"
    (root / obstacle).mkdir(parents=True)
    with pytest.raises(WarehouseConflict):
        Warehouse(root).publish("r1", tables(1))
    assert not (root / ".sitrep" / "snapshots").exists() or not any((root / ".sitrep" / "snapshots").iterdir())


def test_a_warehouse_path_that_is_a_file_is_refused(tmp_path):
    from tasks.store import WarehouseConflict

    (tmp_path / "w").write_text("not a folder")
    with pytest.raises(WarehouseConflict, match="is a file"):
        Warehouse(tmp_path / "w").check_writable()
