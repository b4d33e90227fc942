"""Incremental runs: files fingerprinted before they are read, rows streamed into part files,
unchanged parts hard-linked into the new snapshot, compaction keeping the part count bounded."""
from __future__ import annotations

import json
import os
import time

import duckdb
import pyarrow.parquet as pq
import pytest

import tasks.fingerprint as fingerprint
import tasks.parts as parts
import tasks.run as run_module
import tasks.update as update_module
from tasks.store import MANIFEST, Warehouse
from tests.fixtures.articles import NEAR_MISSES, RETREAT_AND_CANCEL
from tests.test_pipeline import run_steps

pytestmark = pytest.mark.model

BAKHMUT = "Troops flee Bakhmut\nRussian soldiers fled from Bakhmut on Monday, the army said.\n"
IZIUM = "Soldiers surrender near Izium\nA unit of Russian soldiers surrendered near Izium on Sunday, officials said.\n"
PARADE = "No parade in Kursk\nThe Victory Day parade in Kursk has been cancelled this year, the governor said.\n"
DAY = 24 * 3600
EVIDENCE = ["evidence_doc_number", "evidence_event_id", "evidence_location"]  # event_clusters: its first report


def age(where, seconds: int = DAY) -> None:
    """The time of a file, or of every file in a folder, moved back: the scan trusts times not within a moment of its own clock."""
    then = time.time() - seconds
    for path in [where] if where.is_file() else where.rglob("*"):
        if path.is_file():
            os.utime(path, (then, then))


@pytest.fixture
def calls(monkeypatch):
    """What a run opens: files read (decoded), files hashed, documents extracted."""
    seen = {"read": [], "hashed": [], "extracted": []}
    read, hashed, extract = update_module.read_file, fingerprint.content_hash, run_module.extract_batch

    def reading(root, path, limit):
        seen["read"].append(path.name)
        return read(root, path, limit)

    def hashing(path):
        seen["hashed"].append(path.name)
        return hashed(path)

    def extracting(batch, *args, **kwargs):
        seen["extracted"].extend(d.source_path for d in batch)
        return extract(batch, *args, **kwargs)

    monkeypatch.setattr(update_module, "read_file", reading)
    monkeypatch.setattr(update_module, "content_hash", hashing)
    monkeypatch.setattr(fingerprint, "content_hash", hashing)
    monkeypatch.setattr(run_module, "extract_batch", extracting)

    def take() -> dict:
        out = {k: sorted(v) for k, v in seen.items()}
        for v in seen.values():
            v.clear()
        return out

    return take


def inodes(wh: Warehouse, table: str) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in wh.parts(table)}


def content(wh: Warehouse) -> dict:
    """What a reader sees, less what names a run or depends on the warehouse's history (``doc_number``,
    ``evidence_doc_number``): every table sorted."""
    assert_numbered(wh)
    out = {}
    for name, drop in (
        ("documents", ["run_id", "ingested_at", "doc_number"]), ("events", ["run_id", "doc_number"]), ("event_clusters", ["run_id", "evidence_doc_number"]),
    ):
        table = wh.read(name).drop_columns(drop)
        out[name] = sorted(table.to_pylist(), key=repr)
    return out


def numbers(wh: Warehouse) -> dict[str, int]:
    return dict(zip(*wh.read("documents", ["source_path", "doc_number"]).to_pydict().values()))


def assert_numbered(wh: Warehouse) -> None:
    """One doc_number per document and one document per number; each mention has its document's number, and
    ``cluster_number`` is its ``cluster_id`` read as a hexadecimal number, on events and on event_clusters; a
    cluster's evidence is one of its mentions, the first by published_at (undated last), source_path and
    sentence_start (then event_id), and ``evidence_doc_number`` its article's number now."""
    given = numbers(wh)
    assert None not in given.values() and len(set(given.values())) == len(given)
    mentions = wh.read("events", ["event_id", "source_path", "sentence_start", "location", "doc_number", "cluster_id", "cluster_number", "published_at"])
    by_cluster: dict[str, list[dict]] = {}
    for e in mentions.to_pylist():
        assert e["doc_number"] == given[e["source_path"]]
        assert e["cluster_number"] == (int(e["cluster_id"], 16) if e["cluster_id"] else None)
        by_cluster.setdefault(e["cluster_id"], []).append(e)
    for c in wh.read("event_clusters", ["cluster_id", "cluster_number", *EVIDENCE]).to_pylist():
        assert c["cluster_number"] == int(c["cluster_id"], 16)
        first = min(by_cluster[c["cluster_id"]], key=lambda e: (
            e["published_at"] is None, e["published_at"] or 0, e["source_path"], e["sentence_start"] is None, e["sentence_start"] or 0, e["event_id"],
        ))
        assert [c[k] for k in EVIDENCE] == [first["doc_number"], first["event_id"], first["location"]]


