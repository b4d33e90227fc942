"""Settings chosen in one place: command-line values, then environment, then defaults.

Nothing here runs at import time; callers build a :class:`Settings` and call
:func:`quiet_prefect` before Prefect is imported.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, MutableMapping

DEFAULT_INPUT = "seeds"
DEFAULT_WAREHOUSE = "warehouse"
DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024
DEFAULT_BATCH_SIZE = 32

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

    @classmethod
    def resolve(
        cls,
        input_dir: str | os.PathLike | None = None,
        warehouse: str | os.PathLike | None = None,
        environ: Mapping[str, str] = os.environ,
    ) -> "Settings":
        """Flags beat environment variables, which beat defaults."""
        return cls(
            input_dir=Path(input_dir or environ.get("SITREP_INPUT") or DEFAULT_INPUT).resolve(),
            warehouse=Path(warehouse or environ.get("SITREP_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve(),
            max_file_bytes=_int(environ, "SITREP_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES),
            batch_size=_int(environ, "SITREP_BATCH_SIZE", DEFAULT_BATCH_SIZE),
            model=environ.get("SITREP_MODEL") or None,
        )


def _int(environ: Mapping[str, str], key: str, default: int) -> int:
    raw = environ.get(key)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{key} must be a whole number, got {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{key} must be positive, got {value}")
    return value


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """Where built caches live: SITREP_CACHE_DIR, else $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep."""
    if environ.get("SITREP_CACHE_DIR"):
        return Path(environ["SITREP_CACHE_DIR"]).expanduser()
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "sitrep"
