"""The Prefect flow: files → documents → events → Parquet → DuckDB catalog.

Thin by design: every step is a plain function in ``tasks/`` that the tests
call directly; here each becomes a task. Extraction is one task whatever the
size of the input (a Prefect task per batch would keep run state per batch in
this process): files are read as the batches are needed and each batch's rows
are written as its result comes (``tasks/update.py``). With one worker the
batches run in this process; with several, or on Dask, they go to worker
processes (``tasks/parallel.py``, ``tasks/dask_batches.py``) and their results
are written in batch order.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from tasks import failpoints, run as steps
from tasks.budget import Budget
from tasks.progress import tracked
from tasks.settings import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_DOC_SECONDS,
    DEFAULT_MAX_DOC_SENTENCES,
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_PARTS,
    default_workers,
)
from tasks.store import Warehouse
from tasks.update import Update


def retry_on_os_error(task, task_run, state) -> bool:
    """Retry a task only when it failed on I/O (OSError), not on a bug or bad data."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:
        return False
    return False


# Reading files and writing the warehouse can fail for a moment (a network drive, a full disk being
# freed): those two retry on OSError, after 2 s, then 8 s. Extraction is deterministic: never retried.
TASK_RUNNERS = ("local", "dask")  # where the extraction batches run (a str, not a Literal: deployments rebuild the parameter model)
IO_RETRIES = {"retries": 2, "retry_delay_seconds": [2, 8], "retry_condition_fn": retry_on_os_error}

ingest_task = task(name="ingest", cache_policy=NO_CACHE, **IO_RETRIES)(Update.start)
build_task = task(name="build-tables", cache_policy=NO_CACHE)(Update.finish)
publish_task = task(name="publish", cache_policy=NO_CACHE, **IO_RETRIES)(steps.publish)


@task(name="extract-batches", cache_policy=NO_CACHE)
def extract_task(
    update: Update, batch_size: int, model: str | None, budget: Budget, workers: int, task_runner: str, dask_address: str | None,
) -> None:
    """Extract the batches as the files are read (here, or in worker processes, or on Dask); write each result as it comes back."""
    if task_runner == "dask":
        from tasks.dask_batches import extract_on_dask as stream
    else:
        from tasks.parallel import extract_stream as stream
    options = {"address": dask_address} if task_runner == "dask" else {}
    batches = update.batches(batch_size)
    if task_runner == "local" and workers <= 1:
        batches = tracked(batches, len(update.to_read), done=lambda: update.files_read)
    for batch, extracted in stream(batches, model, budget, workers, **options):
        update.write(batch, extracted)


@flow(name="sitrep", log_prints=False, validate_parameters=True)
def sitrep_flow(
    input_dir: Path,
    warehouse_dir: Path,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    model: str | None = None,
    replace: bool = False,
    follow_links: bool = False,
    max_doc_sentences: int = DEFAULT_MAX_DOC_SENTENCES,
    max_doc_seconds: float = DEFAULT_MAX_DOC_SECONDS,
    workers: int | None = None,
    task_runner: str = "local",
    dask_address: str | None = None,
    max_parts: int = DEFAULT_MAX_PARTS,
) -> dict:
    """Run the pipeline over ``input_dir`` into ``warehouse_dir``; returns the run summary.

    ``workers`` processes parse and extract (default: one per core; with one,
    batches run in this process); ``task_runner="dask"`` runs them on the Dask
    cluster at ``dask_address``, or on a local one of ``workers`` processes.
    A table of more than ``max_parts`` part files has its smallest merged.
    """
    workers = workers or default_workers()
    if task_runner not in TASK_RUNNERS:
        raise ValueError(f"task_runner must be one of {', '.join(TASK_RUNNERS)}, got {task_runner!r}")
    started = datetime.now(timezone.utc)
    run_id = steps.new_run_id(started)
    warehouse = Warehouse(warehouse_dir)
    with warehouse.lock():
        steps.check_input(warehouse, Path(input_dir), replace)
        update = ingest_task(warehouse, Path(input_dir), run_id, started, steps.extractor(model).version, max_file_bytes, follow_links)
        failpoints.reached("after_ingest")
        budget = Budget(max_doc_sentences, max_doc_seconds)
        extract_task(update, batch_size, model, budget, workers, task_runner, dask_address)
        result = build_task(update, max_parts)
        publish_task(warehouse, update)
    get_run_logger().info(steps.summary_log(result))
    create_markdown_artifact(markdown=steps.summary_markdown(result), key="sitrep-run-summary", description="sitrep run summary")
    return result