def test_documents_keep_their_numbers_across_runs_and_new_ones_take_the_next(articles, tmp_path):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "b.txt": BAKHMUT, "c.txt": IZIUM})
    age(root)
    _, wh = run_steps(root, tmp_path / "w", "r1")
    first = numbers(wh)
    assert sorted(first.values()) == [1, 2, 3]
    (root / "b.txt").write_text(BAKHMUT.replace("Bakhmut", "Soledar"))  # changed: extracted again, same number
    (root / "c.txt").unlink()
    (root / "d.txt").write_text(PARADE)
    age(root)
    run_steps(root, tmp_path / "w", "r2")
    assert numbers(wh) == {"a.txt": first["a.txt"], "b.txt": first["b.txt"], "d.txt": 4}  # after the highest held before the run
    assert_numbered(wh)


def test_a_warehouse_written_before_the_numbers_gets_them_at_its_next_run(articles, tmp_path):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "b.txt": BAKHMUT})
    age(root)
    _, wh = run_steps(root, tmp_path / "w", "r1")
    tables = content(wh)
    for table, dropped in (("documents", ["doc_number"]), ("events", ["doc_number", "cluster_number"]), ("event_clusters", ["cluster_number", *EVIDENCE])):
        for part in wh.parts(table):  # as an older version wrote them: without the columns
            old = pq.read_table(part).drop_columns(dropped)
            part.unlink()
            pq.write_table(old, part)
    assert set(numbers(wh).values()) == {None}
    s, _ = run_steps(root, tmp_path / "w", "r2")
    assert s["changed"] == 2 and content(wh) == tables


def test_an_unchanged_rerun_opens_no_file_and_links_every_part(articles, tmp_path, calls):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "b.txt": NEAR_MISSES, "c.txt": IZIUM, "c.meta.json": {"published_at": "2024-03-03"}})
    age(root)
    _, wh = run_steps(root, tmp_path / "w", "r1")
    assert calls()["read"] == ["a.txt", "b.txt", "c.txt"]
    before = {t: inodes(wh, t) for t in ("documents", "events")}
    tables = content(wh)
    s, _ = run_steps(root, tmp_path / "w", "r2")
    assert calls() == {"read": [], "hashed": [], "extracted": []}
    assert (s["documents_seen"], s["new"], s["changed"], s["unchanged"], s["removed"]) == (3, 0, 0, 3, 0)
    assert {t: inodes(wh, t) for t in ("documents", "events")} == before  # the same files: hard links, nothing rewritten
    assert all(p.stat().st_nlink == 2 for t in ("documents", "events") for p in wh.parts(t))
    assert content(wh) == tables
    assert s["events"] == len(tables["events"]) and s["events_by_type"]["RETREAT"] >= 1


def test_a_touched_file_with_the_same_bytes_is_hashed_not_read(articles, tmp_path, calls):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "b.txt": NEAR_MISSES, "b.meta.json": {"title": "Near misses"}})
    age(root, 2 * DAY)
    _, wh = run_steps(root, tmp_path / "w", "r1")
    calls()
    (root / "b.meta.json").write_text(json.dumps({"title": "Near misses"}))  # the sidecar rewritten, same bytes
    age(root)
    s, _ = run_steps(root, tmp_path / "w", "r2")
    assert calls() == {"read": [], "hashed": ["a.txt", "b.txt"], "extracted": []}
    assert s["unchanged"] == 2
    manifest = {r["path"]: r for r in pq.read_table(wh.snapshot() / MANIFEST).to_pylist()}
    assert manifest["b.txt"]["sidecar_mtime_ns"] == (root / "b.meta.json").stat().st_mtime_ns  # the new times, for the next run
    run_steps(root, tmp_path / "w", "r3")
    assert calls()["hashed"] == []


