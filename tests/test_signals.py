"""SIGTERM is handled as Ctrl-C is: a message, the lock released, no Prefect server left behind."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tasks.store import Warehouse
from tests.fixtures.articles import RETREAT_AND_CANCEL

pytestmark = [pytest.mark.slow, pytest.mark.model]
ROOT = Path(__file__).resolve().parent.parent


def process_group(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group, read from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = (Path("/proc") / entry / "stat").read_text()
        except OSError:
            continue
        state, _ppid, group = stat.rsplit(")", 1)[1].split()[:3]
        if int(group) == pgid and state != "Z":
            found.append(int(entry))
    return found


def wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


def test_sigterm_during_a_run_cleans_up(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(RETREAT_AND_CANCEL)
    wh = tmp_path / "w"
    err_path = tmp_path / "stderr"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # Prefect starts its own temporary server
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), SITREP_PAUSE_AT="after_ingest")
    with open(err_path, "w") as err, open(tmp_path / "stdout", "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "run", "--input", str(inp), "--warehouse", str(wh)],
            env=env, cwd=ROOT, stdout=out, stderr=err, start_new_session=True,
        )
    try:
        assert wait_for(lambda: "paused at after_ingest" in err_path.read_text(), 300), err_path.read_text()
        assert len(process_group(proc.pid)) >= 2  # sitrep and Prefect's server
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=120) == 1
        stderr = err_path.read_text()
        assert "sitrep: terminated" in stderr and "Traceback" not in stderr
        assert wait_for(lambda: not process_group(proc.pid), 30), f"left running: {process_group(proc.pid)}"
        with Warehouse(wh).lock():  # free: taken at once
            pass
        assert not Warehouse(wh).exists()
    finally:
        for pid in process_group(proc.pid):
            os.kill(pid, signal.SIGKILL)


def test_sigterm_between_watch_ticks_stops_it_cleanly(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(RETREAT_AND_CANCEL)
    out_path = tmp_path / "stdout"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"))
    with open(tmp_path / "stderr", "w") as err, open(out_path, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "watch", "--every", "1h", "--json", "--workers", "1", "--input", str(inp), "--warehouse", str(tmp_path / "w")],
            env=env, cwd=ROOT, stdout=out, stderr=err, start_new_session=True,
        )
    try:
        assert wait_for(lambda: '"tick": 1' in out_path.read_text(), 300), (tmp_path / "stderr").read_text()
        proc.send_signal(signal.SIGTERM)  # the watch is waiting for the next hour
        assert proc.wait(timeout=60) == 0
        assert "Traceback" not in (tmp_path / "stderr").read_text()
        assert wait_for(lambda: not process_group(proc.pid), 30), f"left running: {process_group(proc.pid)}"
        assert Warehouse(tmp_path / "w").read("events").num_rows > 0
    finally:
        for pid in process_group(proc.pid):
            os.kill(pid, signal.SIGKILL)
