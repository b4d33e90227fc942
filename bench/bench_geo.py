"""Gazetteer timings: index build, open, look-ups per second (plain figures, this machine).

Builds the index into a fresh temporary folder (your cache is not touched),
then resolves every name of tasks/normalize/data/places.jsonl, title-cased,
first with empty caches, then again from the caches.

    python bench/bench_geo.py [--min-population 500]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.normalize.geo import Gazetteer  # noqa: E402


def mentions() -> list[str]:
    rows = (json.loads(line) for line in (ROOT / "tasks/normalize/data/places.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    return [name.title() for row in rows for name in row["names"]]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-population", type=int, default=500, choices=(500, 1000, 5000, 15000))
    args = ap.parse_args(argv)
    names = mentions()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        built = Gazetteer(Path(folder), min_population=args.min_population)
        path = built.path
        build_s = time.perf_counter() - start
        start = time.perf_counter()
        g = Gazetteer(Path(folder), min_population=args.min_population)
        g.is_place_name("Kyiv")
        open_s = time.perf_counter() - start
        start = time.perf_counter()
        found = sum(g.resolve(n) is not None for n in names)
        cold_s = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(10):
            for n in names:
                g.resolve(n)
        warm_s = (time.perf_counter() - start) / 10
        size_mb = path.stat().st_size / 1e6
    print(f"index build        {build_s:8.2f} s   ({size_mb:.1f} MB, cities >= {args.min_population})")
    print(f"open + first query {open_s * 1000:8.1f} ms")
    print(f"resolve, cold      {len(names) / cold_s:8.0f} mentions/s  ({found}/{len(names)} resolved)")
    print(f"resolve, cached    {len(names) / warm_s:8.0f} mentions/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
