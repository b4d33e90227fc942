"""Deterministic crash points for crash-safety tests.

``SITREP_FAIL_AT=<stage>`` makes the process kill itself with SIGKILL when it
reaches that stage: no cleanup handler, no ``finally`` runs, exactly as a
``kill -9`` from outside. Unset (the default), this does nothing.
"""
from __future__ import annotations

import os
import signal

STAGES = ("after_ingest", "after_extract", "mid_write", "before_swap", "after_swap")


def reached(stage: str) -> None:
    if stage not in STAGES:
        raise ValueError(f"unknown fail point {stage!r}")
    if os.environ.get("SITREP_FAIL_AT") == stage:
        os.kill(os.getpid(), signal.SIGKILL)
