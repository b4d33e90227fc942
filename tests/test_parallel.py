"""Extraction in several processes, and on Dask: the same rows, in the same order, as in one process."""
from __future__ import annotations

import pytest

from tasks.budget import Budget, OverBudget
from tasks.ingest import ingest
from tasks.settings import Settings, default_workers
from tests.fixtures.articles import NEAR_MISSES, RETREAT_AND_CANCEL

EVENT = "Russian troops withdrew from the village near Kupiansk on Tuesday, the general staff said."
TOWNS = ("Kupiansk", "Kreminna", "Izium", "Bakhmut", "Lyman")


def sample(articles) -> dict:
    """Articles for five batches: events in several towns, near misses, and one over the sentence budget."""
    files = {f"{town.lower()}.txt": RETREAT_AND_CANCEL.replace("Kupiansk", town) for town in TOWNS}
    files.update({"misses.txt": NEAR_MISSES, "long.txt": "Troops leave\n" + " ".join([EVENT] * 30)})
    return files


def spin_under_budget(seconds: float) -> str:
    try:
        with Budget(max_seconds=seconds).time_limit():
            while True:
                pass
    except OverBudget as exc:
        return str(exc)


def test_workers_come_from_the_flag_then_the_environment_then_the_cores():
    assert Settings.resolve("in", "w", environ={}).workers == default_workers() >= 1
    assert Settings.resolve("in", "w", environ={"SITREP_WORKERS": "3"}).workers == 3
    assert Settings.resolve("in", "w", environ={"SITREP_WORKERS": "3"}, workers="2").workers == 2
    for bad in ("0", "two", "-1"):
        with pytest.raises(ValueError, match="number of workers"):
            Settings.resolve("in", "w", environ={}, workers=bad)


def test_run_flags_are_checked_before_prefect_starts(tmp_path, capsys):
    from flows.cli import main

    (tmp_path / "in").mkdir()
    assert main(["run", "--input", str(tmp_path / "in"), "--warehouse", str(tmp_path / "w"), "--workers", "0"]) == 2
    assert "number of workers must be positive" in capsys.readouterr().err
    assert main(["run", "--input", str(tmp_path / "in"), "--warehouse", str(tmp_path / "w"), "--dask-address", "tcp://127.0.0.1:8786"]) == 2
    assert "--dask-address needs --task-runner dask" in capsys.readouterr().err
    assert not (tmp_path / "w").exists()


@pytest.mark.model
def test_two_processes_give_the_rows_and_errors_of_one(articles):
    from tasks.parallel import extract_in_processes
    from tasks.run import batches, extract_batch

    documents = ingest(articles(sample(articles)), 10**6).documents
    budget = Budget(max_sentences=20)
    in_batches = batches(documents, 2)
    one = [extract_batch(batch, None, budget) for batch in in_batches]
    two = extract_in_processes(in_batches, None, budget, workers=2)
    assert [r.rows for r in two] == [r.rows for r in one]
    assert [r.errors for r in two] == [r.errors for r in one]
    assert [e.source_path for r in two for e in r.errors] == ["long.txt"]
    realis = {row["location"] for r in two for row in r.rows if row["realis"] and row["event_type"] == "RETREAT"}
    assert set(TOWNS) <= realis


@pytest.mark.model
def test_the_time_limit_interrupts_a_step_in_a_worker_process():
    from tasks.parallel import process_pool

    with process_pool(1) as pool:
        assert "SITREP_MAX_DOC_SECONDS" in pool.submit(spin_under_budget, 0.2).result(timeout=120)


POOL_THEN_WAIT = (
    "import os, time\n"
    "from tasks.parallel import process_pool\n"
    "pool = process_pool(1)\n"
    "print(pool.submit(os.getpid).result(), flush=True)\n"
    "time.sleep(600)\n"
)


@pytest.mark.model
def test_workers_leave_when_sitrep_is_killed():
    import signal
    import subprocess
    import sys
    import time

    import psutil

    parent = subprocess.Popen([sys.executable, "-c", POOL_THEN_WAIT], stdout=subprocess.PIPE, text=True)
    try:
        worker = psutil.Process(int(parent.stdout.readline()))
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE:
        time.sleep(0.1)
    gone = not worker.is_running() or worker.status() == psutil.STATUS_ZOMBIE
    if not gone:
        worker.kill()
    assert gone


TWO_HEDGES = "Soldiers refuse orders\nRussian soldiers reportedly refused to fight near Kupiansk, and their commander is said to have fled."
EXTRACT_ONE = (
    "import json, sys\n"
    "from tasks.ingest import Document\n"
    "from tasks.run import extract_batch\n"
    "rows = extract_batch([Document('d', 'a.txt', 'txt', sys.argv[1])]).rows\n"
    "print(json.dumps([(r['event_type'], r['modality'], r['modality_cue']) for r in rows]))\n"
)


@pytest.mark.model
def test_rows_do_not_depend_on_the_hash_seed_of_the_process():
    """Every worker process has its own string hashes: a choice made in set order would differ between workers."""
    import json
    import os
    import subprocess
    import sys

    def rows(seed: str) -> list:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", EXTRACT_ONE, TWO_HEDGES], env=env, capture_output=True, text=True, timeout=300, check=True)
        return json.loads(done.stdout)

    assert rows("1") == rows("4") == [["REFUSAL_TO_FIGHT", "asserted", None], ["REFUSAL_TO_FIGHT", "reported", "is said to"]]


def flow_tables(tmp_path, root, name, **options) -> dict:
    """Run the flow and return its events and clusters, less the columns that name the run."""
    from flows.pipeline import sitrep_flow
    from tasks.store import Warehouse

    summary = sitrep_flow(input_dir=root, warehouse_dir=tmp_path / name, batch_size=1, max_doc_sentences=20, **options)
    wh = Warehouse(tmp_path / name)
    tables = {t: wh.read(t).drop_columns(["run_id"]) for t in ("events", "event_clusters")}
    errors = wh.read("ingest_errors").drop_columns(["run_id"])
    return {"summary": {k: v for k, v in summary.items() if k != "run_id"}, "errors": errors, **tables}


@pytest.mark.slow
def test_flow_with_two_workers_writes_the_tables_of_one(prefect_harness, articles, tmp_path):
    root = articles(sample(articles))
    one = flow_tables(tmp_path, root, "one", workers=1)
    two = flow_tables(tmp_path, root, "two", workers=2)
    assert one["summary"]["events"] > 0 and one["summary"]["failed"] == 1
    for name in one:
        assert two[name] == one[name], name


@pytest.mark.slow
def test_flow_on_a_local_dask_cluster_writes_the_tables_of_one_process(prefect_harness, articles, tmp_path):
    root = articles(sample(articles))
    one = flow_tables(tmp_path, root, "one", workers=1)
    dask = flow_tables(tmp_path, root, "dask", workers=2, task_runner="dask")
    for name in one:
        assert dask[name] == one[name], name


@pytest.mark.model
def test_the_warm_up_text_takes_every_event_type_once():
    from tasks.ingest import Document, doc_id_for
    from tasks.parallel import WARM_UP_TEXT
    from tasks.run import extract_batch

    out = extract_batch([Document(doc_id=doc_id_for(WARM_UP_TEXT), source_path="warm-up.txt", format="txt", text=WARM_UP_TEXT)])
    assert {r["event_type"] for r in out.rows if r["realis"]} == {"RETREAT", "SURRENDER", "CANCELLED_CELEBRATION", "REFUSAL_TO_FIGHT"}
