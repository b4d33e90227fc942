"""A synthetic warehouse in the real schemas (tasks/schema.py), generated with numpy and pyarrow in chunks.

Shape, for ``n_events`` mentions (the defaults scale with it, as at 10M):
4 event types, about 5% of mentions not realis, 20,000 places (lat/lon,
admin1, about 200 countries, a few dominating), 15% of mentions without a
resolved place, dates over 10 years (2015-2024, 20% undated), one cluster per
3.3 mentions (each realis mention joins a random cluster and takes its type,
place and date), one document per 10 mentions (each mention carries its
document's ``published_at``, 5% of them null). Documents carry a short title
as their text. Strings that are hashes in a real warehouse (ids) are random
16-digit hex; sentences, actors and sources come from pools, so Parquet
dictionary-encodes them as it would real repeated values.

The folder has the layout ``tasks/store.py`` publishes
(``.sitrep/snapshots/<run>/<table>/part-N.parquet``, ``.sitrep/current``,
``<table>`` links), so ``sitrep report`` and ``tasks.query`` read it as a
warehouse.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pycountry

from tasks.reports.catalogue import event_types
from tasks.schema import TABLES

RUN_ID = "20250101T000000Z-synthetic"
EXTRACTOR_VERSION = "synthetic+000000000000"
ROW_GROUP_SIZE = 128 * 1024  # as tasks/store.py writes
DAY0 = (date(2015, 1, 1) - date(1970, 1, 1)).days
DAYS = (date(2025, 1, 1) - date(2015, 1, 1)).days
_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
REALIS = ("asserted", "reported")
IRREALIS = ("negated", "future", "demanded", "hypothetical")
PRECISIONS = ("day", "week", "month", "year")
GEO_PRECISIONS = ("city", "admin1", "country", "point")


@dataclass(frozen=True)
class Shape:
    events: int
    places: int = 20_000
    countries: int = 200
    clusters: int = 0  # 0: events / 3.3
    documents: int = 0  # 0: events / 10
    sentences: int = 50_000
    actors: int = 5_000
    sources: int = 2_000

    def __post_init__(self):
        object.__setattr__(self, "clusters", self.clusters or max(1, int(self.events / 3.3)))
        object.__setattr__(self, "documents", self.documents or max(1, self.events // 10))


def hex_ids(rng: np.random.Generator, n: int, width: int = 16) -> pa.Array:
    """``n`` random lower-case hex strings of ``width`` digits, built as one buffer."""
    return _hex(rng.integers(0, 16, size=(n, width), dtype=np.uint8))


def hex_numbered_ids(rng: np.random.Generator, n: int) -> tuple[pa.Array, np.ndarray]:
    """``n`` random 16-digit hex ids and the same ids as unsigned 64-bit numbers (as ``cluster_number`` reads ``cluster_id``)."""
    nibbles = rng.integers(0, 16, size=(n, 16), dtype=np.uint8)
    numbers = np.zeros(n, dtype=np.uint64)
    for digit in nibbles.T:
        numbers = (numbers << np.uint64(4)) | digit.astype(np.uint64)
    return _hex(nibbles), numbers


def _hex(nibbles: np.ndarray) -> pa.Array:
    n, width = nibbles.shape
    data = _HEX[nibbles].tobytes()
    offsets = np.arange(0, (n + 1) * width, width, dtype=np.int32)
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.tobytes()), pa.py_buffer(data))


def numbered(prefix: str, values: np.ndarray, suffix: str = "") -> pa.Array:
    """``prefix<value>suffix`` for each integer in ``values``."""
    return pc.binary_join_element_wise(prefix, pa.array(values).cast(pa.string()), suffix, "")


def pool_take(pool: pa.Array, index: np.ndarray, null_share: float = 0.0, rng: np.random.Generator | None = None) -> pa.Array:
    taken = pool.take(pa.array(index))
    if null_share:
        mask = rng.random(len(index)) < null_share
        taken = pc.if_else(pa.array(mask), pa.scalar(None, taken.type), taken)
    return taken


def nulled_where(mask: pa.Array):
    """A function that makes the values null where ``mask`` is true (an array, or numpy values made one)."""

    def apply(values) -> pa.Array:
        values = values if isinstance(values, pa.Array) else pa.array(values)
        return pc.if_else(mask, pa.scalar(None, values.type), values)

    return apply


def dates(dated: pa.Array, days: np.ndarray) -> pa.Array:
    """Days since 1970 as dates, null where ``dated`` is false."""
    values = pa.array(days.astype(np.int32), type=pa.int32()).cast(pa.date32())
    return pc.if_else(dated, values, pa.scalar(None, pa.date32()))


def skewed(rng: np.random.Generator, n: int, size: int, power: float = 1.1) -> np.ndarray:
    """``size`` indices in [0, n) where low ones are more frequent (a Zipf-like law)."""
    weights = 1.0 / np.arange(1, n + 1) ** power
    return rng.choice(n, size=size, p=weights / weights.sum())


def _timestamps(days: np.ndarray, rng: np.random.Generator) -> pa.Array:
    micros = (days.astype(np.int64) * 86_400 + rng.integers(0, 86_400, len(days))) * 1_000_000
    return pa.array(micros, type=pa.int64()).cast(pa.timestamp("us", tz="UTC"))


class Generator:
    """The fixed parts (places, clusters, documents, pools), then events chunk by chunk."""

    def __init__(self, shape: Shape, seed: int = 0):
        self.shape = shape
        self.rng = rng = np.random.default_rng(seed)
        self.types = pa.array(sorted(event_types()))
        codes = [str(c) for c in rng.permutation(sorted(c.alpha_3 for c in pycountry.countries))[: shape.countries]]
        self.countries = pa.array(codes)
        p = shape.places
        self.place_country = skewed(rng, len(codes), p)
        self.place_name = numbered("Town ", np.arange(p))
        self.place_admin1 = pc.binary_join_element_wise(
            self.countries.take(pa.array(self.place_country)), numbered("region ", rng.integers(0, 30, p)), " "
        )
        self.place_lat = rng.uniform(-60, 70, p)
        self.place_lon = rng.uniform(-180, 180, p)
        self.place_precision = pa.array(GEO_PRECISIONS).take(pa.array(rng.choice(4, p, p=[0.7, 0.2, 0.08, 0.02])))
        self.place_geonames = pa.array(rng.integers(1, 12_000_000, p))
        self.sentences = numbered("Synthetic sentence number ", np.arange(shape.sentences), ": the troops in the town withdrew, officials said on Monday.")
        self.actors = numbered("the unit ", np.arange(shape.actors))
        self.sides = pa.array(codes + ["RSF", "M23", "WAGNER", "HAMAS"])
        self.sources = numbered("a spokesman of agency ", np.arange(shape.sources))
        self.triggers = pa.array(["withdrew", "retreated", "surrendered", "cancelled", "refused", "pulled out", "laid down arms", "called off"])
        c = shape.clusters
        self.cluster_ids, self.cluster_numbers = hex_numbered_ids(rng, c)
        self.cluster_type = rng.integers(0, len(self.types), c)
        self.cluster_place = skewed(rng, p, c, 0.8)
        self.cluster_place_null = rng.random(c) < 0.15
        self.cluster_day = DAY0 + rng.integers(0, DAYS, c)
        self.cluster_dated = rng.random(c) < 0.8
        self.cluster_mentions = np.zeros(c, dtype=np.int64)
        d = shape.documents
        self.doc_ids = hex_ids(rng, d)
        self.doc_paths = pc.binary_join_element_wise(
            numbered("feed", np.arange(d) % 100), numbered("doc", np.arange(d), ".txt"), "/"
        )
        self.doc_day = DAY0 + rng.integers(0, DAYS, d)
        self.doc_published = nulled_where(pa.array(rng.random(d) < 0.05))(_timestamps(self.doc_day, rng))
        self.doc_events = np.zeros(d, dtype=np.int64)
        self.emitted = 0  # events generated so far
        self.doc_path_rank = np.empty(d, dtype=np.int64)  # source_path's place in byte order, as SQL sorts it
        self.doc_path_rank[pc.sort_indices(self.doc_paths).to_numpy()] = np.arange(d)
        self.doc_undated = self.doc_published.is_null().to_numpy(zero_copy_only=False)
        self.doc_micros = self.doc_published.cast(pa.int64()).fill_null(0).to_numpy()
        # each cluster's evidence so far (tasks/cluster.py evidence_key): undated, published_at, path rank,
        # sentence_start, event_id as a number, the article's index; "seen" once it has one
        self.evidence = {k: np.zeros(c, dtype=t) for k, t in (
            ("undated", bool), ("micros", np.int64), ("path", np.int64), ("start", np.int64), ("id", np.uint64), ("doc", np.int64), ("seen", bool),
        )}

    # -- events ---------------------------------------------------------
    def events(self, n: int) -> pa.Table:
        rng, s = self.rng, self.shape
        realis = rng.random(n) >= 0.05
        cluster = np.where(realis, rng.integers(0, s.clusters, n), -1)
        in_cluster = cluster >= 0
        safe = np.where(in_cluster, cluster, 0)
        np.add.at(self.cluster_mentions, cluster[in_cluster], 1)
        kind = np.where(in_cluster, self.cluster_type[safe], rng.integers(0, len(self.types), n))
        place = np.where(in_cluster, self.cluster_place[safe], skewed(rng, s.places, n, 0.8))
        unplaced = np.where(in_cluster, self.cluster_place_null[safe], rng.random(n) < 0.15)
        day = np.where(in_cluster, self.cluster_day[safe] + rng.integers(0, 3, n), DAY0 + rng.integers(0, DAYS, n))
        dated = np.where(in_cluster, self.cluster_dated[safe], rng.random(n) < 0.8)
        lo, hi = self.emitted * s.documents // s.events, (self.emitted + n) * s.documents // s.events
        doc = np.sort(rng.integers(lo, max(hi, lo + 1), n))  # in document order, as the pipeline writes a run's events
        self.emitted += n
        np.add.at(self.doc_events, doc, 1)
        start = rng.integers(0, 5_000, n)
        placed = nulled_where(pa.array(unplaced))
        modality = np.where(realis, rng.integers(0, len(REALIS), n), len(REALIS) + rng.integers(0, len(IRREALIS), n))
        ids, id_numbers = hex_numbered_ids(rng, n)
        self.keep_evidence(cluster[in_cluster], doc[in_cluster], start[in_cluster], id_numbers[in_cluster])
        columns = {
            "event_id": ids,
            "doc_id": self.doc_ids.take(pa.array(doc)),
            "source_path": self.doc_paths.take(pa.array(doc)),
            "event_type": self.types.take(pa.array(kind)),
            "realis": pa.array(realis),
            "modality": pa.array(REALIS + IRREALIS).take(pa.array(modality)),
            "modality_cue": pc.if_else(pa.array(realis), pa.scalar(None, pa.string()), pa.scalar("would")),
            "trigger": pool_take(self.triggers, rng.integers(0, len(self.triggers), n)),
            "trigger_start": pa.array(start + 20),
            "trigger_end": pa.array(start + 30),
            "sentence": pool_take(self.sentences, rng.integers(0, s.sentences, n)),
            "sentence_start": pa.array(start),
            "sentence_end": pa.array(start + 120),
            "actor": pool_take(self.actors, skewed(rng, s.actors, n), 0.3, rng),
            "actor_side": pool_take(self.sides, skewed(rng, len(self.sides), n), 0.35, rng),
            "location": placed(self.place_name.take(pa.array(place))),
            **self.place_columns(place, placed),
            "geonames_id": placed(self.place_geonames.take(pa.array(place))),
            "event_date": dates(pa.array(dated), day),
            "date_precision": pc.if_else(
                pa.array(dated), pa.array(PRECISIONS).take(pa.array(rng.choice(4, n, p=[0.7, 0.1, 0.15, 0.05]))), pa.scalar("unknown")
            ),
            "source": pool_take(self.sources, skewed(rng, s.sources, n), 0.6, rng),
            "confidence": pa.array(rng.uniform(0.5, 1.0, n)),
            "pattern_id": numbered("rule-", rng.integers(0, 100, n)),
            "extractor_version": pa.array(np.full(n, EXTRACTOR_VERSION)),
            "run_id": pa.array(np.full(n, RUN_ID)),
            "cluster_id": pc.if_else(pa.array(in_cluster), self.cluster_ids.take(pa.array(safe)), pa.scalar(None, pa.string())),
            "published_at": self.doc_published.take(pa.array(doc)),
            "doc_number": pa.array(doc + 1),
            "cluster_number": pa.array(self.cluster_numbers[safe], mask=~in_cluster),
        }
        published_day = pc.cast(columns["published_at"], pa.date32())  # UTC timestamps: their UTC day, as tasks/schema.mention_day
        columns["day"] = pc.coalesce(columns["event_date"], published_day)
        return pa.Table.from_pydict(columns, schema=TABLES["events"])

    def keep_evidence(self, cluster: np.ndarray, doc: np.ndarray, start: np.ndarray, ids: np.ndarray) -> None:
        """Update each cluster's evidence with these mentions: the first of the old and new by evidence_key."""
        ev = self.evidence
        old = np.unique(cluster)
        old = old[ev["seen"][old]]
        new = {"undated": self.doc_undated[doc], "micros": self.doc_micros[doc], "path": self.doc_path_rank[doc], "start": start, "id": ids, "doc": doc}
        both = {k: np.concatenate([ev[k][old], v]) for k, v in new.items()}
        where = np.concatenate([old, cluster])
        order = np.lexsort((both["id"], both["start"], both["path"], both["micros"], both["undated"], where))
        first = order[np.r_[True, where[order][1:] != where[order][:-1]]]
        for k, v in both.items():
            ev[k][where[first]] = v[first]
        ev["seen"][where[first]] = True

    def place_columns(self, place: np.ndarray, placed) -> dict[str, pa.Array]:
        """The place columns of ``events`` and ``event_clusters`` for place indices; ``placed`` nulls the unresolved."""
        return {
            "place_name": placed(self.place_name.take(pa.array(place))),
            "country_code": placed(self.countries.take(pa.array(self.place_country[place]))),
            "admin1": placed(self.place_admin1.take(pa.array(place))),
            "lat": placed(self.place_lat[place]),
            "lon": placed(self.place_lon[place]),
            "geo_precision": placed(self.place_precision.take(pa.array(place))),
        }

    # -- the tables made after the events -------------------------------
    def clusters(self) -> pa.Table:
        rng, keep = self.rng, np.flatnonzero(self.cluster_mentions > 0)
        n = len(keep)
        place = self.cluster_place[keep]
        placed = nulled_where(pa.array(self.cluster_place_null[keep]))
        dated = pa.array(self.cluster_dated[keep])
        first = self.cluster_day[keep]
        mentions = self.cluster_mentions[keep]

        columns = {
            "cluster_id": self.cluster_ids.take(pa.array(keep)),
            "event_type": self.types.take(pa.array(self.cluster_type[keep])),
            **self.place_columns(place, placed),
            "first_event_date": dates(dated, first),
            "last_event_date": dates(dated, first + 2),
            "date_precision": pc.if_else(dated, pa.scalar("day"), pa.scalar("unknown")),
            "mention_count": pa.array(mentions),
            "doc_count": pa.array(np.maximum(1, mentions - rng.integers(0, 2, n))),
            "first_published_at": _timestamps(first, rng),
            "last_published_at": _timestamps(first + 3, rng),
            "run_id": pa.array(np.full(n, RUN_ID)),
            "cluster_number": pa.array(self.cluster_numbers[keep]),
            "evidence_doc_number": pa.array(self.evidence["doc"][keep] + 1),
            "evidence_event_id": _hex(((self.evidence["id"][keep, None] >> np.arange(60, -1, -4, dtype=np.uint64)) & np.uint64(15)).astype(np.uint8)),
            "evidence_location": placed(self.place_name.take(pa.array(place))),  # a cluster's mentions all name its place
        }
        table = pa.Table.from_pydict(columns, schema=TABLES["event_clusters"])
        # in the order tasks/cluster.py writes them: by type, then first event date (undated last), then id
        return table.sort_by([("event_type", "ascending", "at_end"), ("first_event_date", "ascending", "at_end"), ("cluster_id", "ascending", "at_end")])

    def documents(self, lo: int, hi: int) -> pa.Table:
        rng, n = self.rng, hi - lo
        titles = numbered("Synthetic headline number ", np.arange(lo, hi), " about a town")
        columns = {
            "doc_id": self.doc_ids[lo:hi],
            "source_path": self.doc_paths[lo:hi],
            "format": pa.array(np.full(n, "txt")),
            "title": titles,
            "url": numbered("https://news.example/article/", np.arange(lo, hi)),
            "published_at": self.doc_published[lo:hi],
            "published_precision": pa.array(np.full(n, "day")),
            "source": numbered("Outlet ", rng.integers(0, 300, n)),
            "language": pa.array(np.full(n, "en")),
            "encoding": pa.array(np.full(n, "utf-8")),
            "n_chars": pc.utf8_length(titles).cast(pa.int64()),
            "n_events": pa.array(self.doc_events[lo:hi]),
            "text": titles,
            "extractor_version": pa.array(np.full(n, EXTRACTOR_VERSION)),
            "run_id": pa.array(np.full(n, RUN_ID)),
            "ingested_at": pa.array(np.full(n, datetime(2025, 1, 1, tzinfo=timezone.utc))).cast(pa.timestamp("us", tz="UTC")),
            "doc_number": pa.array(np.arange(lo + 1, hi + 1)),
        }
        return pa.Table.from_pydict(columns, schema=TABLES["documents"])

    def runs(self) -> pa.Table:
        now = datetime(2025, 1, 1, tzinfo=timezone.utc)
        row = {
            "run_id": RUN_ID, "started_at": now, "finished_at": now, "input_dir": "synthetic", "extractor_version": EXTRACTOR_VERSION,
            "n_inputs": self.shape.documents, "n_documents": self.shape.documents, "n_new": self.shape.documents, "n_changed": 0,
            "n_unchanged": 0, "n_removed": 0, "n_failed": 0, "n_skipped": 0, "n_events": self.shape.events,
        }
        return pa.Table.from_pylist([row], schema=TABLES["runs"])


