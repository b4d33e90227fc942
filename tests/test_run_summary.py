"""What a run reports: the Prefect artifact (documents, events and clusters by type), one log line of counts, retries on I/O only."""
from __future__ import annotations

import pytest
from prefect.states import Completed, Failed

from flows.pipeline import build_task, extract_task, ingest_task, publish_task, retry_on_os_error
from tasks.run import summary_log, summary_markdown
from tests.fixtures.articles import NEAR_MISSES, RETREAT_AND_CANCEL
from tests.test_pipeline import run_steps


@pytest.mark.model
def test_artifact_and_log_count_documents_events_and_clusters(articles, tmp_path):
    root = articles({"a.txt": RETREAT_AND_CANCEL, "copy.txt": RETREAT_AND_CANCEL + "\nThe same report, again.", "b.txt": NEAR_MISSES, "bad.json": "{"})
    s, wh = run_steps(root, tmp_path / "w", "r1")
    clusters = wh.read("event_clusters")["event_type"].to_pylist()
    assert s["clusters_by_type"] == {t: clusters.count(t) for t in sorted(set(clusters))}
    assert sum(s["clusters_by_type"].values()) < sum(s["events_by_type"].values())  # two reports, one event each
    markdown = summary_markdown(s)
    assert "| 3 | 3 | 0 | 0 | 0 | 1 | 0 |" in markdown  # seen, new, changed, unchanged, removed, failed, skipped
    for event_type, n in s["clusters_by_type"].items():
        assert f"| {event_type} | {n} |" in markdown.split("clusters (real-world events)")[1]
    line = summary_log(s)
    assert "\n" not in line and "failed 1" in line and f"clusters {len(clusters)}" in line


def test_only_io_tasks_retry_and_only_on_os_errors():
    assert (ingest_task.retries, publish_task.retries) == (2, 2)
    assert (extract_task.retries, build_task.retries) == (0, 0)
    assert retry_on_os_error(None, None, Failed(data=OSError("disk full")))
    assert not retry_on_os_error(None, None, Failed(data=ValueError("bad data")))
    assert not retry_on_os_error(None, None, Completed(data=1))
