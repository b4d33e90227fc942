"""Canned reports: SQL shipped with the package, bound filters, `sitrep report` in a terminal and in a pipe."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from rich.console import Console

from flows.cli import main
from tasks.reports.catalogue import FILTERS, Filters, catalogue, event_types, run_reports
from tasks.reports.console import print_reports
from tests import report_warehouse

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def warehouse(tmp_path):
    report_warehouse.build(tmp_path / "w")
    return tmp_path / "w"


def test_every_sql_file_is_a_listed_report_with_a_description():
    folder = resources.files("tasks.reports")
    files = {p.name.removesuffix(".sql") for p in folder.iterdir() if p.name.endswith(".sql")} - {"filters"}
    reports = catalogue()
    assert set(reports) == files
    assert list(reports)[:2] == ["events_by_type", "events_by_month"]
    for report in reports.values():
        assert len(report.description) > 30 and not report.description.startswith("-")


def test_every_report_binds_the_filters_and_the_limit():
    import duckdb

    for report in catalogue().values():
        [statement] = duckdb.extract_statements(report.sql)
        assert statement.named_parameters == {*FILTERS, "limit"}, report.name


def test_events_are_clusters_and_mentions_come_second(warehouse):
    results = run_reports(warehouse)
    assert list(results) == list(catalogue())
    by_type = results["events_by_type"]
    assert by_type.columns == ["event_type", "clusters", "mentions", "articles"]
    assert by_type.rows == [("SURRENDER", 2, 2, 2), ("RETREAT", 1, 2, 2), ("CANCELLED_CELEBRATION", 1, 1, 1)]
    assert results["events_by_month"].rows == [
        ("2022-03", "SURRENDER", 1, 1), ("2022-05", "SURRENDER", 1, 1), ("2022-11", "RETREAT", 1, 2), ("2023-05", "CANCELLED_CELEBRATION", 1, 1),
    ]
    assert results["events_by_country"].rows == [("UKR", 2, 3, 2), ("RUS", 1, 1, 1), ("(unknown)", 1, 1, 0)]
    assert [r[:4] for r in results["events_by_place"].rows] == [
        ("Kherson", "UKR", 1, 2), ("Belgorod", "RUS", 1, 1), ("Mariupol", "UKR", 1, 1), ("(unresolved)", None, 1, 1),
    ]


def test_actors_sources_and_cancelled_celebrations(warehouse):
    results = run_reports(warehouse, ["top_actors", "top_sources", "cancelled_celebrations"])
    assert results["top_actors"].rows[0] == ("Russian troops", "RUS", 1, 2, "RETREAT")
    assert {r[0] for r in results["top_actors"].rows} == {"Russian troops", "Ukrainian marines", "a unit of 40 soldiers", "the regional governor"}
    assert results["top_sources"].rows == [("officials", 1, 1, 1), ("the general staff", 1, 1, 1)]
    [row] = results["cancelled_celebrations"].rows
    found = dict(zip(results["cancelled_celebrations"].columns, row))
    assert (found["date"], found["place"], found["country"], found["mentions"]) == (date(2023, 5, 8), "Belgorod", "RUS", 1)
    assert found["sentence"].startswith("The Victory Day parade in Belgorod")


def test_a_sentence_with_two_participants_is_one_mention_of_its_source(tmp_path):
    officials = next(e for e in report_warehouse.EVENTS if e.get("source") == "officials")
    partner = {**officials, "event_id": "e2p", "actor": "Wagner fighters", "actor_side": "WAGNER"}  # one row per participant
    report_warehouse.build(tmp_path / "w", events=[*report_warehouse.EVENTS, partner])
    rows = run_reports(tmp_path / "w", ["top_sources"])["top_sources"].rows
    assert ("officials", 1, 1, 1) in rows


@pytest.mark.parametrize(
    "filters, types",
    [
        (Filters(), {"SURRENDER", "RETREAT", "CANCELLED_CELEBRATION"}),
        (Filters(since=date(2022, 11, 1)), {"RETREAT", "CANCELLED_CELEBRATION"}),
        (Filters(event_type="SURRENDER"), {"SURRENDER"}),
        (Filters(country="UKR"), {"SURRENDER", "RETREAT"}),
        (Filters(since=date(2022, 4, 1), country="UKR"), {"SURRENDER", "RETREAT"}),
        (Filters(since=date(2022, 4, 1), event_type="SURRENDER", country="UKR"), {"SURRENDER"}),
        (Filters(since=date(2030, 1, 1)), set()),
    ],
)
def test_filters_narrow_every_report(warehouse, filters, types):
    results = run_reports(warehouse, filters=filters)
    assert {r[0] for r in results["events_by_type"].rows} == types
    assert {r[1] for r in results["events_by_month"].rows} == types
    clusters = sum(r[1] for r in results["events_by_type"].rows)
    assert sum(r[2] for r in results["events_by_place"].rows) == clusters
    assert sum(r[1] for r in results["events_by_country"].rows) == clusters


def test_filter_values_are_bound_not_written_into_the_sql(warehouse):
    results = run_reports(warehouse, ["events_by_type"], Filters(country="UKR' OR '1'='1", event_type="x') OR true --"))
    assert results["events_by_type"].rows == []


@pytest.mark.parametrize(
    "since, kind, country, message",
    [("last week", None, None, "--since"), (None, "PARADE", None, "--type"), (None, None, "Ukraine", "--country"), (None, None, "UK'", "--country")],
)
def test_bad_filters_are_refused(since, kind, country, message):
    with pytest.raises(ValueError, match=message):
        Filters.parse(since, kind, country)


def test_filters_from_the_command_line_are_normalised():
    assert Filters.parse("2022-11-01", "retreat", " ukr") == Filters(date(2022, 11, 1), "RETREAT", "UKR")
    assert event_types() == {"SURRENDER", "RETREAT", "CANCELLED_CELEBRATION", "REFUSAL_TO_FIGHT"}


def test_list_shows_one_line_per_report(capsys):
    assert main(["report", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(catalogue())
    assert all(catalogue()[line.split()[0]].description in line for line in lines)


def test_report_names_choose_the_sections_in_a_pipe(warehouse, capsys):
    assert main(["report", "--warehouse", str(warehouse), "top_sources", "events_by_type", "--type", "retreat"]) == 0
    out = capsys.readouterr().out
    assert out.index("== Top sources ==") < out.index("== Events by type ==")
    assert "Cancelled celebrations" not in out and "SURRENDER" not in out
    assert "RETREAT" in out and "(1 row)" in out


@pytest.mark.parametrize(
    "argv, message",
    [(["nope"], "unknown report nope"), (["--since", "2022-13-01"], "--since"), (["--country", "Ukraine"], "--country"), (["--type", "parade"], "--type")],
)
def test_report_usage_errors(warehouse, capsys, argv, message):
    assert main(["report", "--warehouse", str(warehouse), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_terminal_gets_rich_tables(warehouse, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "150")
    assert main(["report", "--warehouse", str(warehouse), "events_by_type", "cancelled_celebrations"]) == 0
    out = re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out)
    assert "━" in out and "==" not in out
    assert "CANCELLED_CELEBRATION" in out and "Belgorod" in out and "javascript:alert(1)" in out


def test_rich_tables_fit_a_narrow_terminal(warehouse):
    buffer = io.StringIO()
    console = Console(file=buffer, width=80, force_terminal=False)
    print_reports(run_reports(warehouse, ["cancelled_celebrations"]), catalogue(), console)
    lines = buffer.getvalue().splitlines()
    assert max(map(len, lines)) <= 80
    assert "2023-05-08" in buffer.getvalue() and "javascript" not in buffer.getvalue()  # the link column needs 120
    assert "Belgorod" in buffer.getvalue()


def test_a_pipe_gets_plain_text(warehouse):
    out = subprocess.run([sys.executable, "-m", "flows.cli", "report", "--warehouse", str(warehouse), "events_by_type"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[:2] == ["== Events by type ==", "event_type             clusters  mentions  articles"]
    assert "\x1b[" not in out.stdout

