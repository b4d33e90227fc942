"""``sitrep watch``: the flow every INTERVAL in one long-lived process, the model kept loaded.

A ``sitrep run`` spends about 3 s before it reads a file (importing Prefect
and spaCy, loading the pipeline and the extractor) and a served deployment
pays that on every scheduled run, since Prefect starts each flow run in a
fresh process. A watcher pays it once: each tick calls the flow in this
process, where the pipeline, the extractor and the GeoNames index stay
loaded, so a tick that finds a few new articles costs little more than
parsing them. Each tick is a Prefect flow run: on the server of
``PREFECT_API_URL`` when one is set (its UI lists them), else on a temporary
server that lives as long as the watcher.

Ticks never overlap: one that runs longer than the interval is followed by
the next on the interval's grid, the missed ones skipped. A failed tick is
reported and the next one runs; Ctrl-C or SIGTERM between ticks ends the
watch cleanly, during a tick it interrupts the run as it would a ``sitrep run``
(the warehouse keeps its last published snapshot).
"""
from __future__ import annotations

import math
import os
import re
import time
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in ``text``: a number of seconds, or one with a unit (``90s``, ``15m``, ``1h``, ``1d``)."""
    match = _INTERVAL.fullmatch(text.strip().lower())
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"interval must be a positive number of seconds or one like 90s, 15m, 1h, 1d; got {text!r}")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


@dataclass(frozen=True)
class Tick:
    """One run of the watch: its number (from 1), when it started, how long it took, its summary or its error."""

    number: int
    started: datetime
    seconds: float
    summary: dict | None = None
    error: str | None = None

    def as_dict(self) -> dict:
        return {"tick": self.number, "started": self.started.isoformat(), "seconds": round(self.seconds, 3), "summary": self.summary, "error": self.error}


def first_line(exc: BaseException) -> str:
    """An exception as one line: its message's first line, else its type's name."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def next_start(first: float, every: float, now: float) -> float:
    """The first point of the grid ``first + k * every`` (k ≥ 1) that is not before ``now``."""
    return first + every * max(1, math.ceil((now - first) / every))


@dataclass
class Watched:
    """What a watch did: how many runs, how many failed, and the last tick (earlier ones are not kept)."""

    runs: int = 0
    failed: int = 0
    last: Tick | None = None


def watch(
    run: Callable[[], dict],
    every: float,
    runs: int | None = None,
    *,
    report: Callable[[Tick], None] = lambda tick: None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Watched:
    """Call ``run`` now and then every ``every`` seconds, ``runs`` times (None: until interrupted).

    Each tick goes to ``report`` as it ends. An exception of ``run`` fails its
    tick, not the watch (``SITREP_DEBUG=1`` prints its traceback); an interrupt
    (Ctrl-C, SIGTERM) once a tick has ended, while it is reported or while
    waiting, ends the watch; one during a tick propagates.
    """
    done = Watched()
    first = clock()
    while runs is None or done.runs < runs:
        started, began = datetime.now(timezone.utc), clock()
        summary, error = None, None
        try:
            summary = run()
        except Exception as exc:
            error = first_line(exc)
            if os.environ.get("SITREP_DEBUG"):
                traceback.print_exc()
        done.runs += 1
        done.failed += error is not None
        done.last = Tick(done.runs, started, clock() - began, summary, error)
        try:
            report(done.last)
            if runs is not None and done.runs >= runs:
                break
            now = clock()
            sleep(max(0.0, next_start(first, every, now) - now))
        except KeyboardInterrupt:
            break
    return done
