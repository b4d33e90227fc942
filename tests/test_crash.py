"""Crash safety for real: SIGKILL a `sitrep run` subprocess at each stage, then run again."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tasks.failpoints import STAGES
from tasks.store import Warehouse
from tests.fixtures.articles import NEAR_MISSES, RETREAT_AND_CANCEL
from tests.test_pipeline import run_steps

pytestmark = [pytest.mark.slow, pytest.mark.model]

V1 = {"a.txt": RETREAT_AND_CANCEL, "b.txt": NEAR_MISSES}
V2 = {"a.txt": RETREAT_AND_CANCEL.replace("Kupiansk", "Kreminna"), "c.txt": "Troops flee Bakhmut\nRussian soldiers fled from Bakhmut on Monday."}


@pytest.fixture(scope="module")
def api_url(prefect_harness):
    """Subprocesses share the session's Prefect API instead of starting their own."""
    from prefect.settings import get_current_settings

    return str(get_current_settings().api.url)


def sitrep(args, env_extra, api_url, timeout=300):
    env = {**os.environ, "PREFECT_API_URL": api_url, **env_extra}
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], env=env, capture_output=True, text=True, timeout=timeout,
                          cwd=Path(__file__).resolve().parent.parent)


def write(folder: Path, files: dict[str, str]) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def state(wh_root: Path) -> tuple:
    """What a reader sees: documents and events, without per-run bookkeeping."""
    wh = Warehouse(wh_root)
    docs = sorted((d["source_path"], d["doc_id"]) for d in wh.read("documents").to_pylist())
    events = sorted(e["event_id"] for e in wh.read("events").to_pylist())
    return docs, events


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """Tables of clean runs over V1 and V2, built in-process."""
    base = tmp_path_factory.mktemp("ref")
    out = {}
    for name, files in (("v1", V1), ("v2", V2)):
        root = write(base / f"in-{name}", files)
        run_steps(root, base / f"w-{name}", "ref")
        out[name] = state(base / f"w-{name}")
    return out


@pytest.mark.parametrize("stage", STAGES)
def test_kill_at_each_stage_then_rerun(stage, tmp_path, api_url, reference):
    inp = write(tmp_path / "in", V1)
    wh = tmp_path / "w"
    first = sitrep(["run", "--input", str(inp), "--warehouse", str(wh)], {}, api_url)
    assert first.returncode == 0, first.stderr
    assert state(wh) == reference["v1"]

    write(inp, V2)
    killed = sitrep(["run", "--input", str(inp), "--warehouse", str(wh)], {"SITREP_FAIL_AT": stage}, api_url)
    assert killed.returncode == -9, killed.stderr
    seen = state(wh)
    if stage == "after_swap":  # killed after the commit point: the new tables are whole
        assert seen == reference["v2"]
    else:
        assert seen == reference["v1"]

    again = sitrep(["run", "--input", str(inp), "--warehouse", str(wh)], {}, api_url)
    assert again.returncode == 0, again.stderr
    assert state(wh) == reference["v2"]
    assert not list(Warehouse(wh).snapshots.glob("*.tmp"))
    events = Warehouse(wh).read("events")["event_id"].to_pylist()
    assert len(events) == len(set(events))


def test_run_while_another_holds_the_lock(tmp_path, api_url):
    inp = write(tmp_path / "in", V1)
    wh = tmp_path / "w"
    with Warehouse(wh).lock():
        busy = sitrep(["run", "--input", str(inp), "--warehouse", str(wh)], {}, api_url)
    assert busy.returncode == 1
    assert "another sitrep run is writing" in busy.stderr and "Traceback" not in busy.stderr
    assert not Warehouse(wh).exists()


def test_two_runs_at_once(tmp_path, api_url, reference):
    inp = write(tmp_path / "in", V1)
    wh = tmp_path / "w"
    env = {**os.environ, "PREFECT_API_URL": api_url}
    cmd = [sys.executable, "-m", "flows.cli", "run", "--input", str(inp), "--warehouse", str(wh)]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 1]), results
    for code, err in results:
        if code == 1:
            assert "another sitrep run is writing" in err
    assert state(wh) == reference["v1"]


def test_strict_exits_1_when_articles_were_quarantined(tmp_path, api_url):
    inp = write(tmp_path / "in", {**V1, "bad.json": "{"})
    result = sitrep(["run", "--strict", "--input", str(inp), "--warehouse", str(tmp_path / "w")], {}, api_url)
    assert result.returncode == 1 and "bad.json: bad_json" in result.stdout
    relaxed = sitrep(["run", "--input", str(inp), "--warehouse", str(tmp_path / "w")], {}, api_url)
    assert relaxed.returncode == 0 and "failed 1" in relaxed.stdout
