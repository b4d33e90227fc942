"""The steps of one pipeline run as plain functions: the flow wraps each in a task.

documents → plan (new / changed / unchanged / removed) → events per batch →
tables → publish. Unchanged documents keep their rows from the warehouse, so a
second run over the same input gives the same tables.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from tasks import failpoints
from tasks.budget import Budget, OverBudget
from tasks.cluster import cluster_tables
from tasks.extract.events import Extractor
from tasks.ingest import Document, IngestError, Ingested
from tasks.nlp import lines, parse_lines
from tasks.schema import TABLES, to_table
from tasks.store import Warehouse, conform

ENGLISH = {"en"}  # "und" (too short or unsure) is stored, not sent to the English rules


class InputChanged(RuntimeError):
    """The warehouse mirrors another input folder."""


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def extractor(model: str | None = None) -> Extractor:
    """The extractor for a spaCy pipeline, built once per process (``extractor()`` is ``extractor(None)``)."""
    return _extractor(model)


@lru_cache(maxsize=4)
def _extractor(model: str | None) -> Extractor:
    return Extractor(model=model)


@dataclass
class Plan:
    to_extract: list[Document] = field(default_factory=list)
    kept_paths: set[str] = field(default_factory=set)  # unchanged: rows reused
    n_new: int = 0
    n_changed: int = 0
    n_removed: int = 0


def plan(documents: list[Document], previous: pa.Table, extractor_version: str) -> Plan:
    """Which documents need extraction, which keep their rows, how many went away.

    A document is kept when its text, the extractor and its language are as before: a new language
    guess decides anew whether the English rules read it.
    """
    before = {
        row["source_path"]: (row["doc_id"], row["extractor_version"], row["language"])
        for row in previous.select(["source_path", "doc_id", "extractor_version", "language"]).to_pylist()
    }
    out = Plan()
    current = set()
    for doc in documents:
        current.add(doc.source_path)
        old = before.get(doc.source_path)
        if old == (doc.doc_id, extractor_version, doc.language):
            out.kept_paths.add(doc.source_path)
            continue
        out.to_extract.append(doc)
        if old is None:
            out.n_new += 1
        else:
            out.n_changed += 1
    out.n_removed = len(set(before) - current)
    return out


def batches(documents: list[Document], size: int) -> list[list[Document]]:
    return [documents[i : i + size] for i in range(0, len(documents), size)]


@dataclass
class Extracted:
    rows: list[dict] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)  # documents left out: over_budget, extract_failed

    def fail(self, doc: Document, exc: BaseException) -> None:
        if isinstance(exc, OverBudget):
            self.errors.append(IngestError(doc.source_path, "over_budget", str(exc)))
        else:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            self.errors.append(IngestError(doc.source_path, "extract_failed", f"{type(exc).__name__}: {reason}".rstrip(": ")))


def extract_batch(documents: list[Document], model: str | None = None, budget: Budget = Budget()) -> Extracted:
    """Parse a batch of documents (only lines the prefilter keeps) and extract their events.

    One document cannot stop the others: a document over its budget, or one
    whose extraction raises, is recorded in ``errors`` and gives no rows.
    """
    ex = extractor(model)
    out = Extracted()
    chosen: list[tuple[Document, list]] = []
    for doc in (d for d in documents if d.language in ENGLISH):
        try:
            with budget.time_limit():
                chosen.append((doc, budget.sentences(line for line in lines(0, doc.text) if ex.keep(line.text))))
        except (Exception, OverBudget) as exc:
            out.fail(doc, exc)
    try:
        parsed = parse_lines([group for _, group in chosen], model)
    except Exception:  # one document broke the batch: each is parsed alone below, to find it
        parsed = None
    for i, (doc, group) in enumerate(chosen):
        try:
            with budget.time_limit():
                rows = ex.extract(doc, parsed[i] if parsed is not None else parse_lines([group], model)[0])
        except (Exception, OverBudget) as exc:
            out.fail(doc, exc)
            continue
        out.rows.extend(rows)
    return out


def set_aside(ingested: Ingested, failures: list[IngestError], previous_documents: pa.Table, model: str | None = None) -> tuple[Ingested, Plan]:
    """Leave out the documents whose extraction failed, as if they could not be read: quarantined, no rows."""
    failed = {e.source_path for e in failures}
    kept = Ingested(
        documents=[d for d in ingested.documents if d.source_path not in failed],
        errors=ingested.errors + failures,
        skipped=ingested.skipped,
    )
    return kept, plan(kept.documents, previous_documents, extractor(model).version)


def build_tables(
    run_id: str,
    ingested: Ingested,
    the_plan: Plan,
    events: list[dict],
    previous_documents: pa.Table,
    previous_events: pa.Table,
    previous_runs: pa.Table,
    started_at: datetime,
    input_dir: Path,
    model: str | None = None,
) -> dict[str, pa.Table]:
    """The warehouse after this run: reused rows of unchanged documents plus new rows."""
    version = extractor(model).version
    now = datetime.now(timezone.utc)
    counts: dict[str, int] = {}
    for row in events:
        counts[row["source_path"]] = counts.get(row["source_path"], 0) + 1
    fresh_docs = [
        {
            "doc_id": d.doc_id, "source_path": d.source_path, "format": d.format, "title": d.title, "url": d.url,
            "published_at": d.published_at, "published_precision": d.published_precision, "source": d.source,
            "language": d.language, "encoding": d.encoding, "n_chars": len(d.text), "n_events": counts.get(d.source_path, 0),
            "text": d.text, "extractor_version": version, "run_id": run_id, "ingested_at": now,
        }
        for d in the_plan.to_extract
    ]
    keep = pa.array(sorted(the_plan.kept_paths), pa.string())
    documents = pa.concat_tables([_rows_for(previous_documents, keep), to_table("documents", fresh_docs)])
    events_table = pa.concat_tables(
        [_rows_for(previous_events, keep), to_table("events", [{**r, "run_id": run_id} for r in events])]
    )
    documents = documents.sort_by("source_path")
    events_table = events_table.sort_by([("source_path", "ascending"), ("sentence_start", "ascending"), ("event_id", "ascending")])
    events_table, clusters = cluster_tables(events_table, documents, run_id)  # over all realis rows: a new article may join an old event
    errors = to_table(
        "ingest_errors",
        [{"run_id": run_id, "source_path": e.source_path, "error_class": e.error_class, "message": e.message, "action": e.action} for e in ingested.errors],
    )
    n_failed = sum(e.action == "quarantined" for e in ingested.errors)
    run_row = {
        "run_id": run_id, "started_at": started_at, "finished_at": now, "input_dir": str(input_dir),
        "extractor_version": version, "n_inputs": len(ingested.documents) + n_failed + len(ingested.skipped), "n_documents": len(ingested.documents),
        "n_new": the_plan.n_new, "n_changed": the_plan.n_changed, "n_unchanged": len(the_plan.kept_paths),
        "n_removed": the_plan.n_removed, "n_failed": n_failed,
        "n_skipped": len(ingested.skipped), "n_events": events_table.num_rows,
    }
    runs = pa.concat_tables([previous_runs, to_table("runs", [run_row])])
    return {"documents": documents, "events": events_table, "event_clusters": clusters, "runs": runs, "ingest_errors": errors}


def _rows_for(table: pa.Table, paths: pa.Array) -> pa.Table:
    import pyarrow.compute as pc

    return table.filter(pc.is_in(table["source_path"], value_set=paths))


def check_input(warehouse: Warehouse, input_dir: Path, replace: bool) -> None:
    """Refuse to mirror a different folder into a warehouse unless asked to."""
    runs = warehouse.read("runs")
    if replace or runs.num_rows == 0:
        return
    last = runs.sort_by([("started_at", "descending")])["input_dir"][0].as_py()
    if last and Path(last) != Path(input_dir):
        raise InputChanged(
            f"{warehouse.root} holds articles from {last}; a run over {input_dir} would replace them. "
            "Use another --warehouse, or --replace to rebuild it from the new folder."
        )


def summary(tables: dict[str, pa.Table], run_id: str) -> dict:
    """What a run did, for the terminal and the Prefect artifact."""
    run = next(r for r in tables["runs"].to_pylist() if r["run_id"] == run_id)
    events = tables["events"]
    realis_types = [t for t, realis in zip(events["event_type"].to_pylist(), events["realis"].to_pylist()) if realis]
    return {
        "run_id": run_id,
        "documents_seen": run["n_documents"],
        "new": run["n_new"],
        "changed": run["n_changed"],
        "unchanged": run["n_unchanged"],
        "removed": run["n_removed"],
        "failed": run["n_failed"],
        "skipped": run["n_skipped"],
        "events": run["n_events"],
        "events_by_type": _counts(realis_types),
        "clusters_by_type": _counts(tables["event_clusters"]["event_type"].to_pylist()),
        "errors": [
            f"{r['source_path']}: {r['error_class']}: {r['message']}" for r in tables["ingest_errors"].to_pylist()
        ],
    }


def _counts(values: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items()))


def summary_log(s: dict) -> str:
    """One line of counts for the run's log (never one line per document)."""
    return (
        f"documents seen {s['documents_seen']}: new {s['new']}, changed {s['changed']}, unchanged {s['unchanged']}, removed {s['removed']}, "
        f"failed {s['failed']}, skipped {s['skipped']}; event rows {s['events']}, clusters {sum(s['clusters_by_type'].values())}"
    )


def summary_markdown(s: dict) -> str:
    lines = [
        f"# sitrep run {s['run_id']}",
        "",
        "| documents seen | new | changed | unchanged | removed | failed | skipped | event rows |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        f"| {s['documents_seen']} | {s['new']} | {s['changed']} | {s['unchanged']} | {s['removed']} | {s['failed']} | {s['skipped']} | {s['events']} |",
        "",
        "| event type (realis) | count |",
        "| --- | --- |",
    ]
    lines += [f"| {t} | {n} |" for t, n in s["events_by_type"].items()]
    lines += ["", "| event type | clusters (real-world events) |", "| --- | --- |"]
    lines += [f"| {t} | {n} |" for t, n in s["clusters_by_type"].items()]
    return "\n".join(lines)


def publish(warehouse: Warehouse, run_id: str, tables: dict[str, pa.Table]) -> None:
    failpoints.reached("after_extract")
    warehouse.publish(run_id, {name: conform(t, TABLES[name]) for name, t in tables.items()})
