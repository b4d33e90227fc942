"""A per-document budget for extraction: how many sentences may be parsed, and how long a step may take.

A document over budget is recorded in ``ingest_errors`` as ``over_budget``
and left out of the warehouse; the run goes on with the others. The sentence
cap is exact and is checked before anything is parsed. The time limit is an
alarm in the main thread (where ``sitrep run`` and its worker processes
extract); in any other thread (a Dask worker runs tasks in threads) a timer
raises OverBudget in that thread. Either way the step is interrupted at the
next Python instruction, not inside a call into C.
"""
from __future__ import annotations

import ctypes
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator, TypeVar

from tasks.settings import DEFAULT_MAX_DOC_SECONDS, DEFAULT_MAX_DOC_SENTENCES

T = TypeVar("T")


class OverBudget(BaseException):
    """A document that needs more than its budget.

    A BaseException, because the alarm raises it wherever the step happens to
    be, and library code that catches ``Exception`` must not swallow it.
    """


@dataclass(frozen=True)
class Budget:
    max_sentences: int = DEFAULT_MAX_DOC_SENTENCES  # sentences of one document sent to the parser
    max_seconds: float = DEFAULT_MAX_DOC_SECONDS  # one step (choosing sentences, extraction) of one document

    def sentences(self, chosen: Iterable[T]) -> list[T]:
        """All of ``chosen``, or OverBudget as soon as there are more than ``max_sentences``."""
        out: list[T] = []
        for item in chosen:
            if len(out) == self.max_sentences:
                raise OverBudget(f"more than {self.max_sentences} sentences to parse (SITREP_MAX_DOC_SENTENCES)")
            out.append(item)
        return out

    @contextmanager
    def time_limit(self) -> Iterator[None]:
        """Raise OverBudget in the block once it has run ``max_seconds``."""
        message = f"took more than {self.max_seconds:g} s (SITREP_MAX_DOC_SECONDS)"
        if threading.current_thread() is not threading.main_thread():
            with _thread_alarm(self.max_seconds, message):
                yield
            return

        def on_alarm(signum, frame):
            raise OverBudget(message)

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, self.max_seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)  # cancel first, then give the signal back
            signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_alarm(seconds: float, message: str) -> Iterator[None]:
    """The alarm of a thread other than the main one: a timer that raises OverBudget in it."""
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    done = []

    def on_alarm():
        with lock:
            if not done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(OverBudget))

    timer = threading.Timer(seconds, on_alarm)
    timer.daemon = True
    start = time.monotonic()
    timer.start()
    try:
        yield
    except OverBudget as exc:
        if exc.args:
            raise
        raise OverBudget(message) from None
    finally:
        with lock:
            done.append(True)
        timer.cancel()
        ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)  # one raised too late to land stays pending: drop it
    if time.monotonic() - start > seconds:  # the step ended inside a call into C before the exception could land
        raise OverBudget(message)
