"""Shared fixtures. Prefect is made offline and quiet before anything imports it."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tasks.settings import quiet_prefect

quiet_prefect()

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))
DEVSET = SHARED / "devset"


@pytest.fixture(scope="session")
def nlp():
    from tasks.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def extractor():
    from tasks.extract.events import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def devset() -> Path:
    if not (DEVSET / "gold.jsonl").exists():
        pytest.skip(f"dev set not found at {DEVSET} (set SITREP_SHARED to the shared/ folder)")
    return DEVSET


@pytest.fixture
def articles(tmp_path):
    """Write articles into a fresh input folder: ``articles({"a.txt": "...", "a.meta.json": {...}})``."""
    root = tmp_path / "input"
    root.mkdir()

    def write(files: dict[str, str | bytes | dict]) -> Path:
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, dict):
                path.write_text(json.dumps(content), encoding="utf-8")
            elif isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return write


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for the whole session: starting it costs tens of seconds."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
