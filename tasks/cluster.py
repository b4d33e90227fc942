"""Mentions → events: realis event rows that report the same real-world event share a cluster.

Each row of ``events`` is a mention; five articles reporting one withdrawal
give five rows and one cluster. Two mentions are *compatible* when they have

- the same ``event_type``;
- compatible places: the same place (GeoNames name, admin1 and country), or
  one inside the other (a town and its admin1 or its country, an admin1 and
  its country). A mention with no resolved place is compatible only with the
  mentions of its own document with the same ``location`` (or none);
- compatible dates: both undated; two day dates at most ``window_days`` apart
  in the same calendar month; or a week, month or year that contains the
  other date (two coarse dates of the same precision must be equal). An
  undated mention takes its article's publication date (at the publication's
  precision); only a mention without either is undated.

A cluster is *complete*: every two of its mentions are compatible, so it has
one most specific place and at most one day-window. Groups of identical
(place, date) are joined from the most specific to the coarsest: a group joins
the one cluster it is compatible with, and starts its own when it fits none or
more than one ("the Kherson region" next to reports from both Kherson and Nova
Kakhovka stays apart: the coarser mention has a rival). Work is blocked by
(event type, country) and each group looks up only the groups filed under its
own place, its ancestors and its dates, so nothing is compared pairwise.

``cluster_id`` is a hash of the cluster's founding mention: the one from the
earliest published article (undated articles last), ties broken by
``event_id`` and ``source_path``. An article published later that joins keeps
the id; an earlier one, or the founder's article changing, gives a new id.
"""
from __future__ import annotations

import calendar
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pyarrow as pa
import pyarrow.compute as pc

from tasks.schema import to_table

WINDOW_DAYS = 3
DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
PLACE_RANK = {"point": 0, "city": 0, "admin1": 1, "country": 2}
UNDATED = "unknown"
PUBLISHED_AS = {"second": "day", "day": "day", "month": "month", "year": "year"}
PLACE_COLUMNS = ("place_name", "country_code", "admin1", "lat", "lon", "geo_precision")
READ_COLUMNS = (
    "event_id", "doc_id", "source_path", "event_type", "realis", "location", "event_date", "date_precision", "doc_number", "sentence_start",
) + PLACE_COLUMNS

Place = tuple  # ("place", cc, admin1, name) | ("admin1", cc, name) | ("country", cc) | ("doc", doc_id, location)


@dataclass(frozen=True, order=True)
class Span:
    """A date at its precision: the days from ``start`` to ``end``."""

    start: date
    end: date
    precision: str