def test_a_file_written_just_now_is_hashed_at_the_next_run(articles, tmp_path, calls):
    """A time as recent as the scan is not trusted: the file could change again within the same clock tick."""
    root = articles({"a.txt": RETREAT_AND_CANCEL})
    _, wh = run_steps(root, tmp_path / "w", "r1")
    assert pq.read_table(wh.snapshot() / MANIFEST)["mtime_ns"].to_pylist() == [None]
    calls()
    s, _ = run_steps(root, tmp_path / "w", "r2")
    assert calls() == {"read": [], "hashed": ["a.txt"], "extracted": []} and s["unchanged"] == 1


def test_a_changed_file_is_the_only_one_read_again(articles, tmp_path, calls):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "b.txt": NEAR_MISSES, "c.txt": IZIUM})
    age(root)
    _, wh = run_steps(root, tmp_path / "w", "r1")
    calls()
    (root / "c.txt").write_text(IZIUM.replace("Izium", "Lyman"))
    age(root / "c.txt", 60)
    s, _ = run_steps(root, tmp_path / "w", "r2")
    assert calls() == {"read": ["c.txt"], "hashed": ["c.txt"], "extracted": ["c.txt"]}
    assert (s["new"], s["changed"], s["unchanged"], s["removed"]) == (0, 1, 2, 0)
    locations = {e["location"] for e in wh.read("events").to_pylist() if e["source_path"] == "c.txt"}
    assert "Lyman" in locations and "Izium" not in locations
    assert sorted(wh.read("documents")["source_path"].to_pylist()) == ["a.txt", "b.txt", "c.txt"]


def test_a_new_sidecar_date_re_extracts_its_article(articles, tmp_path, calls):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "a.meta.json": {"published_at": "2024-04-16"}, "b.txt": NEAR_MISSES})
    age(root)
    _, wh = run_steps(root, tmp_path / "w", "r1")
    calls()
    (root / "a.meta.json").write_text(json.dumps({"published_at": "2023-04-18"}))
    age(root / "a.meta.json", 60)
    s, _ = run_steps(root, tmp_path / "w", "r2")
    assert calls()["extracted"] == ["a.txt"] and s["changed"] == 1
    published = {d["source_path"]: d["published_at"] for d in wh.read("documents").to_pylist()}
    assert published["a.txt"].date().isoformat() == "2023-04-18"


def test_a_jsonl_file_that_changed_keeps_the_rows_of_its_unchanged_records(articles, tmp_path, calls):
    records = [{"id": "a", "text": RETREAT_AND_CANCEL}, {"id": "b", "text": IZIUM}]
    root = articles({"feed.jsonl": "\n".join(json.dumps(r) for r in records)})
    age(root)
    run_steps(root, tmp_path / "w", "r1")
    calls()
    records[1]["text"] = BAKHMUT
    (root / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    s, wh = run_steps(root, tmp_path / "w", "r2")
    assert calls()["extracted"] == ["feed.jsonl#b"]
    assert (s["changed"], s["unchanged"]) == (1, 1)


def test_deleted_files_retire_their_rows(articles, tmp_path, calls):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "b.txt": BAKHMUT, "c.txt": IZIUM})
    age(root)
    _, wh = run_steps(root, tmp_path / "w", "r1")
    calls()
    (root / "b.txt").unlink()
    s, _ = run_steps(root, tmp_path / "w", "r2")
    assert calls() == {"read": [], "hashed": [], "extracted": []}
    assert (s["documents_seen"], s["unchanged"], s["removed"]) == (2, 2, 1)
    assert "b.txt" not in wh.read("documents")["source_path"].to_pylist()
    assert "b.txt" not in wh.read("events")["source_path"].to_pylist()
    assert s["events"] == wh.read("events").num_rows


def test_a_file_that_failed_is_read_again_each_run(articles, tmp_path, calls):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "bad.json": "{", "long.jsonl": json.dumps({"id": 1, "text": "x"}) + "\n{"})
    age(root)
    for run_id in ("r1", "r2"):
        s, wh = run_steps(root, tmp_path / "w", run_id)
        assert calls()["read"] == (["a.txt", "bad.json", "long.jsonl"] if run_id == "r1" else ["bad.json", "long.jsonl"])
        assert sorted(e["source_path"] for e in wh.read("ingest_errors").to_pylist()) == ["bad.json", "long.jsonl#2"]
        assert s["failed"] == 2


