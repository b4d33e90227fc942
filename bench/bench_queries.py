"""DuckDB time of every canned report over a synthetic warehouse of 10M events (issue 9's target: < 1 s each).

Builds the warehouse (bench/synthetic_warehouse.py) in a temporary folder,
never in the repository, then runs every report of ``tasks/reports/`` through
``tasks.reports.catalogue.run``, the code path of ``sitrep report`` (a fresh
read-only connection per query, the default limits), with the default
filters and with a date and type filter, ``--repeat`` times each, and prints
the median. ``--explain DIR`` writes EXPLAIN ANALYZE of every report that
misses the target to DIR. ``--native`` also times the same SQL and values on
a plain DuckDB connection whose views read the Parquet files with DuckDB's own
reader (``tasks.store.create_views``, what ``W/sitrep.duckdb`` holds), to tell
the cost of the SQL from that of the read-only connection's Arrow scans. The
HTML page's own queries (``tasks/reports/page/``) are timed too, at the
limits the page asks for.

    python bench/bench_queries.py [--events 10000000] [--repeat 3] [--keep DIR | --reuse DIR] [--explain DIR] [--native] [--write]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402

from bench.common import load_average, machine, median_seconds, table, timed, write_section  # noqa: E402
from bench.synthetic_warehouse import Shape, build, parquet_bytes  # noqa: E402
from tasks.query import run_query  # noqa: E402
from tasks.reports.catalogue import Filters, Report, bound, catalogue, page_query, run  # noqa: E402
from tasks.reports.page import EVENT_ROWS, MAP_POINTS, event_rows, event_rows_values  # noqa: E402
from tasks.store import create_views  # noqa: E402

TARGET_SECONDS = 1.0
FILTERED = Filters.parse(since="2023-01-01", event_type="RETREAT")
SECTION = "Report queries over a synthetic warehouse"
REPORT_LIMIT = 20
PAGE_LIMITS = {"run_summary": 1, "map_points": MAP_POINTS, "event_rows": EVENT_ROWS + 1}  # as tasks/reports/page.py asks


def queries() -> list[tuple[str, Report, int]]:
    """Every report at --limit 20, then the page's queries at the page's limits: (label, report, limit)."""
    reports = [(f"`{name}`", report, REPORT_LIMIT) for name, report in catalogue().items()]
    page = [(f"page `{name}` (limit {limit})", page_query(name), limit) for name, limit in PAGE_LIMITS.items()]
    return reports + page


def timed_run(root: Path, report: Report, filters: Filters, limit: int):
    """What the report costs as sitrep runs it: the page's event rows are two queries (``page.event_rows``)."""
    if report.name == "event_rows":
        return event_rows(root, filters, limit)
    return run(root, report, filters, limit)


def values(root: Path, report: Report, filters: Filters, limit: int) -> dict:
    """The report's bound values; the page's event rows also take the cutoff its first query finds."""
    if report.name == "event_rows":
        return event_rows_values(lambda sql, params: run_query(root, sql, params), filters, limit)
    return bound(report.sql, filters, limit)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--chunk", type=int, default=1_000_000, help="events generated and written at a time")
    ap.add_argument("--keep", type=Path, help="build the warehouse here and keep it (default: a temporary folder, deleted)")
    ap.add_argument("--reuse", type=Path, help="time the reports on a warehouse this script built before (no generation)")
    ap.add_argument("--explain", type=Path, help="write EXPLAIN ANALYZE of every report over the target to this folder")
    ap.add_argument("--native", action="store_true", help="also time the SQL over DuckDB's own Parquet reader (create_views)")
    ap.add_argument("--write", action="store_true", help=f"replace the section '{SECTION}' of bench/RESULTS.md")
    args = ap.parse_args(argv)
    load_before = load_average()
    scratch = None
    if args.reuse:
        root, generated = args.reuse, None
    else:
        root = args.keep or Path(tempfile.mkdtemp(prefix="sitrep-bench-wh-")) / "warehouse"
        scratch = None if args.keep else root.parent
        seconds, counts = timed(lambda: build(root, Shape(args.events), args.chunk))
        generated = (seconds, counts, parquet_bytes(root))
    try:
        rows = measure(root, args.repeat, args.explain, args.native)
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    text = render(rows, generated, args.repeat, load_before, load_average(), args.native)
    print(text)
    if args.write:
        write_section(SECTION, text)
    return 0


