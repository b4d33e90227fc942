"""Extraction batches on a Dask cluster, as plain function calls.

The flow's one task hands every batch to a ``distributed.Client`` and gathers
the results in the order of the batches. Dask workers run
:func:`tasks.run.extract_batch` itself, not a Prefect task: they need sitrep
and its spaCy model installed, but no Prefect API (a Prefect task on a worker
would start a temporary Prefect server in every worker that cannot reach one).
Each worker process loads the pipeline, the extractor and the GeoNames index
once, on its first batch, and keeps them for the next ones.
"""
from __future__ import annotations

import tempfile
from contextlib import contextmanager
from typing import Iterator, Sequence

from tasks.budget import Budget
from tasks.ingest import Document
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


def extract_on_dask(batches: Sequence[list[Document]], model: str | None, budget: Budget, workers: int, address: str | None = None) -> list[Extracted]:
    """``extract_batch`` over every batch on Dask; one result per batch, in order."""
    if not batches:
        return []
    with dask_client(address, workers) as client:
        futures = client.map(extract_batch, list(batches), model=model, budget=budget, pure=False)
        return client.gather(futures)
