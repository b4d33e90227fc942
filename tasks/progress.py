"""A progress bar over the extraction batches, on stderr and only when stderr is a terminal.

In a pipe, a log file, CI or a test, :func:`tracked` passes the batches
through and prints nothing.
"""
from __future__ import annotations

import sys
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

Batch = TypeVar("Batch", bound=Sequence)


def tracked(batches: Iterable[Batch], total: int, label: str = "extracting", stream=None, done: Callable[[], int] | None = None) -> Iterator[Batch]:
    """Yield ``batches``; a terminal sees a bar of the ``total`` items they hold, gone when done.

    With ``done``, the bar shows ``done()`` after each batch instead (items that are not the batches' own: files read).
    """
    stream = sys.stderr if stream is None else stream
    if total <= 0 or not stream.isatty():
        yield from batches
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(file=stream), transient=True) as bar:
        task = bar.add_task(label, total=total)
        for batch in batches:
            yield batch
            if done is None:
                bar.advance(task, len(batch))
            else:
                bar.update(task, completed=done())
