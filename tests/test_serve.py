"""``sitrep serve``: the flow as a scheduled Prefect deployment, against a real ``prefect server start``."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from bench.common import answers, stop_group
from flows.cli import main
from tasks.store import Warehouse
from tests.fixtures.articles import RETREAT_AND_CANCEL
from tests.test_signals import process_group, wait_for

ROOT = Path(__file__).resolve().parent.parent
CRON = "0 * * * *"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prefect_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(home), **extra)
    return env


@contextmanager
def started(argv: list[str], env: dict, log: Path):
    """A process in its own group; SIGTERM to the group at the end, SIGKILL to whatever is left."""
    with open(log, "w") as out:
        proc = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield proc
    finally:
        try:
            stop_group(proc)
        except subprocess.TimeoutExpired:
            pass
        for pid in process_group(proc.pid):
            os.kill(pid, signal.SIGKILL)
        proc.wait(timeout=10)


@pytest.fixture
def prefect_server(tmp_path):
    """A real Prefect server on a free loopback port with its own PREFECT_HOME; stopped afterwards."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = prefect_env(tmp_path / "prefect", PREFECT_UI_ENABLED="false", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    argv = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    with started(argv, env, tmp_path / "server.log") as proc:
        assert wait_for(lambda: answers(f"{url}/health") or proc.poll() is not None, 180), (tmp_path / "server.log").read_text()[-2000:]
        assert proc.poll() is None, (tmp_path / "server.log").read_text()[-2000:]
        yield url
    assert not process_group(proc.pid)


def test_serve_without_a_server_is_a_usage_error(tmp_path):
    env = prefect_env(tmp_path / "prefect")
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "serve", "--cron", CRON, "--input", str(tmp_path)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "prefect server start" in done.stderr and "PREFECT_API_URL" in done.stderr


def test_serve_refuses_a_bad_cron(tmp_path, capsys):
    assert main(["serve", "--cron", "every hour", "--input", str(tmp_path)]) == 2
    assert "not a cron expression" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.model
def test_serve_registers_a_scheduled_deployment_that_runs(tmp_path, prefect_server):
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(RETREAT_AND_CANCEL)
    wh = tmp_path / "w"
    env = prefect_env(tmp_path / "prefect", PREFECT_API_URL=prefect_server, PREFECT_RUNNER_POLL_FREQUENCY="2")
    argv = [sys.executable, "-m", "flows.cli", "serve", "--cron", CRON, "--name", "test", "--input", str(inp), "--warehouse", str(wh)]
    with temporary_settings({PREFECT_API_URL: prefect_server}), started(argv, env, tmp_path / "serve.log") as serving:
        with get_client(sync_client=True) as client:

            def registered():
                try:
                    return client.read_deployment_by_name("sitrep/test")
                except Exception:
                    return None

            assert wait_for(lambda: registered() or serving.poll() is not None, 180), (tmp_path / "serve.log").read_text()[-2000:]
            deployment = registered()
            assert deployment is not None, (tmp_path / "serve.log").read_text()[-2000:]
            assert [s.schedule.cron for s in deployment.schedules] == [CRON]
            assert deployment.parameters["input_dir"] == str(inp) and deployment.parameters["warehouse_dir"] == str(wh)

            run = run_deployment("sitrep/test", timeout=300)
            assert run.state.is_completed(), (run.state, (tmp_path / "serve.log").read_text()[-2000:])
            artifact = client.read_latest_artifacts()
            summaries = [a for a in artifact if a.key == "sitrep-run-summary"]
            assert summaries and "clusters" in summaries[0].data
            assert Warehouse(wh).exists()
            serving.send_signal(signal.SIGTERM)
            assert serving.wait(timeout=60) == 0
            assert client.read_deployment_by_name("sitrep/test").paused  # stopped serving: the schedule waits
