"""The command line: exit codes, output formats, and the README's commands."""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from flows.cli import build_parser, main
from tasks.store import Warehouse
from tests.test_store import tables

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture
def warehouse(tmp_path):
    root = tmp_path / "w"
    Warehouse(root).publish("r1", tables(2))
    return root


def test_query_formats(warehouse, capsys):
    assert main(["query", "--warehouse", str(warehouse), "--format", "json", "SELECT event_id, realis FROM events ORDER BY 1"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"event_id": "e0", "realis": True}, {"event_id": "e1", "realis": True}]
    assert main(["query", "--warehouse", str(warehouse), "--format", "csv", "SELECT event_id FROM events ORDER BY 1"]) == 0
    assert capsys.readouterr().out.splitlines() == ["event_id", "e0", "e1"]
    assert main(["query", "--warehouse", str(warehouse), "SELECT count(*) AS n FROM events"]) == 0
    assert "(1 row)" in capsys.readouterr().out


def test_warehouse_from_environment(warehouse, capsys, monkeypatch):
    monkeypatch.setenv("SITREP_WAREHOUSE", str(warehouse))
    assert main(["query", "--format", "csv", "SELECT count(*) AS n FROM events"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "2"]


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (["query", "DELETE FROM events"], 2, "refused a DELETE"),
        (["query", "ATTACH 'x.db' AS x"], 2, "refused an ATTACH statement"),
        (["query", "UPDATE events SET source = 'x'"], 2, "refused an UPDATE statement"),
        (["query", "INSERT INTO events VALUES (1)"], 2, "refused an INSERT statement"),
        (["query", "SELEC oops"], 2, "syntax error"),
        (["query", "SELECT * FROM nope"], 1, "nope"),
        (["frobnicate"], 2, "invalid choice"),
        (["report", "--limit", "0"], 2, "--limit"),
        (["query", "--timeout", "0", "SELECT 1"], 2, "time limit must be positive"),
        (["query", "--timeout", "soon", "SELECT 1"], 2, "number of seconds"),
        (["query", "--memory-limit", "lots", "SELECT 1"], 2, "memory limit"),
        (["query", "--timeout", "0.5", "SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b"], 1, "--timeout"),
    ],
)
def test_errors_are_one_line_with_exit_codes(warehouse, capsys, argv, code, message):
    argv = argv[:1] + ["--warehouse", str(warehouse)] + argv[1:] if argv[0] in ("query", "report") else argv
    assert main(argv) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_warehouse_and_input(tmp_path, capsys):
    assert main(["query", "--warehouse", str(tmp_path / "none"), "SELECT 1"]) == 1
    assert "sitrep run" in capsys.readouterr().err
    assert main(["run", "--input", str(tmp_path / "none"), "--warehouse", str(tmp_path / "w")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["query", "SELECT 1"], ["report"], ["run"]])
def test_a_bad_setting_is_a_usage_error_in_every_command(warehouse, tmp_path, capsys, monkeypatch, command):
    monkeypatch.setenv("SITREP_BATCH_SIZE", "many")
    monkeypatch.setenv("SITREP_INPUT", str(tmp_path))
    assert main(command[:1] + ["--warehouse", str(warehouse)] + command[1:]) == 2
    assert "SITREP_BATCH_SIZE" in capsys.readouterr().err


def test_run_refuses_a_warehouse_in_the_way_before_prefect_starts(tmp_path, capsys):
    """Exit 2 at once; before, Prefect started (seconds) and the run then failed with exit 1."""
    (tmp_path / "in").mkdir()
    (tmp_path / "file").write_text("not a folder")
    (tmp_path / "w" / "events").mkdir(parents=True)
    for warehouse, message in ((tmp_path / "file", "is a file"), (tmp_path / "w", "not sitrep's link")):
        assert main(["run", "--input", str(tmp_path / "in"), "--warehouse", str(warehouse)]) == 2
        assert message in capsys.readouterr().err


def test_report_sections(warehouse, capsys):
    assert main(["report", "--warehouse", str(warehouse)]) == 0
    out = capsys.readouterr().out
    for title in ("Events by type", "Events by month", "Events by country", "Events by place", "Top actors", "Top sources", "Cancelled celebrations"):
        assert f"== {title} ==" in out


def readme_commands() -> list[list[str]]:
    text = README.read_text()
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    out = []
    for block in blocks:
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith(".venv/bin/sitrep "):
                out.append(shlex.split(line)[1:])
    return out


def test_readme_commands_parse():
    commands = readme_commands()
    assert {c[0] for c in commands} >= {"run", "query", "report", "watch", "eval"}
    parser = build_parser()
    for argv in commands:
        parser.parse_args(argv)  # exits (fails the test) on a flag the CLI does not have


def test_readme_sql_examples_run(warehouse, capsys):
    queries = [c for c in readme_commands() if c[0] == "query"]
    assert len(queries) >= 3
    for argv in queries:
        assert main(argv[:1] + ["--warehouse", str(warehouse)] + argv[1:]) == 0, capsys.readouterr().err


