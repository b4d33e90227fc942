"""Extraction batches in several processes of this machine.

Each worker process loads the spaCy pipeline, the extractor and the GeoNames
index once (``warm_up``) and then runs :func:`tasks.run.extract_batch` on
batch after batch in its main thread, where the per-document time limit (an
alarm) works as it does in a one-process run. Results come back in the order
of the batches, so a run gives the same rows whatever the number of workers.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

from tasks.budget import Budget
from tasks.ingest import Document
from tasks.run import Extracted, extract_batch, extractor

B = TypeVar("B")


# Written for the warm-up: a headline and an event of each type, to take the extractor's whole way once
# (recasing, place names, the rules' matchers).
WARM_UP_TEXT = (
    "Troops Withdraw From Kherson\n"
    "Russian troops withdrew from Kherson on Friday, officials said. Forty marines surrendered in Mariupol. "
    "The city cancelled its Victory Day parade. Soldiers refused to fight and deserted their unit.\n"
)


def warm_up(model: str | None = None) -> None:
    """Load what every batch needs, once per process: the pipeline, the extractor, the GeoNames index, and the
    tables the extraction builds on first use (name expressions, matchers), by extracting one short text."""
    from tasks.ingest import Document, doc_id_for
    from tasks.nlp import load_model
    from tasks.normalize.geo import gazetteer

    load_model(model)
    extractor(model)
    gazetteer().path  # opens the index, building it first if this machine has none
    extract_batch([Document(doc_id=doc_id_for(WARM_UP_TEXT), source_path="warm-up.txt", format="txt", text=WARM_UP_TEXT)], model)


def _worker_start(model: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent stops the workers
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True, name="sitrep-parent-watch").start()
    warm_up(model)


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """A killed ``sitrep run`` cannot stop its workers: each one leaves when it sees its parent gone."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def process_pool(workers: int, model: str | None = None) -> ProcessPoolExecutor:
    """``workers`` fresh processes, each warmed up for ``model``, each running work in its main thread."""
    # spawn, not fork: the parent runs Prefect's threads and event loops, which a forked child must not inherit
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_start, initargs=(model,))


def extract_in_processes(batches: Sequence[list[Document]], model: str | None, budget: Budget, workers: int) -> list[Extracted]:
    """``extract_batch`` over every batch in up to ``workers`` processes; one result per batch, in order."""
    return [extracted for _, extracted in extract_stream(batches, model, budget, workers)]


def extract_stream(batches: Iterable[list[Document]], model: str | None, budget: Budget, workers: int) -> Iterator[tuple[list[Document], Extracted]]:
    """``(batch, result)`` for each batch as it comes, in order, from up to ``workers`` processes.

    At most two batches per worker are read ahead, so memory holds a few
    batches, not the input. With one worker, or one batch, the batches run in
    this process.
    """
    batches = iter(batches)
    ahead = list(islice(batches, 2 * workers))
    workers = min(workers, len(ahead))
    if workers <= 1:
        for batch in chain(ahead, batches):
            yield batch, extract_batch(batch, model, budget)
        return
    pool = process_pool(workers, model)
    try:
        yield from in_order(chain(ahead, batches), lambda batch: pool.submit(extract_batch, batch, model, budget), 2 * workers)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def in_order(batches: Iterable[B], submit: Callable[[B], Any], width: int) -> Iterator[tuple[B, Any]]:
    """``(batch, future.result())`` in the order of ``batches``, with at most ``width`` submitted and not yet taken."""
    batches = iter(batches)
    pending = deque((batch, submit(batch)) for batch in islice(batches, width))
    while pending:
        batch, future = pending.popleft()
        result = future.result()
        following = next(batches, None)
        if following is not None:
            pending.append((following, submit(following)))
        yield batch, result


def _stop(pool: ProcessPoolExecutor) -> None:
    """Interrupted or failed: end the workers now rather than after the batches they are running."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way before Python 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(5)
