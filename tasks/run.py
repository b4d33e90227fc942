"""The steps of one pipeline run as plain functions: the flow wraps each in a task.

files → fingerprints (new / changed / unchanged / removed) → documents in
batches → events per batch → parts of a staged snapshot → publish
(``tasks/update.py`` keeps the run's state between the steps). Unchanged files
and documents keep their rows, so a second run over the same input gives the
same tables.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from tasks.budget import Budget, OverBudget
from tasks.extract.events import Extractor
from tasks.ingest import Document, IngestError
from tasks.nlp import add_entities, parse_lines
from tasks.settings import DEFAULT_BATCH_SIZE, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_PARTS
from tasks.store import Warehouse
from tasks.update import Update

T = TypeVar("T")
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

    Lines are parsed without named entities; the lines whose rules ask for them
    get them afterwards, all in one stream, and their documents are extracted
    again (``tasks/entities.py``). One document cannot stop the others: a
    document over its budget, or one whose extraction raises, is recorded in
    ``errors`` and gives no rows.
    """
    ex = extractor(model)
    out = Extracted()
    chosen: list[tuple[Document, list]] = []
    for doc in (d for d in documents if d.language in ENGLISH):
        try:
            with budget.time_limit():
                chosen.append((doc, budget.sentences(ex.select(doc.text))))
        except (Exception, OverBudget) as exc:
            out.fail(doc, exc)
    try:
        parsed = parse_lines([group for _, group in chosen], model, entities=False)
    except Exception:  # one document broke the batch: each is parsed alone, to find it
        for doc, group in chosen:
            out.rows.extend(_step(out, doc, budget, lambda: ex.extract(doc, parse_lines([group], model)[0])) or [])
        return out
    attempts = []
    for (doc, _), doc_lines in zip(chosen, parsed):
        attempt = _step(out, doc, budget, lambda: ex.attempt(doc, doc_lines))
        if attempt is not None:
            attempts.append((doc, doc_lines, attempt))
    try:
        add_entities([line for _, _, attempt in attempts for line in attempt.missing], model)
        added = True
    except Exception:  # each document gets its own below, to find the one that broke the stream
        added = False
    for doc, doc_lines, attempt in attempts:
        if not attempt.missing:
            out.rows.extend(attempt.rows)
            continue
        again = (lambda: ex.complete(doc, doc_lines, attempt)) if added else (lambda: ex.extract(doc, doc_lines))
        out.rows.extend(_step(out, doc, budget, again) or [])
    return out


def _step(out: Extracted, doc: Document, budget: Budget, step: Callable[[], T]) -> T | None:
    """``step()`` within the document's time limit; None, and the document recorded in ``out.errors``, if it fails."""
    try:
        with budget.time_limit():
            return step()
    except (Exception, OverBudget) as exc:
        out.fail(doc, exc)
        return None


def check_input(warehouse: Warehouse, input_dir: Path, replace: bool) -> None:
    """Refuse to mirror a different folder into a warehouse unless asked to."""
    runs = warehouse.read("runs", ["input_dir", "started_at"])
    if replace or runs.num_rows == 0:
        return
    last = runs.sort_by([("started_at", "descending")])["input_dir"][0].as_py()
    if last and Path(last) != Path(input_dir):
        raise InputChanged(
            f"{warehouse.root} holds articles from {last}; a run over {input_dir} would replace them. "
            "Use another --warehouse, or --replace to rebuild it from the new folder."
        )


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


def publish(warehouse: Warehouse, update: Update) -> None:
    """Make the run's staged snapshot current."""
    warehouse.commit(update.staging)


def run_in_process(
    warehouse: Warehouse,
    input_dir: Path,
    run_id: str,
    *,
    replace: bool = False,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_parts: int = DEFAULT_MAX_PARTS,
    model: str | None = None,
    budget: Budget = Budget(),
    follow_links: bool = False,
) -> dict:
    """The flow's steps in this process, without Prefect; the run's summary."""
    with warehouse.lock():
        check_input(warehouse, Path(input_dir), replace)
        update = Update.start(warehouse, Path(input_dir), run_id, datetime.now(timezone.utc), extractor(model).version, max_file_bytes, follow_links)
        for batch in update.batches(batch_size):
            update.write(batch, extract_batch(batch, model, budget))
        result = update.finish(max_parts)
        publish(warehouse, update)
    return result
