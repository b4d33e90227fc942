"""Extraction batches on a Dask cluster, as plain function calls.

The flow's one task hands the batches to a ``distributed.Client`` as they are
read, a few per worker ahead, and takes the results in the order of the
batches. Dask workers run
:func:`tasks.run.extract_batch` itself, not a Prefect task: they need sitrep
and its spaCy model installed, but no Prefect API (a Prefect task on a worker
would start a temporary Prefect server in every worker that cannot reach one).
Each worker process loads the pipeline, the extractor and the GeoNames index
once, on its first batch, and keeps them for the next ones.
"""
from __future__ import annotations

import tempfile
from contextlib import contextmanager
from functools import partial
from itertools import chain
from typing import Iterable, Iterator

from tasks.budget import Budget
from tasks.ingest import Document
from tasks.parallel import in_order
from tasks.run import Extracted, extract_batch


@contextmanager
def dask_client(address: str | None, workers: int) -> Iterator[object]:
    """A client of the cluster at ``address``; without one, of a local cluster of ``workers`` processes, closed afterwards."""
    from distributed import Client, LocalCluster

    if address:
        with Client(address) as client:
            yield client
        return
    with tempfile.TemporaryDirectory(prefix="sitrep-dask-") as scratch:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, local_directory=scratch,
        )
        with cluster, Client(cluster) as client:
            yield client


def extract_on_dask(batches: Iterable[list[Document]], model: str | None, budget: Budget, workers: int, address: str | None = None) -> Iterator[tuple[list[Document], Extracted]]:
    """``(batch, result)`` for each batch as it comes, in order, from Dask; at most two batches per worker in flight."""
    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    with dask_client(address, workers) as client:
        width = 2 * max(workers, len(client.scheduler_info().get("workers", {})))
        submit = partial(client.submit, extract_batch, model=model, budget=budget, pure=False)
        yield from in_order(chain([first], batches), submit, width)
