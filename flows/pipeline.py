"""The Prefect flow: files → documents → events → Parquet → DuckDB catalog.

Thin by design: every step is a plain function in ``tasks/`` that the tests
call directly; here each becomes a task, extraction one task per batch of
documents (never one per document).
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from tasks import failpoints, run as steps
from tasks.budget import Budget
from tasks.ingest import ingest
from tasks.progress import tracked
from tasks.settings import DEFAULT_BATCH_SIZE, DEFAULT_MAX_DOC_SECONDS, DEFAULT_MAX_DOC_SENTENCES, DEFAULT_MAX_FILE_BYTES
from tasks.store import Warehouse


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
IO_RETRIES = {"retries": 2, "retry_delay_seconds": [2, 8], "retry_condition_fn": retry_on_os_error}

ingest_task = task(name="ingest", cache_policy=NO_CACHE, **IO_RETRIES)(ingest)
extract_task = task(name="extract-batch", cache_policy=NO_CACHE)(steps.extract_batch)
build_task = task(name="build-tables", cache_policy=NO_CACHE)(steps.build_tables)
publish_task = task(name="publish", cache_policy=NO_CACHE, **IO_RETRIES)(steps.publish)


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
) -> dict:
    """Run the pipeline over ``input_dir`` into ``warehouse_dir``; returns the run summary."""
    started = datetime.now(timezone.utc)
    run_id = steps.new_run_id(started)
    warehouse = Warehouse(warehouse_dir)
    with warehouse.lock():
        steps.check_input(warehouse, Path(input_dir), replace)
        ingested = ingest_task(Path(input_dir), max_file_bytes, follow_links)
        failpoints.reached("after_ingest")
        previous = {name: warehouse.read(name) for name in ("documents", "events", "runs")}
        the_plan = steps.plan(ingested.documents, previous["documents"], steps.extractor(model).version)
        events: list[dict] = []
        failures = []
        budget = Budget(max_doc_sentences, max_doc_seconds)
        for batch in tracked(steps.batches(the_plan.to_extract, batch_size), len(the_plan.to_extract)):
            extracted = extract_task(batch, model, budget)
            events.extend(extracted.rows)
            failures.extend(extracted.errors)
        ingested, the_plan = steps.set_aside(ingested, failures, previous["documents"], model)
        tables = build_task(
            run_id, ingested, the_plan, events, previous["documents"], previous["events"], previous["runs"], started, Path(input_dir), model,
        )
        publish_task(warehouse, run_id, tables)
    result = steps.summary(tables, run_id)
    get_run_logger().info(steps.summary_log(result))
    create_markdown_artifact(markdown=steps.summary_markdown(result), key="sitrep-run-summary", description="sitrep run summary")
    return result
