"""Throughput of the NLP stage: the cascade (prefilter, then parse) against raw spaCy on every sentence.

Prints ratios measured in this process against a baseline run in this
process, so that a noisy machine compares like with like. Reads the articles
of ../shared/corpus and ../shared/devset (never copied into the repo).

    python bench/bench_pipeline.py [--repeat N] [--folder DIR ...]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.extract.events import Extractor  # noqa: E402
from tasks.ingest import ingest  # noqa: E402
from tasks.nlp import load_model, parse  # noqa: E402


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = ROOT.parent / "shared"
    ap.add_argument("--folder", action="append", type=Path, help="article folders (default: shared corpus + devset)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    folders = args.folder or [shared / "corpus" / "articles", shared / "devset" / "articles"]
    folders = [f for f in folders if f.is_dir()]
    if not folders:
        print("bench: no article folders found (expected ../shared/corpus/articles)", file=sys.stderr)
        return 1
    docs = [d for f in folders for d in ingest(f, 10 * 1024 * 1024).documents if d.language == "en"]
    texts = [d.text for d in docs]
    chars = sum(map(len, texts))
    ex = Extractor()
    load_model()
    results = {"raw spaCy, every sentence": [], "cascade (prefilter + parse)": [], "cascade + extraction": []}
    for _ in range(args.repeat):
        results["raw spaCy, every sentence"].append(timed(lambda: parse(texts, keep=None))[0])
        results["cascade (prefilter + parse)"].append(timed(lambda: parse(texts, keep=ex.keep))[0])

        def full():
            parsed = parse(texts, keep=ex.keep)
            return sum(len(ex.extract(d, p)) for d, p in zip(docs, parsed))

        results["cascade + extraction"].append(timed(full)[0])
    base = min(results["raw spaCy, every sentence"])
    print(f"{len(docs)} documents, {chars / 1e6:.2f} M characters, best of {args.repeat}")
    for name, times in results.items():
        best = min(times)
        print(f"  {name:30} {best:7.2f} s  {chars / best / 1e3:8.0f} k chars/s  speed-up x{base / best:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
