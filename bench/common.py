"""Helpers shared by the benchmark scripts: timing, the machine's load, child processes, RESULTS.md sections."""
from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "RESULTS.md"
SITREP = Path(sys.executable).parent / "sitrep"


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def median_seconds(fn, repeat: int) -> tuple[float, list[float], object]:
    """The median of ``repeat`` timed calls of ``fn``, every time, and the last call's result."""
    times, out = [], None
    for _ in range(repeat):
        seconds, out = timed(fn)
        times.append(seconds)
    return statistics.median(times), times, out


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


@dataclass
class Measured:
    seconds: float
    returncode: int
    max_rss_mb: float  # the largest resident set of any one process of the tree (wait4's ru_maxrss)
    tree_rss_mb: float  # the largest sum of the tree's resident sets, sampled every ``interval`` seconds
    stdout: str
    stderr: str


def run_measured(cmd: list[str], env: dict | None = None, interval: float = 0.25, on_line=None) -> Measured:
    """Run ``cmd`` to its end; its wall time, exit code and peak memory (one process, and the whole tree).

    ``on_line``, when given, is called with each line of standard output as it comes."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0]
    done = threading.Event()

    def sample():
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [root] + root.children(recursive=True)
                total = 0
                for p in tree:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak[0] = max(peak[0], total)
            except psutil.Error:
                pass
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = [], []

    def follow(stream, lines: list, each) -> None:
        for line in stream:
            lines.append(line)
            each(line)

    ignore = lambda line: None  # noqa: E731
    readers = [threading.Thread(target=follow, args=(proc.stdout, out, on_line or ignore), daemon=True), threading.Thread(target=follow, args=(proc.stderr, err, ignore), daemon=True)]
    for r in readers:
        r.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    for r in readers:
        r.join()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Measured(seconds, proc.returncode, usage.ru_maxrss / 1024, peak[0] / 2**20, "".join(out), "".join(err))


def check_ok(measured: Measured, what: str) -> Measured:
    if measured.returncode != 0:
        raise RuntimeError(f"{what} exited {measured.returncode}: {measured.stderr.strip()[-2000:]}")
    return measured


def table(header: list[str], rows: list[list], right: set[int] | None = None) -> str:
    """A Markdown table; columns in ``right`` (by index) are right-aligned."""
    right = set(range(1, len(header))) if right is None else right
    cells = [[str(c) for c in r] for r in rows]
    align = ["---:" if i in right else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in cells]
    return "\n".join(lines)


def write_section(title: str, body: str, path: Path = RESULTS) -> None:
    """Replace the ``## title`` section of RESULTS.md with ``body`` (or append it)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip("\n") + "\n"
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def machine() -> str:
    mem = psutil.virtual_memory().total / 2**30
    return f"{os.cpu_count()} cores, {mem:.0f} GB memory, Python {sys.version.split()[0]}"


@contextmanager
def prefect_server(home: Path, log: Path):
    """A real ``prefect server start`` on a free loopback port, with its own PREFECT_HOME: yields the
    environment for a ``sitrep run`` that talks to it (as scheduled runs do) instead of starting
    Prefect's temporary server. Stopped at the end."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(home), PREFECT_UI_ENABLED="false", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    argv = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    with open(log, "w") as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while not answers(f"{url}/health"):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"prefect server did not start: {log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield {**env, "PREFECT_API_URL": url}
    finally:
        stop_group(proc)


def stop_group(proc: subprocess.Popen) -> None:
    """SIGTERM to a process started in its own session, and its group; SIGKILL if it lingers."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def answers(url: str) -> bool:
    """Does ``url`` answer 200 (a server's health check)?"""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False
