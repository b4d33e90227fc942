"""The per-document budget: one long, slow or broken article is set aside and the run goes on."""
from __future__ import annotations

import threading
import time

import pytest

from tasks.budget import Budget, OverBudget
from tests.fixtures.articles import NEAR_MISSES, RETREAT_AND_CANCEL
from tests.test_pipeline import run_steps

EVENT = "Russian troops withdrew from the village near Kupiansk on Tuesday, the general staff said."
FILLER = "The market in the old town was busy on Saturday morning, and traders said prices had risen again."


def outcome(summary, wh):
    errors = {e["source_path"]: (e["error_class"], e["action"]) for e in wh.read("ingest_errors").to_pylist()}
    documents = sorted(wh.read("documents")["source_path"].to_pylist())
    realis = sorted({e["source_path"] for e in wh.read("events").to_pylist() if e["realis"]})
    return errors, documents, realis


def test_sentence_cap_counts_without_reading_further():
    budget = Budget(max_sentences=3)
    assert budget.sentences(iter("abc")) == ["a", "b", "c"]
    endless = iter(int, 1)  # never ends: the cap must stop reading
    with pytest.raises(OverBudget, match="more than 3 sentences"):
        budget.sentences(endless)


def test_time_limit_interrupts_a_step_in_the_main_thread():
    with pytest.raises(OverBudget, match="SITREP_MAX_DOC_SECONDS"):
        with Budget(max_seconds=0.2).time_limit():
            while True:
                pass


def in_a_thread(step, then=lambda: None) -> list[str]:
    """Run ``step`` under a 0.05 s limit in another thread, then ``then``; the OverBudget messages raised."""
    caught = []

    def run():
        try:
            with Budget(max_seconds=0.05).time_limit():
                step()
            then()
        except OverBudget as exc:
            caught.append(str(exc))

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(10)
    assert not worker.is_alive()
    return caught


def test_time_limit_interrupts_a_step_outside_the_main_thread():
    def spin():
        while True:
            pass

    assert in_a_thread(spin) == ["took more than 0.05 s (SITREP_MAX_DOC_SECONDS)"]


def test_time_limit_outside_the_main_thread_catches_a_step_stuck_in_c():
    assert in_a_thread(lambda: time.sleep(0.2)) == ["took more than 0.05 s (SITREP_MAX_DOC_SECONDS)"]


def test_a_step_within_its_limit_outside_the_main_thread_is_not_disturbed_later():
    def busy_past_the_limit():
        end = time.monotonic() + 0.2
        while time.monotonic() < end:  # a late alarm would land here
            pass

    assert in_a_thread(lambda: None, then=busy_past_the_limit) == []


@pytest.mark.model
def test_a_ten_megabyte_article_is_set_aside_and_the_others_are_published(articles, tmp_path):
    paragraph = " ".join([FILLER] * 4 + [EVENT]) + "\n"
    big = "A very long day\n" + paragraph * ((10 * 1024 * 1024) // len(paragraph))
    root = articles({"big.txt": big, "a.txt": RETREAT_AND_CANCEL, "b.txt": NEAR_MISSES})
    summary, wh = run_steps(root, tmp_path / "w", "r1", max_file_bytes=11 * 1024 * 1024)
    errors, documents, realis = outcome(summary, wh)
    assert errors == {"big.txt": ("over_budget", "quarantined")}
    assert documents == ["a.txt", "b.txt"] and realis == ["a.txt"]
    assert summary["failed"] == 1


def extract_going_wrong_on(monkeypatch, source_path, wrong):
    """Make the extractor call ``wrong()`` on one document, in the pass of the rules every document
    goes through (``attempt``); returns the real one."""
    from tasks.run import extractor

    ex = extractor()
    real = ex.attempt

    def attempt(document, parsed, before=None):
        if document.source_path == source_path:
            wrong()
        return real(document, parsed, before)

    monkeypatch.setattr(ex, "attempt", attempt)
    return ex, real


@pytest.mark.model
def test_a_document_that_takes_too_long_is_set_aside(articles, tmp_path, monkeypatch):
    def forever():
        while True:
            pass

    extract_going_wrong_on(monkeypatch, "slow.txt", forever)
    root = articles({"slow.txt": RETREAT_AND_CANCEL.replace("Kupiansk", "Izium"), "a.txt": RETREAT_AND_CANCEL})
    summary, wh = run_steps(root, tmp_path / "w", "r1", budget=Budget(max_seconds=0.5))
    errors, documents, realis = outcome(summary, wh)
    assert errors == {"slow.txt": ("over_budget", "quarantined")}
    assert documents == ["a.txt"] and realis == ["a.txt"]


@pytest.mark.model
def test_an_exception_in_one_document_is_recorded_and_the_run_goes_on(articles, tmp_path, monkeypatch):
    def overflow():
        raise OverflowError("date value out of range")

    ex, real = extract_going_wrong_on(monkeypatch, "bad.txt", overflow)
    root = articles({"bad.txt": RETREAT_AND_CANCEL, "a.txt": RETREAT_AND_CANCEL.replace("Kupiansk", "Izium")})
    summary, wh = run_steps(root, tmp_path / "w", "r1")
    errors, documents, realis = outcome(summary, wh)
    assert errors == {"bad.txt": ("extract_failed", "quarantined")}
    assert "OverflowError: date value out of range" in summary["errors"][0]
    assert documents == ["a.txt"] and realis == ["a.txt"]
    monkeypatch.setattr(ex, "attempt", real)
    again, _ = run_steps(root, tmp_path / "w", "r2")  # set aside, not stored: the next run tries it again
    assert (again["new"], again["unchanged"], again["failed"]) == (1, 1, 0)


@pytest.mark.model
def test_an_exception_in_the_second_pass_is_recorded_and_the_run_goes_on(articles, tmp_path, monkeypatch):
    """A document whose lines needed named entities is extracted again (tasks/entities.py): a failure there is its own."""
    from tasks.run import extractor

    ex = extractor()
    real = ex.complete
    completed = []

    def complete(document, parsed, first):
        completed.append(document.source_path)
        if document.source_path == "bad.txt":
            raise OverflowError("date value out of range")
        return real(document, parsed, first)

    monkeypatch.setattr(ex, "complete", complete)
    root = articles({"bad.txt": RETREAT_AND_CANCEL, "a.txt": RETREAT_AND_CANCEL.replace("Kupiansk", "Izium")})
    summary, wh = run_steps(root, tmp_path / "w", "r1")
    errors, documents, realis = outcome(summary, wh)
    assert sorted(completed) == ["a.txt", "bad.txt"]
    assert errors == {"bad.txt": ("extract_failed", "quarantined")}
    assert documents == ["a.txt"] and realis == ["a.txt"]


@pytest.mark.model
def test_a_parse_that_breaks_the_batch_is_found_by_parsing_alone(articles, tmp_path, monkeypatch):
    import tasks.run as run_module

    real = run_module.parse_lines

    def fragile(groups, model=None):
        if any("Kaboom" in line.text for group in groups for line in group):
            raise ValueError("parser broke")
        return real(groups, model)

    monkeypatch.setattr(run_module, "parse_lines", fragile)
    root = articles({"bad.txt": "Kaboom\nRussian troops withdrew from Kaboom on Monday.", "a.txt": RETREAT_AND_CANCEL})
    summary, wh = run_steps(root, tmp_path / "w", "r1")
    errors, documents, realis = outcome(summary, wh)
    assert errors == {"bad.txt": ("extract_failed", "quarantined")}
    assert realis == ["a.txt"]
