"""Deterministic crash and pause points for crash-safety and signal tests.

``SITREP_FAIL_AT=<stage>`` makes the process kill itself with SIGKILL when it
reaches that stage: no cleanup handler, no ``finally`` runs, exactly as a
``kill -9`` from outside. ``SITREP_PAUSE_AT=<stage>`` makes it say so on
stderr and wait there (up to ten minutes), so that a test can signal a run in
a known state. Unset (the default), this does nothing.
"""
from __future__ import annotations

import os
import signal
import sys
import time

PAUSE_SECONDS = 600

STAGES = ("after_ingest", "after_extract", "mid_write", "before_swap", "after_swap")


def reached(stage: str) -> None:
    if stage not in STAGES:
        raise ValueError(f"unknown fail point {stage!r}")
    if os.environ.get("SITREP_FAIL_AT") == stage:
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get("SITREP_PAUSE_AT") == stage:
        print(f"sitrep: paused at {stage}", file=sys.stderr, flush=True)
        time.sleep(PAUSE_SECONDS)