def test_readme_quickstart_is_two_make_targets():
    quick = README.read_text().split("## Quickstart")[1].split("##")[0]
    commands = [line.split("#")[0].strip() for b in re.findall(r"```sh\n(.*?)```", quick, re.S) for line in b.splitlines() if line.strip()]
    assert commands == ["make run", "make test"]
    makefile = (README.parent / "Makefile").read_text()
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_output_cut_short_by_the_reader_is_not_an_error(warehouse):
    import subprocess
    import sys

    # far more output than a pipe buffers, so the writer meets the closed pipe
    cmd = f"{sys.executable} -m flows.cli query --warehouse {warehouse} --format csv 'SELECT range AS n FROM range(300000)' | head -n 2"
    out = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, cwd=README.parent)
    assert out.stdout.split() == ["n", "0"]
    assert out.stderr == "" and out.returncode == 0


@pytest.mark.parametrize("command", [["run"], ["watch", "--every", "1h"], ["serve", "--cron", "0 * * * *"]])
def test_an_input_that_is_a_file_is_said_to_be_a_file(tmp_path, capsys, command):
    """An --input naming a file was reported as a folder that "does not exist", sending the user to look for a typo."""
    (tmp_path / "articles.jsonl").write_text('{"text": "Head\\nBody"}\n')
    assert main(command + ["--input", str(tmp_path / "articles.jsonl"), "--warehouse", str(tmp_path / "w")]) == 2
    err = capsys.readouterr().err
    assert "is a file, not a folder" in err and "does not exist" not in err


def test_csv_keeps_a_values_line_breaks(warehouse, capsys):
    """CSV quotes a value with line breaks; they were turned into spaces, as the table view does, so a document's
    text exported as CSV lost its paragraphs (and the headline its first line is)."""
    import csv
    import io

    sql = "SELECT 'Head' || chr(10) || chr(10) || 'Body, \"quoted\"' AS text, NULL AS nothing, DATE '2024-05-03' AS day"
    assert main(["query", "--warehouse", str(warehouse), "--format", "csv", sql]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [["text", "nothing", "day"], ['Head\n\nBody, "quoted"', "", "2024-05-03"]]


def test_json_holds_every_value_a_query_can_give(warehouse, capsys):
    """"SELECT 0.5 AS x" is a DECIMAL in DuckDB: --format json stopped with "Object of type Decimal is not JSON
    serializable", and so on a date in a list, a time, an interval, a UUID; a division by zero printed Infinity,
    which is no JSON. Numbers stay numbers, dates and times are ISO 8601, what JSON cannot hold is null or text."""
    sql = (
        "SELECT 0.5 AS x, [DATE '2024-05-03'] AS days, {'at': TIME '10:30'} AS s, 1 / 0 AS inf, INTERVAL 3 DAY AS span,"
        " '00000000-0000-0000-0000-000000000001'::UUID AS id, 7 AS n, 'a' AS t, NULL AS nothing"
    )
    assert main(["query", "--warehouse", str(warehouse), "--format", "json", sql]) == 0
    out = capsys.readouterr().out
    assert json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} is no JSON")) == [
        {"x": 0.5, "days": ["2024-05-03"], "s": {"at": "10:30:00"}, "inf": None, "span": "3 days, 0:00:00",
         "id": "00000000-0000-0000-0000-000000000001", "n": 7, "t": "a", "nothing": None}
    ]


def test_control_characters_in_names_and_values_are_shown_escaped_never_sent_to_the_terminal():
    """A file named with an escape sequence ("\\x1b[2J" clears the screen) or a line break, or a sidecar title holding
    one, reached the terminal as it was in the run's summary and in query tables: one problem took two lines, or
    the screen was cleared. Tables and the summary show such characters escaped; CSV and JSON keep the values."""
    from flows.cli import format_summary, render
    from tasks.settings import Settings

    summary = {
        "run_id": "r", "documents_seen": 1, "new": 1, "changed": 0, "unchanged": 0, "removed": 0, "failed": 1, "skipped": 0,
        "events": 0, "events_by_type": {}, "errors": ["evil\x1b[2J\nname.txt: empty: file is empty or whitespace only"],
    }
    out = format_summary(summary, Settings.resolve("in", "wh"))
    assert "\x1b" not in out and "evil\\x1b[2J\\nname.txt: empty" in out
    table = render(["title"], [("A\x1b]0;owned\x07 title",)], "table")
    assert "\x1b" not in table and "\x07" not in table and "A\\x1b]0;owned\\x07 title" in table
    assert json.loads(render(["title"], [("A\x1b title",)], "json")) == [{"title": "A\x1b title"}]


@pytest.mark.parametrize(
    "argv, flag",
    [
        (["run", "--input", "", "--warehouse", "W"], "--input"),
        (["run", "--input", "IN", "--warehouse", " "], "--warehouse"),
        (["query", "--warehouse", "", "SELECT 1"], "--warehouse"),
        (["report", "--warehouse", ""], "--warehouse"),
        (["watch", "--every", "1h", "--input", "", "--warehouse", "W"], "--input"),
    ],
)
def test_an_empty_folder_option_is_a_usage_error_not_the_default_folder(tmp_path, capsys, monkeypatch, argv, flag):
    """``--input "$DIR"`` with DIR unset gave "", which read as no option: the run went over seeds/ into warehouse/,
    the default warehouse, perhaps the one in use (with --replace, rebuilt from seeds/)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "IN").mkdir()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"{flag} is empty" in err and "Traceback" not in err
    assert not (tmp_path / "warehouse").exists() and not (tmp_path / "W").exists()
