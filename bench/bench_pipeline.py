"""Throughput of the NLP stage: the cascade (prefilter, then parse) against raw spaCy on every sentence.

Prints ratios measured in this process against a baseline run in this
process, so that a noisy machine compares like with like. Reads the articles
of ../shared/corpus and ../shared/devset (never copied into the repo).

The second part (``--what workers``) measures extraction (what ``sitrep run``
does per batch) in 1, 2, ... worker processes, on the articles repeated up to
``--words`` words, as words/s and as a ratio against raw ``nlp.pipe`` over
every line of the same texts in this process. Worker times include starting
the processes and loading the model in each.

    python bench/bench_pipeline.py [--repeat N] [--folder DIR ...] [--what all|cascade|workers] [--words N] [--workers 1 2]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import timed  # noqa: E402
from tasks.budget import Budget  # noqa: E402
from tasks.extract.events import Extractor  # noqa: E402
from tasks.ingest import Document, ingest  # noqa: E402
from tasks.nlp import lines, load_model, parse  # noqa: E402
from tasks.parallel import extract_in_processes  # noqa: E402
from tasks.run import batches  # noqa: E402
from tasks.settings import DEFAULT_BATCH_SIZE  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = ROOT.parent / "shared"
    ap.add_argument("--folder", action="append", type=Path, help="article folders (default: shared corpus + devset)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--what", choices=("all", "cascade", "workers"), default="all")
    ap.add_argument("--words", type=int, default=1_000_000, help="size of the worker measurement's input (default 1M words)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to measure (default 1 2)")
    args = ap.parse_args(argv)
    folders = args.folder or [shared / "corpus" / "articles", shared / "devset" / "articles"]
    folders = [f for f in folders if f.is_dir()]
    if not folders:
        print("bench: no article folders found (expected ../shared/corpus/articles)", file=sys.stderr)
        return 1
    docs = english_docs(folders)
    if args.what in ("all", "cascade"):
        cascade(docs, args.repeat)
    if args.what in ("all", "workers"):
        workers(docs, args.words, args.workers)
    return 0


def english_docs(folders: list[Path]) -> list[Document]:
    """The English articles of ``folders``, as ``sitrep run`` reads them."""
    return [d for f in folders for d in ingest(f, 10 * 1024 * 1024).documents if d.language == "en"]


def cascade(docs: list[Document], repeat: int) -> None:
    texts = [d.text for d in docs]
    chars = sum(map(len, texts))
    ex = Extractor()
    load_model()
    results = {"raw spaCy, every sentence": [], "cascade (prefilter + parse)": [], "cascade + extraction": []}
    for _ in range(repeat):
        results["raw spaCy, every sentence"].append(timed(lambda: parse(texts))[0])
        results["cascade (prefilter + parse)"].append(timed(lambda: parse(texts, select=ex.select))[0])

        def full():
            parsed = parse(texts, select=ex.select)
            return sum(len(ex.extract(d, p)) for d, p in zip(docs, parsed))

        results["cascade + extraction"].append(timed(full)[0])
    base = min(results["raw spaCy, every sentence"])
    print(f"{len(docs)} documents, {chars / 1e6:.2f} M characters, best of {repeat}")
    for name, times in results.items():
        best = min(times)
        print(f"  {name:30} {best:7.2f} s  {chars / best / 1e3:8.0f} k chars/s  speed-up x{base / best:5.2f}")


def repeated(docs: list[Document], words: int) -> tuple[list[Document], int]:
    """The documents repeated, whole passes, until they hold at least ``words`` words; and their word count."""
    sized, total = [], 0
    while total < words:
        for d in docs:
            sized.append(d)
            total += words_of(d)
    return sized, total


def words_of(doc: Document) -> int:
    return len(doc.text.split())


def raw_parse_seconds(docs: list[Document]) -> float:
    """Seconds of raw ``nlp.pipe`` over every line of ``docs`` in this process (the model loaded before the clock starts)."""
    nlp = load_model()

    def raw():
        for _ in nlp.pipe((line.text for d in docs for line in lines(0, d.text)), batch_size=64):
            pass

    return timed(raw)[0]


def workers(docs: list[Document], words: int, counts: list[int]) -> None:
    """Extraction words/s in 1, 2, ... processes against raw nlp.pipe in this one, on the articles repeated to ``words``."""
    sized, total = repeated(docs, words)
    base = raw_parse_seconds(sized)
    print(f"{len(sized)} documents ({len(docs)} distinct, repeated), {total / 1e6:.2f} M words, batches of {DEFAULT_BATCH_SIZE}")
    print(f"  {'raw nlp.pipe, every line, 1 process':38} {base:7.2f} s  {total / base:8.0f} words/s  x1.00")
    for n in counts:
        seconds, results = timed(lambda: extract_in_processes(batches(sized, DEFAULT_BATCH_SIZE), None, Budget(), n))
        rows = sum(len(r.rows) for r in results)
        print(f"  {f'extraction, {n} worker(s)':38} {seconds:7.2f} s  {total / seconds:8.0f} words/s  x{base / seconds:5.2f}  ({rows} rows)")


if __name__ == "__main__":
    sys.exit(main())
