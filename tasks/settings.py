"""Settings chosen in one place: command-line values, then environment, then defaults.

Nothing here runs at import time; callers build a :class:`Settings` and call
:func:`quiet_prefect` before Prefect is imported.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, MutableMapping

DEFAULT_INPUT = "seeds"
DEFAULT_WAREHOUSE = "warehouse"
DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024
DEFAULT_BATCH_SIZE = 128  # documents parsed together and sent to a worker at once: enough for spaCy's batching, few in memory
DEFAULT_MAX_DOC_SENTENCES = 2000  # a long news article has a few dozen sentences worth parsing
DEFAULT_MAX_DOC_SECONDS = 60.0
DEFAULT_MAX_PARTS = 16  # part files per table before the smallest are merged
DEFAULT_QUERY_TIMEOUT = 60.0  # seconds
DEFAULT_QUERY_MEMORY_LIMIT = "2GB"
_MEMORY = re.compile(r"\d+(?:\.\d+)?\s*(?:[KMGT]i?B|B|bytes)", re.I)

# Prefect must run offline and quietly. These are defaults: a value the user
# already exported (for instance PREFECT_API_URL of a long-running server) wins.
PREFECT_DEFAULTS = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_UI_ENABLED": "false",
}


# A served deployment runs unattended: its runs log counts to the server, seen in the Prefect UI.
PREFECT_SERVE_DEFAULTS = {
    "PREFECT_LOGGING_LEVEL": "INFO",
    "PREFECT_LOGGING_TO_API_ENABLED": "true",
}


def serving_prefect(environ: MutableMapping[str, str] = os.environ) -> None:
    """Prefect's defaults for ``sitrep serve``: logs to the server, otherwise as :func:`quiet_prefect`."""
    for key, value in PREFECT_SERVE_DEFAULTS.items():
        environ.setdefault(key, value)
    quiet_prefect(environ)


def quiet_prefect(environ: MutableMapping[str, str] = os.environ) -> None:
    """Set Prefect's offline, low-noise defaults unless the user set them."""
    for key, value in PREFECT_DEFAULTS.items():
        environ.setdefault(key, value)


@dataclass(frozen=True)
class Settings:
    input_dir: Path
    warehouse: Path
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    batch_size: int = DEFAULT_BATCH_SIZE
    model: str | None = None
    max_doc_sentences: int = DEFAULT_MAX_DOC_SENTENCES
    max_doc_seconds: float = DEFAULT_MAX_DOC_SECONDS
    query_timeout: float = DEFAULT_QUERY_TIMEOUT
    query_memory_limit: str = DEFAULT_QUERY_MEMORY_LIMIT
    workers: int = 1  # processes that parse and extract; resolve() defaults to one per core
    max_parts: int = DEFAULT_MAX_PARTS

    @classmethod
    def resolve(
        cls,
        input_dir: str | os.PathLike | None = None,
        warehouse: str | os.PathLike | None = None,
        environ: Mapping[str, str] = os.environ,
        query_timeout: str | float | None = None,
        query_memory_limit: str | None = None,
        workers: str | int | None = None,
    ) -> "Settings":
        """Flags beat environment variables, which beat defaults. Bad values raise ValueError."""
        return cls(
            input_dir=Path(input_dir or environ.get("SITREP_INPUT") or DEFAULT_INPUT).resolve(),
            warehouse=Path(warehouse or environ.get("SITREP_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve(),
            max_file_bytes=_int(environ, "SITREP_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES),
            batch_size=_int(environ, "SITREP_BATCH_SIZE", DEFAULT_BATCH_SIZE),
            model=environ.get("SITREP_MODEL") or None,
            max_doc_sentences=_int(environ, "SITREP_MAX_DOC_SENTENCES", DEFAULT_MAX_DOC_SENTENCES),
            max_doc_seconds=_seconds(environ.get("SITREP_MAX_DOC_SECONDS"), "SITREP_MAX_DOC_SECONDS", DEFAULT_MAX_DOC_SECONDS),
            query_timeout=_seconds(query_timeout or environ.get("SITREP_QUERY_TIMEOUT"), "query time limit", DEFAULT_QUERY_TIMEOUT),
            query_memory_limit=_memory(query_memory_limit or environ.get("SITREP_QUERY_MEMORY_LIMIT") or DEFAULT_QUERY_MEMORY_LIMIT),
            workers=_positive(environ.get("SITREP_WORKERS") if workers is None else workers, "number of workers", default_workers(), int),
            max_parts=_int(environ, "SITREP_MAX_PARTS", DEFAULT_MAX_PARTS),
        )

    def flow_parameters(self) -> dict:
        """The parameters of ``sitrep_flow`` that these settings choose."""
        return {
            "input_dir": self.input_dir,
            "warehouse_dir": self.warehouse,
            "batch_size": self.batch_size,
            "max_file_bytes": self.max_file_bytes,
            "model": self.model,
            "max_doc_sentences": self.max_doc_sentences,
            "max_doc_seconds": self.max_doc_seconds,
            "workers": self.workers,
            "max_parts": self.max_parts,
        }


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _int(environ: Mapping[str, str], key: str, default: int) -> int:
    return _positive(environ.get(key), key, default, int)


def _seconds(raw: str | float | None, what: str, default: float) -> float:
    return _positive(raw, what, default, float)


def _positive(raw: str | float | None, what: str, default, kind: type):
    if raw in (None, ""):
        return default
    try:
        value = kind(raw)
    except ValueError:
        unit = "a whole number" if kind is int else "a number of seconds"
        raise ValueError(f"{what} must be {unit}, got {raw!r}") from None
    if not 0 < value < float("inf"):
        raise ValueError(f"{what} must be positive, got {raw!r}")
    return value


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """Where built caches live: SITREP_CACHE_DIR, else $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep."""
    if environ.get("SITREP_CACHE_DIR"):
        return Path(environ["SITREP_CACHE_DIR"]).expanduser()
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "sitrep"


def _memory(raw: str) -> str:
    if not _MEMORY.fullmatch(raw.strip()):
        raise ValueError(f"memory limit must be a size such as 2GB or 512MiB, got {raw!r}")
    return raw.strip()