def measure(root: Path, repeat: int, explain: Path | None, native: bool) -> list[list]:
    rows = []
    for label, report, limit in queries():
        line = [label]
        for filters in (Filters(), FILTERED):
            seconds, times, result = median_seconds(lambda: timed_run(root, report, filters, limit), repeat)
            line += [f"{seconds:.2f}", len(result.rows)]
            if explain and seconds >= TARGET_SECONDS:
                write_explain(root, report, filters, limit, explain)
        line.append("yes" if max(float(line[1]), float(line[3])) < TARGET_SECONDS else "**no**")
        if native:
            line += [f"{native_seconds(root, report, f, limit, repeat):.2f}" for f in (Filters(), FILTERED)]
        rows.append(line)
        print(" ".join(map(str, line)), file=sys.stderr)
    return rows


def native_seconds(root: Path, report: Report, filters: Filters, limit: int, repeat: int) -> float:
    """Median seconds of the report's SQL over views that read the Parquet files with DuckDB's own reader."""
    con = duckdb.connect(":memory:")
    try:
        create_views(con, root.resolve())
        chosen = values(root, report, filters, limit)
        return statistics.median(timed(lambda: con.execute(report.sql, chosen).fetchall())[0] for _ in range(repeat))
    finally:
        con.close()


def write_explain(root: Path, report: Report, filters: Filters, limit: int, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = report.name
    result = run_query(root, "EXPLAIN ANALYZE " + report.sql, values(root, report, filters, limit))
    suffix = "filtered" if filters.event_type else "all"
    (folder / f"{name}.{suffix}.txt").write_text("\n".join(str(r[-1]) for r in result.rows), encoding="utf-8")


def render(rows: list[list], generated, repeat: int, load_before: str, load_after: str, native: bool) -> str:
    lines = [
        f"`python bench/bench_queries.py`: every report of `tasks/reports/` through `tasks.reports.catalogue.run` "
        f"(what `sitrep report` runs: a fresh read-only DuckDB connection per query, default limits, `--limit {REPORT_LIMIT}`), "
        f"then the HTML page's own queries at the limits the page uses, "
        f"median of {repeat} runs, in seconds. Filtered: `{FILTERED.describe()}`. Target: < {TARGET_SECONDS:g} s each.",
        "",
        f"Machine: {machine()}; load average {load_before} before, {load_after} after.",
        "",
    ]
    if generated:
        seconds, counts, sizes = generated
        lines += [
            f"Warehouse generated in {seconds:.1f} s: "
            + ", ".join(f"{counts[n]:,} {n}" for n in ("events", "event_clusters", "documents"))
            + f"; Parquet {sum(sizes.values()) / 2**20:,.0f} MiB ("
            + ", ".join(f"{n} {sizes[n] / 2**20:,.0f}" for n in ("events", "event_clusters", "documents"))
            + ").",
            "",
        ]
    header = ["report", "all: s", "rows", f"{FILTERED.describe()}: s", "rows", "< 1 s"]
    if native:
        header += ["DuckDB reader, all: s", "DuckDB reader, filtered: s"]
        lines += [
            "The last two columns: the same SQL and values on a plain DuckDB connection whose views read the Parquet "
            "files with DuckDB's own reader (`tasks.store.create_views`), not the read-only connection's Arrow scans.",
            "",
        ]
    lines.append(table(header, rows, right={1, 2, 3, 4, 6, 7}))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
