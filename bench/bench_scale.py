"""Whole runs at scale: the fixed cost of a run, re-runs, peak memory, and the dev-set F1 of the same build.

Every ``sitrep run`` here is a subprocess of this script (``.venv/bin/sitrep``,
``--workers 1``), in temporary folders that are deleted at the end; Prefect's
temporary server is started by each run, unless the row says the run talks to
a running ``prefect server start`` (as scheduled runs of ``sitrep serve`` do).

- ``fixed``: ``sitrep run`` on an empty folder into a new warehouse, end to
  end; then the flow function called in this process (the first call starts
  Prefect's temporary server, the later ones reuse it).
- ``reruns``: the articles of ../shared/corpus and ../shared/devset copied as
  distinct files (whole copies of both folders) up to ``--words`` words; a
  full run, an unchanged re-run, and a re-run after adding 1% new files
  (copies of articles under a new folder), each against raw ``nlp.pipe`` over
  every line measured in this process (on a sample of ``--raw-words`` words,
  scaled by words, unless ``--raw-words 0``).
- ``memory``: synthetic articles (bench/synthetic_articles.py) at each of
  ``--docs`` sizes; the peak resident memory of the run (one process, and the
  whole process tree sampled). A size whose run would take longer than
  ``--max-minutes`` by the previous size's time is left out unless asked for.
- ``f1``: ``sitrep run`` over the dev set, scored by ../shared/eval/score.py.

    python bench/bench_scale.py [--what fixed reruns memory f1] [--words N] [--docs 10000 100000] [--write]
"""
from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_pipeline import english_docs, raw_parse_seconds, words_of  # noqa: E402
from bench.common import Measured, SHARED, SITREP, check_ok, load_average, machine, prefect_server, run_measured, table, timed, write_section  # noqa: E402
from bench.synthetic_articles import write as write_articles  # noqa: E402

PARTS = ("fixed", "reruns", "memory", "f1")
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
SECTION = "Whole runs: fixed cost, re-runs, memory, dev-set F1"


def sitrep_run(input_dir: Path, warehouse: Path, env: dict | None = None) -> Measured:
    cmd = [str(SITREP), "run", "--input", str(input_dir), "--warehouse", str(warehouse), "--workers", "1", "--json"]
    return check_ok(run_measured(cmd, env=env), f"sitrep run --input {input_dir}")


