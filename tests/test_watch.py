"""``sitrep watch``: the interval, the tick grid, failures and interrupts, and real flow runs in one process."""
from __future__ import annotations

import json

import pytest

from flows.cli import main
from flows.watch import next_start, parse_interval, watch
from tests.fixtures.articles import RETREAT_AND_CANCEL


@pytest.mark.parametrize("text, seconds", [("90", 90), ("90s", 90), ("2.5", 2.5), ("15m", 900), ("1h", 3600), ("1.5h", 5400), ("1d", 86400), (" 10 M ", 600)])
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["0", "0m", "-5", "abc", "5w", "", "1h30m", "inf"])
def test_bad_intervals(text):
    with pytest.raises(ValueError, match="interval"):
        parse_interval(text)


def test_ticks_stay_on_the_grid_of_the_first():
    assert next_start(100, 10, 100) == 110  # right after a tick: the next one
    assert next_start(100, 10, 103) == 110
    assert next_start(100, 10, 110) == 110
    assert next_start(100, 10, 125) == 130  # a long tick: the missed ones are skipped, never run back to back


class FakeTime:
    """A clock that only moves when a run takes time or the watch sleeps."""

    def __init__(self):
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def taking(fake: FakeTime, durations: list[float]):
    calls = iter(durations)

    def run() -> dict:
        fake.now += next(calls)
        return {"new": 0}

    return run


def test_runs_every_interval_without_overlap():
    fake = FakeTime()
    ticks = []
    done = watch(taking(fake, [2, 25, 1]), 10, 3, report=ticks.append, clock=fake.clock, sleep=fake.sleep)
    assert (done.runs, done.failed, done.last) == (3, 0, ticks[-1])
    assert [t.number for t in ticks] == [1, 2, 3]
    assert [t.seconds for t in ticks] == [2, 25, 1]
    assert fake.slept == [8, 5]  # 2 s of work then sleep to 10; 25 s from 10 end at 35: next on the grid is 40


def test_a_failed_run_is_reported_and_the_watch_goes_on():
    fake = FakeTime()
    outcomes = iter([OSError("disk full\nmore detail"), None])

    def run() -> dict:
        fake.now += 1
        problem = next(outcomes)
        if problem:
            raise problem
        return {"new": 1}

    seen = []
    done = watch(run, 5, 2, report=seen.append, clock=fake.clock, sleep=fake.sleep)
    assert [t.error for t in seen] == ["disk full", None]
    assert seen[1].summary == {"new": 1}
    assert (done.runs, done.failed) == (2, 1)


def test_an_interrupt_while_waiting_ends_the_watch_cleanly():
    fake = FakeTime()

    def interrupted(seconds):
        raise KeyboardInterrupt

    done = watch(taking(fake, [1]), 60, None, clock=fake.clock, sleep=interrupted)
    assert (done.runs, done.failed) == (1, 0)


def test_an_interrupt_while_a_tick_is_reported_ends_the_watch_cleanly():
    fake = FakeTime()

    def interrupted(tick):
        raise KeyboardInterrupt  # Ctrl-C while the tick's summary is printed

    done = watch(taking(fake, [1, 1]), 60, None, report=interrupted, clock=fake.clock, sleep=fake.sleep)
    assert (done.runs, fake.slept) == (1, [])


def test_an_interrupt_during_a_run_propagates():
    def run():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        watch(run, 60, 3)


@pytest.mark.parametrize("argv, message", [
    (["--every", "0"], "--every"),
    (["--every", "soon"], "--every"),
    (["--every", "1m", "--runs", "0"], "--runs"),
    (["--every", "1m", "--input", "/nonexistent/news"], "does not exist"),
])
def test_usage_errors_exit_2_before_anything_runs(argv, message, tmp_path, capsys):
    assert main(["watch", "--warehouse", str(tmp_path / "w"), *argv]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "w").exists()


@pytest.mark.model
def test_each_tick_is_a_flow_run_in_this_process_with_the_model_kept_loaded(prefect_harness, articles, tmp_path, capsys):
    from tasks.nlp import load_model

    root = articles({"a.txt": RETREAT_AND_CANCEL})
    loads, ticks = [], []

    def report(tick):
        ticks.append(tick)
        loads.append(load_model.cache_info().misses)
        if tick.number == 1:  # a new article arrives between the ticks
            (root / "b.txt").write_text(RETREAT_AND_CANCEL.replace("Kherson", "Izium"), encoding="utf-8")

    from flows.pipeline import sitrep_flow

    watch(lambda: sitrep_flow(input_dir=root, warehouse_dir=tmp_path / "w", workers=1), 0.1, 3, report=report)
    assert [t.error for t in ticks] == [None, None, None]
    assert [(t.summary["new"], t.summary["unchanged"]) for t in ticks] == [(1, 0), (1, 1), (0, 2)]
    assert loads[0] == loads[1] == loads[2]  # the pipeline was loaded once, by the first tick at the latest

    assert main(["watch", "--every", "1s", "--runs", "1", "--json", "--workers", "1", "--input", str(root), "--warehouse", str(tmp_path / "w")]) == 0
    [line] = capsys.readouterr().out.splitlines()
    tick = json.loads(line)
    assert tick["tick"] == 1 and tick["error"] is None and tick["summary"]["unchanged"] == 2 and tick["seconds"] > 0


def test_a_failed_ticks_traceback_is_printed_on_request(monkeypatch, capsys):
    def run():
        raise ValueError("bad sidecar")

    monkeypatch.setenv("SITREP_DEBUG", "1")
    done = watch(run, 1, 1)
    assert done.last.error == "bad sidecar"
    assert "Traceback" in capsys.readouterr().err
    monkeypatch.delenv("SITREP_DEBUG")
    watch(run, 1, 1)
    assert "Traceback" not in capsys.readouterr().err