def test_new_files_add_a_part_and_link_the_old_ones(articles, tmp_path, calls):
    root = articles({"a.txt": RETREAT_AND_CANCEL})
    age(root)
    _, wh = run_steps(root, tmp_path / "w", "r1")
    before = {t: inodes(wh, t) for t in ("documents", "events")}
    (root / "b.txt").write_text(BAKHMUT)
    s, _ = run_steps(root, tmp_path / "w", "r2")
    assert (s["new"], s["unchanged"]) == (1, 1)
    for table, old in before.items():
        now = inodes(wh, table)
        assert {k: now[k] for k in old} == old and len(now) == len(old) + 1, table
        assert all(name.startswith("part-r") and "=" not in name for name in now)
    glob = str(tmp_path / "w" / "events" / "**" / "*.parquet")
    count = duckdb.connect().execute("SELECT count(*) FROM read_parquet($g, hive_partitioning = true)", {"g": glob}).fetchone()[0]
    assert count == wh.read("events").num_rows == s["events"]


def test_a_run_streams_its_batches_and_reads_no_old_text(articles, tmp_path, monkeypatch):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "b.txt": BAKHMUT})
    age(root)
    monkeypatch.setattr(parts, "ROW_GROUP_BYTES", 1)  # every batch fills a row group
    _, wh = run_steps(root, tmp_path / "w", "r1", batch_size=1)
    (part,) = wh.parts("documents")
    assert pq.ParquetFile(part).metadata.num_row_groups == 2  # one row group per batch: written as they came
    monkeypatch.undo()
    asked, tables = [], []
    real, read = parts.read_columns, Warehouse.read
    monkeypatch.setattr(parts, "read_columns", lambda path, schema, columns: asked.append(tuple(columns)) or real(path, schema, columns))
    monkeypatch.setattr(Warehouse, "read", lambda self, name, columns=None: tables.append((name, columns)) or read(self, name, columns))
    (root / "c.txt").write_text(IZIUM)
    run_steps(root, tmp_path / "w", "r2", batch_size=1)
    assert asked and not any("text" in columns or "sentence" in columns for columns in asked)
    assert tables == [("runs", ["input_dir", "started_at"])]  # no whole table: only what check_input needs


def test_incremental_runs_equal_a_run_from_scratch_and_compaction_bounds_the_parts(articles, tmp_path):
    texts = [RETREAT_AND_CANCEL, NEAR_MISSES, BAKHMUT, IZIUM, PARADE]
    root = articles({})
    steps = [
        lambda: (root / "a.txt").write_text(texts[0]),
        lambda: (root / "b.txt").write_text(texts[1]),
        lambda: (root / "feed.jsonl").write_text(json.dumps({"id": "x", "text": texts[2]}) + "\n" + json.dumps({"id": "y", "text": texts[3]})),
        lambda: (root / "c.txt").write_text(texts[4]),
        lambda: (root / "b.txt").unlink(),
        lambda: (root / "feed.jsonl").write_text(json.dumps({"id": "x", "text": texts[2]}) + "\n" + json.dumps({"id": "y", "text": texts[1]})),
        lambda: (root / "d" / "e.txt").parent.mkdir() or (root / "d" / "e.txt").write_text(texts[3]),
        lambda: (root / "f.txt").write_text(texts[2].replace("Bakhmut", "Soledar")),
        lambda: (root / "a.txt").write_text(texts[0].replace("Kupiansk", "Kreminna")),
    ]
    wh = Warehouse(tmp_path / "w")
    for i, step in enumerate(steps):
        step()
        age(root, 3600 - i)
        run_steps(root, wh.root, f"r{i}", batch_size=1, max_parts=3)
        for table in ("documents", "events"):
            assert 1 <= len(wh.parts(table)) <= 3, (i, table)
        scratch = Warehouse(tmp_path / f"scratch{i}")
        run_steps(root, scratch.root, "s", batch_size=1, max_parts=3)
        assert content(wh) == content(scratch), i
    assert sorted(p.name for p in wh.snapshots.iterdir()) == [f"r{len(steps) - 2}", f"r{len(steps) - 1}"]


def test_compaction_merges_the_smallest_parts(tmp_path):
    from tasks.schema import TABLES, to_table

    folder = tmp_path / "t"
    folder.mkdir()
    paths = []
    for i, n in enumerate((5, 1, 3, 2, 4)):
        rows = [{"run_id": "r", "source_path": f"{i}-{j}", "doc_id": "d"} for j in range(n)]
        paths.append(folder / f"part-{i}.parquet")
        parts.write_part(to_table("documents", rows), paths[-1], TABLES["documents"])
    assert parts.to_merge(paths, 5) == []
    chosen = parts.to_merge(paths, 4)
    assert len(paths) - len(chosen) + 1 <= 4 and paths[0] not in chosen
    parts.merge(chosen, folder / "merged.parquet", TABLES["documents"])
    merged = pq.read_table(folder / "merged.parquet")["source_path"].to_pylist()
    assert sorted(merged) == sorted(p for c in chosen for p in pq.read_table(c)["source_path"].to_pylist())


