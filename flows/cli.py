"""``sitrep``: run the pipeline, query the warehouse, print reports, score against gold.

Exit codes: 0 success, 1 failure, 2 usage error. Errors are one line on
stderr, never a traceback (``SITREP_DEBUG=1`` shows it).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import signal
import sys
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from tasks.settings import Settings, quiet_prefect

DEPLOYMENT_NAME = "scheduled"


class UsageError(Exception):
    pass


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: every cleanup runs (the lock, Prefect's temporary server)."""


def _on_sigterm(signum, frame):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # once: a second one must not cut the cleanup short
    raise Terminated()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sitrep", description="Offline event data from news articles.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="run the pipeline over a folder of articles")
    run.add_argument("--input", help="folder of articles (default: $SITREP_INPUT or seeds/)")
    run.add_argument("--warehouse", help="warehouse folder (default: $SITREP_WAREHOUSE or warehouse/)")
    run.add_argument("--replace", action="store_true", help="rebuild a warehouse that mirrors another input folder")
    run.add_argument("--strict", action="store_true", help="exit 1 when any article was quarantined")
    run.add_argument("--json", action="store_true", help="print the run summary as JSON")
    run.add_argument("--follow-links", action="store_true", help="also read links that lead out of the input folder")
    run.add_argument("--workers", metavar="N", help="processes that parse and extract (default: $SITREP_WORKERS or one per core)")
    run.add_argument("--task-runner", choices=("local", "dask"), default="local", help="where batches run: processes of this machine, or a Dask cluster")
    run.add_argument("--dask-address", metavar="tcp://HOST:8786", help="scheduler of a running Dask cluster (default: a local cluster of --workers processes)")

    query = sub.add_parser("query", help="run a read-only SQL query against the warehouse")
    query.add_argument("sql", help="the SQL query; tables: events, documents, runs, ingest_errors")
    query.add_argument("--warehouse", help="warehouse folder (default: $SITREP_WAREHOUSE or warehouse/)")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--timeout", metavar="SECONDS", help="stop the query after this long (default: $SITREP_QUERY_TIMEOUT or 60)")
    query.add_argument("--memory-limit", metavar="SIZE", help="DuckDB memory limit, e.g. 2GB (default: $SITREP_QUERY_MEMORY_LIMIT or 2GB)")

    report = sub.add_parser("report", help="print the canned reports, or write them as one HTML page")
    report.add_argument("names", nargs="*", metavar="NAME", help="reports to run (default: all; see --list)")
    report.add_argument("--list", action="store_true", help="list the reports, one line each")
    report.add_argument("--warehouse", help="warehouse folder (default: $SITREP_WAREHOUSE or warehouse/)")
    report.add_argument("--limit", type=int, default=20, help="rows per section (default 20)")
    report.add_argument("--since", metavar="DATE", help="only events on or after this date (YYYY-MM-DD)")
    report.add_argument("--type", metavar="EVENT_TYPE", help="only events of this type, e.g. RETREAT")
    report.add_argument("--country", metavar="ISO3", help="only events in this country (ISO 3166 alpha-3, e.g. UKR)")
    report.add_argument("--html", metavar="FILE", help="write one self-contained HTML page (charts, map, event table) to FILE")

    serve = sub.add_parser("serve", help="serve the pipeline as a scheduled Prefect deployment (needs PREFECT_API_URL)")
    serve.add_argument("--cron", required=True, help='schedule, a cron expression such as "0 * * * *" (hourly)')
    serve.add_argument("--name", default=DEPLOYMENT_NAME, help=f"deployment name (default {DEPLOYMENT_NAME}): run it by hand with prefect deployment run 'sitrep/NAME'")
    serve.add_argument("--input", help="folder of articles (default: $SITREP_INPUT or seeds/)")
    serve.add_argument("--warehouse", help="warehouse folder (default: $SITREP_WAREHOUSE or warehouse/)")

    watch = sub.add_parser("watch", help="run the pipeline now and every INTERVAL in this process, the model kept loaded")
    watch.add_argument("--every", required=True, metavar="INTERVAL", help="time between runs: seconds, or 90s, 15m, 1h, 1d")
    watch.add_argument("--runs", type=int, metavar="N", help="stop after N runs (default: until Ctrl-C or SIGTERM)")
    watch.add_argument("--input", help="folder of articles (default: $SITREP_INPUT or seeds/)")
    watch.add_argument("--warehouse", help="warehouse folder (default: $SITREP_WAREHOUSE or warehouse/)")
    watch.add_argument("--workers", metavar="N", help="processes that parse and extract (default: $SITREP_WORKERS or one per core)")
    watch.add_argument("--json", action="store_true", help="print each run as one line of JSON")

    ev = sub.add_parser("eval", help="score extraction against gold annotations")
    ev.add_argument("--input", required=True, help="folder of articles the gold file annotates")
    ev.add_argument("--gold", required=True, help="gold.jsonl in the format of the ontology")
    ev.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    ev.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse printed its message
        return 2 if exc.code else 0
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"sitrep: {shown(str(exc))}", file=sys.stderr)
        return 2
    except Terminated:
        print("sitrep: terminated (SIGTERM)", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sitrep: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:  # "sitrep report | head": the reader left, nothing went wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # one clear line, the trace only on request
        if os.environ.get("SITREP_DEBUG"):
            raise
        from flows.watch import first_line

        print(f"sitrep: error: {shown(first_line(exc))}", file=sys.stderr)
        return 1
    finally:
        if signal.getsignal(signal.SIGTERM) is _on_sigterm:  # after a SIGTERM it stays ignored until exit
            signal.signal(signal.SIGTERM, previous)


def cmd_run(args) -> int:
    settings = settings_for(args, workers=args.workers)
    if args.dask_address and args.task_runner != "dask":
        raise UsageError("--dask-address needs --task-runner dask")
    check_run_paths(settings)
    quiet_prefect()
    from flows.pipeline import sitrep_flow

    summary = sitrep_flow(
        **settings.flow_parameters(),
        replace=args.replace,
        follow_links=args.follow_links,
        task_runner=args.task_runner,
        dask_address=args.dask_address,
    )
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(format_summary(summary, settings))
    return 1 if args.strict and summary["failed"] else 0


def check_input_folder(settings: Settings) -> None:
    if settings.input_dir.exists() and not settings.input_dir.is_dir():
        raise UsageError(f"input {settings.input_dir} is a file, not a folder: give the folder that holds it")
    if not settings.input_dir.is_dir():
        raise UsageError(f"input folder {settings.input_dir} does not exist")


def check_run_paths(settings: Settings) -> None:
    """The input folder exists and the warehouse can be written: usage errors, before Prefect starts (which takes seconds)."""
    from tasks.store import Warehouse, WarehouseConflict

    check_input_folder(settings)
    try:
        Warehouse(settings.warehouse).check_writable()
    except WarehouseConflict as exc:
        raise UsageError(str(exc)) from None


def format_summary(s: dict, settings: Settings) -> str:
    lines = [
        f"sitrep run {s['run_id']}: {settings.input_dir} -> {settings.warehouse}",
        f"  documents seen {s['documents_seen']}: new {s['new']}, changed {s['changed']}, unchanged {s['unchanged']}, "
        f"removed {s['removed']}; failed {s['failed']}, skipped {s['skipped']}",
        f"  event rows {s['events']}; realis events by type:",
    ]
    lines += [f"    {t:<24} {n}" for t, n in s["events_by_type"].items()] or ["    (none)"]
    if s["errors"]:
        lines.append(f"  ingest problems ({len(s['errors'])}; see the ingest_errors table):")
        lines += [f"    {shown(e)}" for e in s["errors"][:10]]
        if len(s["errors"]) > 10:
            lines.append(f"    ... and {len(s['errors']) - 10} more")
    return "\n".join(lines)


def settings_for(args, **flags) -> Settings:
    """The settings of a command; a bad value is a usage error (exit 2) in every command."""
    for flag in ("input", "warehouse"):  # "" would read as no flag: the default folder, perhaps the warehouse in use
        value = getattr(args, flag, None)
        if value is not None and not value.strip():
            raise UsageError(f"--{flag} is empty (an unset variable?): give a folder, or leave the option out for the default")
    try:
        return Settings.resolve(getattr(args, "input", None), args.warehouse, **flags)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def query_limits(settings: Settings):
    from tasks.query import Limits

    return Limits(timeout=settings.query_timeout, memory=settings.query_memory_limit)


def cmd_query(args) -> int:
    from tasks.query import QueryRefused, run_query

    settings = settings_for(args, query_timeout=args.timeout, query_memory_limit=args.memory_limit)
    try:
        result = run_query(settings.warehouse, args.sql, limits=query_limits(settings))
    except QueryRefused as exc:
        raise UsageError(str(exc)) from None
    print(render(result.columns, result.rows, args.format))
    return 0


def cmd_report(args) -> int:
    from tasks.reports.catalogue import Filters, catalogue, run_reports

    reports = catalogue()
    if args.list:
        width = max(map(len, reports))
        print("\n".join(f"{name:<{width}}  {r.description}" for name, r in reports.items()))
        return 0
    if args.limit <= 0:
        raise UsageError("--limit must be positive")
    unknown = [n for n in args.names if n not in reports]
    if unknown:
        raise UsageError(f"unknown report {', '.join(unknown)}; known: {', '.join(reports)} (sitrep report --list)")
    try:
        filters = Filters.parse(args.since, args.type, args.country)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    settings = settings_for(args)
    limits = query_limits(settings)
    results = run_reports(settings.warehouse, args.names, filters, args.limit, limits)
    if args.html:
        from tasks.reports import page

        path = page.write(Path(args.html), page.build(settings.warehouse, results, reports, filters, limits))
        print(f"sitrep: wrote {path}")
    elif sys.stdout.isatty():
        from rich.console import Console

        from tasks.reports.console import print_reports

        print_reports(results, reports, Console())
    else:
        print("\n\n".join(f"== {reports[name].title} ==\n{render(r.columns, r.rows, 'table')}" for name, r in results.items()))
    return 0


def cmd_serve(args) -> int:
    from flows.serve import NoServer, serve

    settings = settings_for(args)
    check_input_folder(settings)
    try:
        serve(settings, args.name, args.cron)
    except NoServer as exc:
        raise UsageError(str(exc)) from None
    return 0


def cmd_watch(args) -> int:
    from flows.watch import parse_interval, watch

    settings = settings_for(args, workers=args.workers)
    try:
        every = parse_interval(args.every)
    except ValueError as exc:
        raise UsageError(f"--every: {exc}") from None
    if args.runs is not None and args.runs <= 0:
        raise UsageError("--runs must be positive")
    check_run_paths(settings)
    quiet_prefect()
    from flows.pipeline import sitrep_flow
    from tasks.parallel import warm_up

    warm_up(settings.model)  # every tick then finds the pipeline, the extractor and the GeoNames index loaded

    def run() -> dict:
        return sitrep_flow(**settings.flow_parameters())

    def report(tick) -> None:
        if args.json:
            print(json.dumps(tick.as_dict()), flush=True)
        elif tick.error:
            print(f"sitrep watch: run {tick.number} failed after {tick.seconds:.1f} s: {tick.error}", file=sys.stderr, flush=True)
        else:
            print(f"{tick.started:%Y-%m-%d %H:%M:%S} UTC, run {tick.number} ({tick.seconds:.1f} s)\n{format_summary(tick.summary, settings)}", flush=True)

    done = watch(run, every, args.runs, report=report)
    if args.runs is None or done.runs < args.runs:
        print(f"sitrep watch: stopped after {done.runs} runs ({done.failed} failed)", file=sys.stderr)
    return 1 if done.failed else 0


def cmd_eval(args) -> int:
    from tasks.evaluate import evaluate, format_report

    result = evaluate(Path(args.input), Path(args.gold))
    print(json.dumps(result.as_dict(), indent=2) if args.json else format_report(result, errors=args.errors))
    return 0


def render(columns: list[str], rows: list[tuple], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, map(_json_value, r))) for r in rows], indent=2, ensure_ascii=False)
    if fmt == "csv":
        import io

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in r] for r in rows])  # quoted as CSV needs: line breaks stay, None is empty
        return buf.getvalue().rstrip("\n")
    cells = [[_cell(v) for v in r] for r in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
    line = lambda vals: "  ".join(v[:w].ljust(w) for v, w in zip(vals, widths)).rstrip()
    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _plain(v):
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def _json_value(v):
    """A query's value as JSON holds it: numbers (a DECIMAL too), ISO 8601 dates and times, null for NaN and
    infinities (which JSON has not), text for the rest (an interval, a UUID); lists and structs value by value."""
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, Decimal):
        return _json_value(float(v))
    if isinstance(v, (date, time)):
        return v.isoformat()
    if isinstance(v, dict):
        return {str(k): _json_value(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_json_value(x) for x in v]
    return v if v is None or isinstance(v, (str, int)) else str(v)


def _cell(v) -> str:
    if v is None:
        return ""
    return _plain(v) if isinstance(v, (date, datetime)) else shown(str(v).replace("\n", " "))


# Characters a terminal acts on rather than shows: C0 and C1 controls (an escape sequence clears the screen or
# retitles the window), and the bidirectional overrides and isolates that reorder what follows on the line.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """``text`` for the terminal: characters it would act on (a file name's "\\x1b[2J", a line break) as escapes."""
    return _UNSHOWN.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


COMMANDS = {"run": cmd_run, "query": cmd_query, "report": cmd_report, "serve": cmd_serve, "watch": cmd_watch, "eval": cmd_eval}


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