def summary(measured: Measured) -> dict:
    return json.loads(measured.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--what", nargs="+", choices=PARTS, default=list(PARTS))
    ap.add_argument("--repeat", type=int, default=3, help="runs of the fixed-cost measurement (default 3)")
    ap.add_argument("--words", type=int, default=1_000_000, help="size of the re-run input (default 1M words)")
    ap.add_argument("--raw-words", type=int, default=150_000, help="words of the raw-parse sample (0: all of the input)")
    ap.add_argument("--docs", type=int, nargs="+", default=[10_000, 100_000], help="synthetic article counts for memory")
    ap.add_argument("--max-minutes", type=float, default=20.0, help="leave out a memory size expected to take longer")
    ap.add_argument("--format", choices=("jsonl", "txt"), default="jsonl", help="files of the synthetic articles")
    ap.add_argument("--write", action="store_true", help=f"replace the section '{SECTION}' of bench/RESULTS.md")
    args = ap.parse_args(argv)
    shared = SHARED
    load_before = load_average()
    scratch = Path(tempfile.mkdtemp(prefix="sitrep-bench-scale-"))
    parts = []
    try:
        fixed_median = None
        if "fixed" in args.what:
            text, fixed_median = fixed_cost(scratch / "fixed", args.repeat)
            parts.append(text)
        if "reruns" in args.what:
            parts.append(reruns(scratch / "reruns", shared, args.words, args.raw_words, fixed_median))
        if "memory" in args.what:
            parts.append(memory(scratch / "memory", args.docs, args.format, args.max_minutes))
        if "f1" in args.what:
            parts.append(dev_f1(scratch / "f1", shared))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    head = f"`python bench/bench_scale.py --what {' '.join(args.what)}`. Machine: {machine()}; load average {load_before} before, {load_average()} after."
    text = "\n\n".join([head] + parts)
    print(text)
    if args.write:
        write_section(SECTION, text)
    return 0


def fixed_cost(folder: Path, repeat: int) -> tuple[str, float]:
    empty = folder / "empty"
    empty.mkdir(parents=True)
    sub = [sitrep_run(empty, folder / f"sub-{i}") for i in range(repeat)]
    from tasks.settings import quiet_prefect

    quiet_prefect()
    from flows.pipeline import sitrep_flow

    flow = [timed(lambda i=i: sitrep_flow(input_dir=empty, warehouse_dir=folder / f"flow-{i}", workers=1))[0] for i in range(repeat)]
    sub_s = [m.seconds for m in sub]
    with prefect_server(folder / "prefect", folder / "server.log") as env:
        served = [sitrep_run(empty, folder / f"served-{i}", env).seconds for i in range(repeat)]
    rows = [
        ["`sitrep run` in a subprocess (Prefect's temporary server started each time)", f"{statistics.median(sub_s):.2f}", ", ".join(f"{s:.2f}" for s in sub_s)],
        ["`sitrep run` in a subprocess, `PREFECT_API_URL` of a running `prefect server start` (scheduled runs)", f"{statistics.median(served):.2f}", ", ".join(f"{s:.2f}" for s in served)],
        ["the flow function in this process (the first call starts the server)", f"{statistics.median(flow):.2f}", ", ".join(f"{s:.2f}" for s in flow)],
    ]
    text = "### Fixed cost of a run on an empty folder\n\n" + table(["what", "median s", "each run, s"], rows, right={1})
    print(text, file=sys.stderr)
    return text, statistics.median(sub_s)


def copy_corpus(folders: list[Path], target: Path, copies: int) -> None:
    for k in range(copies):
        for f in folders:
            shutil.copytree(f, target / f"copy{k:02d}" / f.parent.name)


def add_new_files(source: Path, target: Path, count: int) -> int:
    """Copy ``count`` articles spread over ``source`` (with their sidecars) to ``target``; how many."""
    articles = sorted(p for p in source.rglob("*") if p.suffix in ARTICLE_SUFFIXES and not p.name.endswith(".meta.json"))
    chosen = articles[:: max(1, len(articles) // max(1, count))][:count]
    for path in chosen:
        for f in (path, path.with_name(path.stem + ".meta.json")):
            if f.exists():
                dest = target / f.relative_to(source)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(f, dest)
    return len(chosen)


def reruns(folder: Path, shared: Path, words: int, raw_words: int, fixed_seconds: float | None) -> str:
    folders = [f for f in (shared / "corpus" / "articles", shared / "devset" / "articles") if f.is_dir()]
    docs = english_docs(folders)
    per_copy = sum(map(words_of, docs))
    copies = math.ceil(words / per_copy)
    total = per_copy * copies
    inp, wh = folder / "input", folder / "warehouse"
    copy_corpus(folders, inp, copies)
    if raw_words:
        sample, sample_words = [], 0
        for d in docs * copies:
            if sample_words >= raw_words:
                break
            sample.append(d)
            sample_words += words_of(d)
    else:
        sample, sample_words = docs * copies, total
    raw = raw_parse_seconds(sample) * total / sample_words
    how = f"measured on {sample_words:,} words and scaled by words" if raw_words else "measured on all of them"
    full = sitrep_run(inp, wh)
    one_percent = math.ceil(0.01 * summary(full)["documents_seen"])
    same = sitrep_run(inp, wh)
    added = add_new_files(inp / "copy00", inp / "added", one_percent)
    grown = sitrep_run(inp, wh)
    runs = [("full run", full), ("unchanged re-run", same), (f"re-run after adding {added} new files (1%)", grown)]
    with prefect_server(folder / "prefect", folder / "server.log") as env:  # as scheduled runs do: no temporary server to start
        same_served = sitrep_run(inp, wh, env)
        added = add_new_files(inp / "copy00", inp / "added-again", one_percent)
        grown_served = sitrep_run(inp, wh, env)
        ticks, watcher = watched_ticks(inp, wh, env, lambda k: add_new_files(inp / "copy00", inp / f"added-tick-{k}", one_percent))
    runs += [("unchanged re-run, running Prefect server", same_served), (f"re-run after adding {added} new files (1%), running Prefect server", grown_served)]
    rows = []
    for name, m in runs:
        s = summary(m)
        rows.append(run_row(name, s, m.seconds, fixed_seconds, raw, full.seconds, m.max_rss_mb))
    for k, tick in enumerate(ticks, 1):
        name = "`sitrep watch` tick 1: unchanged" if k == 1 else f"`sitrep watch` tick {k}: {one_percent} new files (1%) added since the last tick"
        rows.append(run_row(name, tick["summary"], tick["seconds"], None, raw, full.seconds, watcher.max_rss_mb))
    text = "\n".join([
        "### Re-runs",
        "",
        f"Input: the {len(docs)} English articles of the shared corpus and dev set ({per_copy:,} words), copied {copies} times as "
        f"distinct files: {len(docs) * copies:,} articles, {total:,} words. Raw `nlp.pipe` over every line, in this process: "
        f"{raw:.1f} s ({total / raw:,.0f} words/s; {how}). Targets: unchanged ≤ 5% of the raw parse; 1% new ≤ 5% of a full run.",
        "",
        table(["run (`--workers 1`)", "documents", "s", "s less fixed cost", "of raw parse", "of full run", "peak RSS MB"], rows, right={2, 3, 4, 5, 6}),
        "",
        f"Full run: {total / full.seconds:,.0f} words/s end to end, ×{raw / full.seconds:.2f} raw `nlp.pipe`. The `sitrep watch` rows are "
        f"ticks of one `sitrep watch --every {WATCH_EVERY} --workers 1` process against the running Prefect server (the model loaded when it "
        "started): each tick's own time, from calling the flow to its return, as the watcher reports it.",
    ])
    print(text, file=sys.stderr)
    return text


WATCH_EVERY = "20s"  # long enough that the new files are in place before the next tick starts


def run_row(name: str, s: dict, seconds: float, fixed_seconds: float | None, raw: float, full: float, rss_mb: float) -> list[str]:
    counts = f"{s['new']} new, {s['unchanged']} unchanged"
    less = f"{seconds - fixed_seconds:.1f}" if fixed_seconds is not None else ""
    return [name, counts, f"{seconds:.1f}", less, f"{100 * seconds / raw:.1f}%", f"{100 * seconds / full:.1f}%", f"{rss_mb:,.0f}"]


def watched_ticks(inp: Path, wh: Path, env: dict, add, ticks: int = 3) -> tuple[list[dict], Measured]:
    """The ticks of one ``sitrep watch --runs TICKS`` process, and its measurement: the first tick over ``inp`` as it
    is, each later one after ``add(k)`` put new files in while the watcher waited."""
    cmd = [str(SITREP), "watch", "--every", WATCH_EVERY, "--runs", str(ticks), "--json", "--workers", "1", "--input", str(inp), "--warehouse", str(wh)]
    seen: list[dict] = []

    def on_line(line: str) -> None:
        seen.append(json.loads(line))
        if len(seen) < ticks:
            add(len(seen) + 1)

    measured = check_ok(run_measured(cmd, env=env, on_line=on_line), "sitrep watch")
    if len(seen) != ticks or any(t["error"] for t in seen):
        raise RuntimeError(f"the watch did not run {ticks} good ticks: {seen}")
    if any(t["summary"]["new"] == 0 for t in seen[1:]):  # the new files must have been in place before each tick
        raise RuntimeError(f"a watch tick after new files found none: {[t['summary']['new'] for t in seen]}")
    return seen, measured


def memory(folder: Path, sizes: list[int], fmt: str, max_minutes: float) -> str:
    rows, previous = [], None
    for n in sorted(sizes):
        if previous and previous[1] * n / previous[0] > max_minutes * 60:
            rows.append([f"{n:,}", "", f"left out: about {previous[1] * n / previous[0] / 60:.0f} min expected", "", "", ""])
            continue
        inp = folder / f"docs-{n}"
        write_seconds, words = timed(lambda: write_articles(inp, n, fmt))
        m = sitrep_run(inp, folder / f"warehouse-{n}")
        s = summary(m)
        rows.append([f"{n:,}", f"{words:,}", f"{m.seconds:.1f}", f"{m.max_rss_mb:,.0f}", f"{m.tree_rss_mb:,.0f}", s["events"]])
        print(rows[-1], file=sys.stderr)
        previous = (n, m.seconds)
        shutil.rmtree(inp, ignore_errors=True)
        shutil.rmtree(folder / f"warehouse-{n}", ignore_errors=True)
    measured = [r for r in rows if r[3]]
    ratio = ""
    if len(measured) >= 2:
        first, last = (float(r[3].replace(",", "")) for r in (measured[0], measured[-1]))
        ratio = f"\n\nPeak RSS ratio {measured[-1][0]} / {measured[0][0]} documents: ×{last / first:.2f} (target: ≤ 1.5 GB and flat)."
    header = ["documents", "words", "run s", "peak RSS MB, largest process", "peak RSS MB, process tree", "event rows"]
    return (
        f"### Peak memory\n\nSynthetic articles of 100-300 words (`bench/synthetic_articles.py`, {fmt} files of 1,000), one in ten with an "
        "event sentence; `sitrep run --workers 1` in a subprocess: the largest resident set of one process (`wait4`'s `ru_maxrss`) and "
        "of the whole process tree (Prefect's server included), sampled every 0.25 s.\n\n" + table(header, rows) + ratio
    )


def dev_f1(folder: Path, shared: Path) -> str:
    articles, gold = shared / "devset" / "articles", shared / "devset" / "gold.jsonl"
    m = sitrep_run(articles, folder / "warehouse")
    score = run_measured([sys.executable, str(shared / "eval" / "score.py"), "--warehouse", str(folder / "warehouse"), "--gold", str(gold), "--json"])
    micro = json.loads(check_ok(score, "score.py").stdout)["micro"]
    return (
        "### Dev-set F1 of this build\n\n"
        f"`sitrep run` over ../shared/devset/articles ({m.seconds:.1f} s), scored by ../shared/eval/score.py: "
        f"micro P {micro['precision']:.3f}, R {micro['recall']:.3f}, **F1 {micro['f1']:.3f}** (tp {micro['tp']}, fp {micro['fp']}, fn {micro['fn']})."
    )


if __name__ == "__main__":
    sys.exit(main())