def test_a_part_writer_holds_small_batches_until_a_row_group_is_full(tmp_path, monkeypatch):
    from tasks.schema import TABLES, to_table

    def batch(i: int):
        return to_table("documents", [{"run_id": "r", "source_path": f"{i}-{j}", "doc_id": "d", "text": "x" * 1000} for j in range(10)])

    writer = parts.PartWriter(tmp_path / "small.parquet", TABLES["documents"])
    for i in range(20):
        writer.write(batch(i))
    assert not writer.path.exists()  # 20 batches of 10 KB: still below one row group
    assert writer.close()
    meta = pq.ParquetFile(writer.path).metadata
    assert (meta.num_rows, meta.num_row_groups) == (200, 1)
    monkeypatch.setattr(parts, "ROW_GROUP_BYTES", 25_000)  # a row group every third batch
    writer = parts.PartWriter(tmp_path / "grouped.parquet", TABLES["documents"])
    for i in range(2):
        writer.write(batch(i))
    assert not writer.path.exists()
    for i in range(2, 7):
        writer.write(batch(i))
    assert writer.path.stat().st_size > 0  # the rows held are bounded: two row groups are on disk already
    writer.close()
    table = pq.read_table(writer.path)
    assert table.num_rows == 70 and table["source_path"].to_pylist() == [f"{i}-{j}" for i in range(7) for j in range(10)]
    assert pq.ParquetFile(writer.path).metadata.num_row_groups == 3
    assert not parts.PartWriter(tmp_path / "none.parquet", TABLES["documents"]).close()


def test_the_manifest_is_written_a_group_of_document_paths_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setattr(fingerprint, "MANIFEST_GROUP", 5)
    entries = [
        fingerprint.Entry(f"f{i}.jsonl", fingerprint.Stat(i, None if i % 2 else i), "h", tuple(f"f{i}.jsonl#{j}" for j in range(n)), "v")
        for i, n in enumerate((3, 2, 0, 7, 1, 4))
    ]
    path = tmp_path / MANIFEST
    fingerprint.write_manifest(list(reversed(entries)), path)
    assert fingerprint.read_manifest(path) == {e.path: e for e in entries}
    assert pq.read_table(path)["path"].to_pylist() == sorted(e.path for e in entries)
    assert pq.ParquetFile(path).metadata.num_row_groups == 3  # at most 5 paths a group, at least one file: f0-f2 (3+2+0), f3 (7), f4-f5 (1+4)
    fingerprint.write_manifest([], tmp_path / "empty.parquet")
    assert fingerprint.read_manifest(tmp_path / "empty.parquet") == {}


def test_a_file_whose_name_is_a_jsonl_records_path_is_quarantined_not_a_second_article(articles, tmp_path):
    """A file named "f.jsonl#1.txt" has the source_path of the record with id "1.txt" in f.jsonl: the two articles
    once shared one path and one doc_number, and a second run counted one document fewer than the table held.
    The path stays the first reader's (files in name order; at a later run, a file kept unread); the other is
    quarantined, and read again at each run."""
    root = articles({"f.jsonl": json.dumps({"id": "1.txt", "text": IZIUM}) + "\n", "f.jsonl#1.txt": BAKHMUT, "g.txt": PARADE})
    age(root)
    for run_id in ("r1", "r2"):
        s, wh = run_steps(root, tmp_path / "w", run_id)
        docs = wh.read("documents", ["source_path", "text"]).to_pylist()
        assert sorted((d["source_path"], d["text"].split("\n")[0]) for d in docs) == [("f.jsonl#1.txt", "Soldiers surrender near Izium"), ("g.txt", "No parade in Kursk")]
        assert_numbered(wh)
        errors = [(e["source_path"], e["error_class"], e["action"]) for e in wh.read("ingest_errors").to_pylist()]
        assert errors == [("f.jsonl#1.txt", "duplicate_path", "quarantined")]
        assert (s["documents_seen"], s["failed"]) == (2, 1)
