"""The run steps as plain functions, and one end-to-end flow run under Prefect's test harness."""
from __future__ import annotations

import pytest

from tasks.budget import Budget
from tasks.run import InputChanged, run_in_process
from tasks.store import Warehouse
from tests.fixtures.articles import NEAR_MISSES, RETREAT_AND_CANCEL

pytestmark = pytest.mark.model


def run_steps(root, wh_root, run_id, replace=False, max_file_bytes=10**6, budget=Budget(), **options):
    """The flow's steps in order, without Prefect."""
    wh = Warehouse(wh_root)
    return run_in_process(wh, root, run_id, replace=replace, max_file_bytes=max_file_bytes, budget=budget, **options), wh


def test_steps_write_events_and_documents(articles, tmp_path):
    root = articles({"news/a.txt": RETREAT_AND_CANCEL, "b.txt": NEAR_MISSES, "junk.bin": b"\x00\x01"})
    s, wh = run_steps(root, tmp_path / "w", "r1")
    assert (s["documents_seen"], s["new"], s["skipped"]) == (2, 2, 1)
    assert wh.read("runs")["n_inputs"].to_pylist() == [3]
    events = wh.read("events").to_pylist()
    realis = sorted((e["source_path"], e["event_type"]) for e in events if e["realis"])
    assert realis == [("news/a.txt", "CANCELLED_CELEBRATION"), ("news/a.txt", "RETREAT"), ("news/a.txt", "RETREAT")]
    docs = {d["source_path"]: d for d in wh.read("documents").to_pylist()}
    for e in events:
        assert docs[e["source_path"]]["text"][e["sentence_start"] : e["sentence_end"]] == e["sentence"]
        assert e["run_id"] == "r1" and e["extractor_version"]


def rerun_changes_nothing(root, wh_root, run_id) -> dict:
    """Run again over the same input: documents and events stay as they were; the run's summary."""
    wh = Warehouse(wh_root)
    before = {n: wh.read(n) for n in ("documents", "events")}
    s, _ = run_steps(root, wh_root, run_id)
    assert (s["new"], s["changed"], s["removed"]) == (0, 0, 0)
    for name, table in before.items():
        assert wh.read(name).equals(table), name
    return s


def test_second_run_is_identical_and_changes_are_tracked(articles, tmp_path):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "b.txt": NEAR_MISSES})
    _, wh = run_steps(root, tmp_path / "w", "r1")
    assert rerun_changes_nothing(root, tmp_path / "w", "r2")["unchanged"] == 2
    (root / "b.txt").unlink()
    (root / "a.txt").write_text(RETREAT_AND_CANCEL.replace("Kupiansk", "Kreminna"))
    s, _ = run_steps(root, tmp_path / "w", "r3")
    assert (s["new"], s["changed"], s["unchanged"], s["removed"]) == (0, 1, 0, 1)
    docs = wh.read("documents").to_pylist()
    assert [d["source_path"] for d in docs] == ["a.txt"]
    locations = {e["location"] for e in wh.read("events").to_pylist()}
    assert "Kreminna" in locations and "Kupiansk" not in locations
    assert len(set(wh.read("events")["event_id"].to_pylist())) == wh.read("events").num_rows
    assert wh.read("runs").num_rows == 3


def test_another_input_folder_needs_replace(articles, tmp_path):
    root = articles({"a.txt": RETREAT_AND_CANCEL})
    run_steps(root, tmp_path / "w", "r1")
    other = tmp_path / "other"
    other.mkdir()
    (other / "c.txt").write_text(NEAR_MISSES)
    with pytest.raises(InputChanged, match="--replace"):
        run_steps(other, tmp_path / "w", "r2")
    s, wh = run_steps(other, tmp_path / "w", "r2", replace=True)
    assert s["removed"] == 1 and [d["source_path"] for d in wh.read("documents").to_pylist()] == ["c.txt"]


def test_non_english_documents_are_stored_not_extracted(articles, tmp_path):
    root = articles({"fr.txt": "Les troupes russes se retirent\nLes troupes russes se sont retirées de la ville de Kherson et les habitants sont dans la rue."})
    s, wh = run_steps(root, tmp_path / "w", "r1")
    assert wh.read("documents")["language"].to_pylist() == ["fr"] and wh.read("events").num_rows == 0


@pytest.mark.slow
def test_flow_end_to_end(prefect_harness, articles, tmp_path):
    from flows.pipeline import sitrep_flow
    from tasks.query import run_query

    root = articles({"a.txt": RETREAT_AND_CANCEL, "bad.json": "{", "b.txt": NEAR_MISSES})
    result = sitrep_flow(input_dir=root, warehouse_dir=tmp_path / "w", batch_size=1)
    assert (result["documents_seen"], result["failed"]) == (2, 1)
    assert result["events_by_type"] == {"CANCELLED_CELEBRATION": 1, "RETREAT": 2}
    rows = run_query(tmp_path / "w", "SELECT event_type, count(*) FROM events WHERE realis GROUP BY 1 ORDER BY 1").rows
    assert rows == [("CANCELLED_CELEBRATION", 1), ("RETREAT", 2)]
    assert run_query(tmp_path / "w", "SELECT source_path, error_class FROM ingest_errors").rows == [("bad.json", "bad_json")]


def test_impossible_publication_dates_do_not_stop_the_run(articles, tmp_path):
    text = "Troops leave\nRussian troops withdrew from Kupiansk on 14 April, the general staff said."
    root = articles({
        "far.txt": text, "far.meta.json": {"published_at": "9999-12-31"},
        "early.txt": text, "early.meta.json": {"published_at": "0001-01-01T00:30:00+01:00"},
        "zone.txt": text, "zone.meta.json": {"published_at": "2022-04-20T10:00:00+99:99"},
    })
    s, wh = run_steps(root, tmp_path / "w", "r1")
    docs = {d["source_path"]: d for d in wh.read("documents").to_pylist()}
    assert sorted(docs) == ["early.txt", "far.txt", "zone.txt"]
    assert all(d["published_at"] is None for d in docs.values())
    errors = sorted((e["source_path"], e["error_class"], e["action"]) for e in wh.read("ingest_errors").to_pylist())
    assert errors == [(f"{n}.meta.json", "bad_metadata", "kept") for n in ("early", "far", "zone")]
    assert s["failed"] == 0
    retreats = {(e["source_path"], e["location"]) for e in wh.read("events").to_pylist() if e["realis"] and e["event_type"] == "RETREAT"}
    assert retreats == {(n, "Kupiansk") for n in docs}


def test_rerun_over_jsonl_with_repeated_ids_changes_nothing(articles, tmp_path):
    import json

    records = [{"id": "a", "text": RETREAT_AND_CANCEL}, {"id": "a", "text": NEAR_MISSES}, {"text": NEAR_MISSES}, {"id": 3, "text": RETREAT_AND_CANCEL}]
    root = articles({"feed.jsonl": "\n".join(json.dumps(r) for r in records)})
    _, wh = run_steps(root, tmp_path / "w", "r1")
    assert rerun_changes_nothing(root, tmp_path / "w", "r2")["unchanged"] == 2
    paths = wh.read("documents")["source_path"].to_pylist()
    assert paths == ["feed.jsonl#3", "feed.jsonl#a"] and len(paths) == len(set(paths))
