"""The benchmark's own parts: the synthetic warehouse and articles, child-process measurement, RESULTS.md sections."""
from __future__ import annotations

import sys
from collections import Counter

import duckdb
import pyarrow.parquet as pq

from bench.common import run_measured, write_section
from bench.synthetic_articles import Writer, write
from bench.synthetic_warehouse import Shape, build
from tasks.ingest import ingest
from tasks.reports.catalogue import Filters, event_types, run_reports
from tasks.schema import TABLES


def test_synthetic_warehouse_is_a_warehouse_the_reports_read(tmp_path):
    root = tmp_path / "w"
    counts = build(root, Shape(20_000, places=500, countries=50), chunk=7_000)
    assert counts["events"] == 20_000 and counts["documents"] == 2_000
    for name, schema in TABLES.items():
        assert pq.read_schema(next((root / name).rglob("*.parquet"))).equals(schema, check_metadata=False), name
    con = duckdb.connect()
    for name in ("events", "event_clusters", "documents"):
        con.register(name, pq.read_table(next((root / name).rglob("*.parquet"))))
    types, places, countries, irrealis = con.execute(
        "SELECT count(DISTINCT event_type), count(DISTINCT place_name), count(DISTINCT country_code), avg(CAST(NOT realis AS INT)) FROM events"
    ).fetchone()
    assert types == len(event_types()) and places <= 500 and countries <= 50 and 0.03 < irrealis < 0.07
    assert con.execute("SELECT count(*) FROM events WHERE realis <> (cluster_id IS NOT NULL)").fetchone()[0] == 0
    mismatched = con.execute(
        "SELECT count(*) FROM event_clusters c FULL JOIN (SELECT cluster_id, count(*) AS n, any_value(event_type) AS t FROM events "
        "WHERE cluster_id IS NOT NULL GROUP BY 1) e USING (cluster_id) WHERE c.mention_count IS DISTINCT FROM e.n OR c.event_type IS DISTINCT FROM e.t"
    ).fetchone()[0]
    assert mismatched == 0
    assert con.execute("SELECT count(*) FROM events e ANTI JOIN documents d USING (source_path, doc_id)").fetchone()[0] == 0
    stale = "SELECT count(*) FROM events e JOIN documents d USING (source_path) WHERE e.published_at IS DISTINCT FROM d.published_at"
    assert con.execute(stale).fetchone()[0] == 0
    keys = (  # the integer keys are the pipeline's: a document's number on its mentions, cluster_id read as a number
        "SELECT count(*) FROM events e JOIN documents d USING (source_path) WHERE e.doc_number IS DISTINCT FROM d.doc_number "
        "OR e.cluster_number IS DISTINCT FROM CAST(('0x' || e.cluster_id) AS UBIGINT)"
    )
    assert con.execute(keys).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM event_clusters WHERE cluster_number <> CAST(('0x' || cluster_id) AS UBIGINT)").fetchone()[0] == 0
    assert con.execute("SELECT min(doc_number), max(doc_number), count(DISTINCT doc_number) FROM documents").fetchone() == (1, 2_000, 2_000)
    results = run_reports(root, filters=Filters.parse(since="2020-01-01"))
    assert all(r.rows for r in results.values()), [n for n, r in results.items() if not r.rows]


def test_synthetic_articles_are_distinct_english_articles_of_100_to_300_words(tmp_path):
    words = write(tmp_path / "a", 120, fmt="jsonl", per_file=50)
    write(tmp_path / "t", 10, fmt="txt", per_file=4)
    docs = ingest(tmp_path / "a", 10 * 2**20).documents
    assert len(docs) == 120 and len({d.doc_id for d in docs}) == 120
    assert Counter(d.language for d in docs) == {"en": 120}
    assert all(100 <= len(d.text.split()) - len(d.title.split()) <= 340 for d in docs)  # the body, after its headline
    assert sum(len(d.text.split()) for d in docs) == words
    assert len(ingest(tmp_path / "t", 10 * 2**20).documents) == 10
    writer, cues = Writer(1, 0.5), ("withdrew", "surrendered", "pulled out", "cancelled", "refused to fight")
    with_event = sum(any(cue in a["text"] for cue in cues) for a in (writer.article(i) for i in range(200)))
    assert 60 < with_event < 140


def test_run_measured_sees_a_childs_memory_and_exit_code():
    grow = "x = bytearray(300 * 2**20); x[::4096] = b'1' * len(x[::4096]); import sys; sys.exit(3)"
    measured = run_measured([sys.executable, "-c", grow], interval=0.05)
    assert measured.returncode == 3
    assert measured.max_rss_mb > 250


def test_run_measured_hands_each_line_over_as_it_comes():
    seen = []
    measured = run_measured([sys.executable, "-c", "import sys, time; print('one', flush=True); time.sleep(0.3); print('two'); sys.stderr.write('e')"], on_line=seen.append)
    assert seen == ["one\n", "two\n"]
    assert (measured.stdout, measured.stderr, measured.returncode) == ("one\ntwo\n", "e", 0)


def test_write_section_replaces_its_own_section_and_keeps_the_others(tmp_path):
    path = tmp_path / "RESULTS.md"
    path.write_text("# Benchmark results\n\n## A\n\nold a\n\n## B\n\nold b\n", encoding="utf-8")
    write_section("A", "new a", path)
    write_section("C", "new c", path)
    assert path.read_text(encoding="utf-8") == "# Benchmark results\n\n## A\n\nnew a\n\n## B\n\nold b\n\n## C\n\nnew c\n"