def build(root: Path, shape: Shape, chunk: int = 1_000_000, seed: int = 0) -> dict[str, int]:
    """Write a synthetic warehouse into ``root`` (a new or empty folder); rows per table."""
    gen = Generator(shape, seed)
    snapshot = Path(root) / ".sitrep" / "snapshots" / RUN_ID
    counts = {}

    def write(name: str, tables) -> None:
        folder = snapshot / name
        folder.mkdir(parents=True, exist_ok=True)
        rows = 0
        with pq.ParquetWriter(folder / "part-0.parquet", TABLES[name], compression="zstd") as writer:
            for t in tables:
                writer.write_table(t, row_group_size=ROW_GROUP_SIZE)
                rows += len(t)
        counts[name] = rows

    sizes = [min(chunk, shape.events - lo) for lo in range(0, shape.events, chunk)]
    write("events", (gen.events(n) for n in sizes))
    write("event_clusters", [gen.clusters()])
    write("documents", (gen.documents(lo, min(lo + chunk, shape.documents)) for lo in range(0, shape.documents, chunk)))
    write("runs", [gen.runs()])
    write("ingest_errors", [TABLES["ingest_errors"].empty_table()])
    current = Path(root) / ".sitrep" / "current"
    os.symlink(Path("snapshots") / RUN_ID, current)
    for name in TABLES:
        os.symlink(Path(".sitrep") / "current" / name, Path(root) / name)
    return counts


def parquet_bytes(root: Path) -> dict[str, int]:
    snapshot = Path(root) / ".sitrep" / "current"
    return {name: sum(p.stat().st_size for p in (snapshot / name).rglob("*.parquet")) for name in TABLES}