def span(day: date | None, precision: str | None) -> Span | None:
    """The days a date of this precision covers (a week from its first day); ``None`` when undated."""
    if day is None:
        return None
    if precision == "week":
        return Span(day, day + timedelta(days=6), "week")
    if precision == "month":
        return Span(day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), "month")
    if precision == "year":
        return Span(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    return Span(day, day, "day")


def mention_span(event_date: date | None, precision: str | None, published: datetime | None, published_precision: str | None) -> Span | None:
    """The mention's date, else its article's publication date, else ``None``."""
    if event_date is not None:
        return span(event_date, precision)
    if published is not None and published_precision in PUBLISHED_AS:
        return span(published.date(), PUBLISHED_AS[published_precision])
    return None


def place_of(row: dict) -> tuple[Place, tuple[Place, ...], int]:
    """A mention's place key, the keys of the places that contain it, and its rank (0 = most specific)."""
    name, cc, admin1, precision = row.get("place_name"), row.get("country_code"), row.get("admin1"), row.get("geo_precision")
    if name is None:
        return ("doc", row["doc_id"], (row.get("location") or "").lower()), (), 0
    country = (("country", cc),) if cc else ()
    if precision == "country" and cc:
        return ("country", cc), (), PLACE_RANK["country"]
    if precision == "admin1":
        return ("admin1", cc, admin1 or name), country, PLACE_RANK["admin1"]
    region = (("admin1", cc, admin1),) if admin1 else ()
    return ("place", cc, admin1, name), region + country, PLACE_RANK["point"]


def places_compatible(a: Place, a_up: tuple[Place, ...], b: Place, b_up: tuple[Place, ...]) -> bool:
    return a == b or a in b_up or b in a_up


def dates_compatible(a: Span | None, b: Span | None, window: int) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a.precision == b.precision == "day":
        return abs((a.start - b.start).days) <= window and (a.start.year, a.start.month) == (b.start.year, b.start.month)
    if a.precision == b.precision:
        return a.start == b.start
    fine, coarse = sorted((a, b), key=lambda s: DATE_RANK[s.precision])
    return coarse.start <= fine.start and fine.end <= coarse.end


@dataclass
class Group:
    """Mentions of one block with the same place and date."""

    place: Place
    up: tuple[Place, ...]
    place_rank: int
    when: Span | None
    members: list[int] = field(default_factory=list)

    def order(self) -> tuple:
        """Most specific place first, so that a coarser place meets all its rivals; then the most
        specific date; then by day, so that day windows open at the earliest day."""
        date_rank = DATE_RANK[self.when.precision] if self.when else 0
        start = self.when.start.toordinal() if self.when else 0
        return (self.place_rank, date_rank, self.when is None, start, tuple(x or "" for x in self.place))

    def filed_under(self) -> Iterator[tuple]:
        """The index keys this group is found by."""
        places = [("sub", p) for p in (self.place, *self.up)] + [("exact", self.place)]
        for p in places:
            for d in _date_keys(self.when, filing=True):
                yield p, d

    def looks_up(self, window: int) -> Iterator[tuple]:
        """The index keys of every group it may be compatible with."""
        places = [("sub", self.place)] + [("exact", p) for p in self.up]
        for p in places:
            for d in _date_keys(self.when, filing=False, window=window):
                yield p, d


def _months(s: Span) -> Iterator[tuple[int, int]]:
    y, m = s.start.year, s.start.month
    while (y, m) <= (s.end.year, s.end.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _date_keys(when: Span | None, filing: bool, window: int = 0) -> Iterator[tuple]:
    """Day dates are filed by day and month, coarser ones by the months they touch."""
    if when is None:
        yield ("undated",)
        return
    if when.precision == "day":
        month = (when.start.year, when.start.month)
        if filing:
            yield ("day", when.start)
            yield ("days-of", month)
        else:
            for shift in range(-window, window + 1):
                yield ("day", when.start + timedelta(days=shift))
            yield ("span", month)
        return
    for month in _months(when):
        yield ("span", month)
        if not filing:
            yield ("days-of", month)


@dataclass
class Cluster:
    """What every mention of a cluster agrees on, to admit a new group in constant time."""

    finest: Place
    finest_up: tuple[Place, ...]
    undated: bool
    first_day: date | None = None
    last_day: date | None = None
    coarse: dict[str, Span] = field(default_factory=dict)

    @classmethod
    def of(cls, g: Group) -> Cluster:
        c = cls(g.place, g.up, g.when is None)
        c.add(g)
        return c

    def admits(self, g: Group, window: int) -> bool:
        if not places_compatible(g.place, g.up, self.finest, self.finest_up):
            return False
        if g.when is None or self.undated:
            return g.when is None and self.undated
        if self.first_day is not None:
            days = [span(self.first_day, "day"), span(self.last_day, "day")]
            if not all(dates_compatible(g.when, d, window) for d in days):
                return False
        return all(dates_compatible(g.when, c, window) for c in self.coarse.values())

    def add(self, g: Group) -> None:
        if self.finest in g.up:
            self.finest, self.finest_up = g.place, g.up
        if g.when is None:
            return
        if g.when.precision == "day":
            self.first_day = min(self.first_day or g.when.start, g.when.start)
            self.last_day = max(self.last_day or g.when.start, g.when.start)
        else:
            self.coarse[g.when.precision] = g.when


def cluster_block(groups: list[Group], window: int = WINDOW_DAYS) -> list[int]:
    """The cluster number of each group of one block (numbers local to the block)."""
    index: dict[tuple, list[int]] = defaultdict(list)
    cluster_of = [-1] * len(groups)
    clusters: list[Cluster] = []
    for i in sorted(range(len(groups)), key=lambda i: groups[i].order()):
        g = groups[i]
        fits: set[int] = set()
        seen: set[int] = set()
        for key in g.looks_up(window):
            for j in index.get(key, ()):
                c = cluster_of[j]
                if j in seen or c in fits:
                    continue
                seen.add(j)
                h = groups[j]
                if places_compatible(g.place, g.up, h.place, h.up) and dates_compatible(g.when, h.when, window) and clusters[c].admits(g, window):
                    fits.add(c)
            if len(fits) > 1:
                break
        if len(fits) == 1:
            c = fits.pop()
            clusters[c].add(g)
        else:
            c = len(clusters)
            clusters.append(Cluster.of(g))
        cluster_of[i] = c
        for key in g.filed_under():
            index[key].append(i)
    return cluster_of


def assign(rows: list[dict], published: dict[str, tuple[datetime | None, str | None]], window: int = WINDOW_DAYS) -> list[int | None]:
    """A cluster number for each realis row (``None`` for the others); numbers are dense from 0.

    ``published`` maps a ``source_path`` to its article's (published_at, published_precision).
    """
    blocks: dict[tuple, dict[tuple, Group]] = defaultdict(dict)
    for i, row in enumerate(rows):
        if not row["realis"]:
            continue
        place, up, rank = place_of(row)
        when = mention_span(row["event_date"], row["date_precision"], *published.get(row["source_path"], (None, None)))
        block = (row["event_type"], place[1] if place[0] != "doc" else place)  # a country, or one document
        group = blocks[block].setdefault((place, when), Group(place, up, rank, when))
        group.members.append(i)
    out: list[int | None] = [None] * len(rows)
    n = 0
    for block in sorted(blocks, key=repr):
        groups = list(blocks[block].values())
        local = cluster_block(groups, window)
        for g, c in zip(groups, local):
            for i in g.members:
                out[i] = n + c
        n += max(local) + 1
    return out


def founder_key(row: dict, published: dict) -> tuple:
    """Earliest published article first, undated articles last; then event_id and source_path."""
    at = published.get(row["source_path"], (None, None))[0]
    return (at is None, at.timestamp() if at else 0.0, row["event_id"], row["source_path"])


def evidence_key(row: dict, published: dict) -> tuple:
    """The order in which a cluster's mentions are quoted: earliest published article first, undated articles last;
    then source_path, sentence_start (missing last) and event_id. The first is the cluster's evidence, the mention
    the reports show (``cancelled_celebrations``)."""
    at = published.get(row["source_path"], (None, None))[0]
    start = row["sentence_start"]
    return (at is None, at.timestamp() if at else 0.0, row["source_path"], start is None, start or 0, row["event_id"])


def cluster_id(founder: dict) -> str:
    key = "\x1f".join(("cluster", founder["event_id"], founder["source_path"]))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def cluster_number(cid: str) -> int:
    """``cluster_id`` (16 hex digits) read as an unsigned 64-bit number: one number per id and one id per number,
    so that the reports count and join clusters as integers and still count exactly what the ids count."""
    return int(cid, 16)


def summarize(rows: list[dict], numbers: list[int | None], published: dict, run_id: str) -> tuple[list[str | None], list[dict]]:
    """Cluster ids per row, and one ``event_clusters`` row per cluster."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        if n is not None:
            members[n].append(i)
    ids: list[str | None] = [None] * len(rows)
    out = []
    for n, idx in members.items():
        rs = [rows[i] for i in idx]
        cid = cluster_id(min(rs, key=lambda r: founder_key(r, published)))
        for i in idx:
            ids[i] = cid
        where = min(rs, key=lambda r: (place_of(r)[2], r["event_id"], r["source_path"]))  # the most specific place
        dated = [r for r in rs if r["event_date"] is not None]
        precision = min((r["date_precision"] for r in dated), key=lambda p: DATE_RANK.get(p, 0), default=UNDATED)
        days = [r["event_date"] for r in dated if r["date_precision"] == precision]  # the most precise dates the texts give
        stamps = [at for at in (published.get(r["source_path"], (None, None))[0] for r in rs) if at is not None]
        evidence = min(rs, key=lambda r: evidence_key(r, published))
        out.append({
            "cluster_id": cid,
            "event_type": rs[0]["event_type"],
            **{k: where[k] for k in PLACE_COLUMNS},
            "first_event_date": min(days, default=None),
            "last_event_date": max(days, default=None),
            "date_precision": precision,
            "mention_count": len({(r["source_path"], r["sentence_start"]) for r in rs}),  # a sentence's rows per participant: one mention
            "doc_count": len({r["doc_id"] for r in rs}),
            "first_published_at": min(stamps, default=None),
            "last_published_at": max(stamps, default=None),
            "run_id": run_id,
            "cluster_number": cluster_number(cid),
            "evidence_doc_number": evidence["doc_number"],
            "evidence_event_id": evidence["event_id"],
            "evidence_location": evidence["location"],
        })
    out.sort(key=lambda c: (c["event_type"], c["first_event_date"] is None, c["first_event_date"] or date.min, c["cluster_id"]))
    return ids, out


def cluster_tables(events: pa.Table, documents: pa.Table, run_id: str, window: int = WINDOW_DAYS) -> tuple[pa.Table, pa.Table]:
    """``events`` with ``cluster_id`` and ``cluster_number`` filled in for every realis row, and the ``event_clusters`` table."""
    columns = events.select(list(READ_COLUMNS)).to_pydict()
    rows = [dict(zip(columns, values)) for values in zip(*columns.values())]
    docs = documents.select(["source_path", "published_at", "published_precision"])
    docs = docs.filter(pc.is_in(docs["source_path"], value_set=events["source_path"].unique())).to_pydict()  # only articles with mentions
    published = dict(zip(docs["source_path"], zip(docs["published_at"], docs["published_precision"])))
    ids, clusters = summarize(rows, assign(rows, published, window), published, run_id)
    numbers = [None if cid is None else cluster_number(cid) for cid in ids]
    for name, values in (("cluster_id", pa.array(ids, pa.string())), ("cluster_number", pa.array(numbers, pa.uint64()))):
        position = events.schema.get_field_index(name)
        events = events.set_column(position, events.schema.field(position), values)
    return events, to_table("event_clusters", clusters)
