"""A small warehouse for the report tests: four real-world events, five mentions, sentences written for the tests."""
from __future__ import annotations

from datetime import date, datetime, timezone

from tasks.cluster import cluster_number, evidence_key
from tasks.schema import mention_day, to_table
from tasks.store import Warehouse

RUN = "r1"


def _day(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 9, tzinfo=timezone.utc)


DOCUMENTS = [
    {"doc_id": "da", "source_path": "a.txt", "title": "Troops leave the city", "url": "https://example.org/a", "published_at": _day(2022, 11, 11)},
    {"doc_id": "db", "source_path": "b.txt", "title": "Army pulls out", "published_at": _day(2022, 11, 12)},
    {"doc_id": "dc", "source_path": "c.txt", "title": "No parade this year", "url": "javascript:alert(1)", "published_at": _day(2023, 5, 8)},
    {"doc_id": "dd", "source_path": "d.txt", "title": "Unit gives up", "published_at": _day(2022, 3, 2)},
    {"doc_id": "de", "source_path": "e.txt", "title": "Marines surrender", "url": "https://example.org/e", "published_at": _day(2022, 5, 17)},
]

KHERSON = {"place_name": "Kherson", "country_code": "UKR", "lat": 46.64, "lon": 32.61, "geo_precision": "city"}
BELGOROD = {"place_name": "Belgorod", "country_code": "RUS", "lat": 50.61, "lon": 36.58, "geo_precision": "city"}
MARIUPOL = {"place_name": "Mariupol", "country_code": "UKR", "lat": 47.10, "lon": 37.55, "geo_precision": "city"}

EVENTS = [
    {"event_id": "e1", "doc_id": "da", "source_path": "a.txt", "event_type": "RETREAT", "realis": True, "modality": "asserted",
     "sentence": "Russian troops left Kherson on Friday, the general staff said.", "sentence_start": 0, "location": "Kherson",
     **KHERSON, "event_date": date(2022, 11, 11), "actor": "Russian troops", "actor_side": "RUS", "source": "the general staff", "cluster_id": "c1"},
    {"event_id": "e2", "doc_id": "db", "source_path": "b.txt", "event_type": "RETREAT", "realis": True, "modality": "reported",
     "sentence": "The army has pulled out of Kherson, officials said.", "sentence_start": 0, "location": "Kherson",
     **KHERSON, "event_date": date(2022, 11, 11), "actor": "Russian troops", "actor_side": "RUS", "source": "officials", "cluster_id": "c1"},
    {"event_id": "e3", "doc_id": "db", "source_path": "b.txt", "event_type": "RETREAT", "realis": False, "modality": "future",
     "sentence": "Troops will leave Izium next week.", "sentence_start": 60, "location": "Izium", "place_name": "Izyum", "country_code": "UKR"},
    {"event_id": "e4", "doc_id": "dc", "source_path": "c.txt", "event_type": "CANCELLED_CELEBRATION", "realis": True, "modality": "asserted",
     "sentence": "The Victory Day parade in Belgorod will not be held this year.", "sentence_start": 0, "location": "Belgorod",
     **BELGOROD, "event_date": date(2023, 5, 8), "actor": "the regional governor", "cluster_id": "c2"},
    {"event_id": "e5", "doc_id": "dd", "source_path": "d.txt", "event_type": "SURRENDER", "realis": True, "modality": "asserted",
     "sentence": "A unit of 40 soldiers surrendered <script>alert(1)</script> & left.", "sentence_start": 0,
     "actor": "a unit of 40 soldiers", "event_date": date(2022, 3, 2), "cluster_id": "c3"},
    {"event_id": "e6", "doc_id": "de", "source_path": "e.txt", "event_type": "SURRENDER", "realis": True, "modality": "asserted",
     "sentence": "Ukrainian marines in Mariupol surrendered after weeks under siege.", "sentence_start": 0, "location": "Mariupol",
     **MARIUPOL, "event_date": date(2022, 5, 17), "actor": "Ukrainian marines", "actor_side": "UKR", "cluster_id": "c4"},
]


def _cluster(cid: str, kind: str, place: dict, day: date, mentions: int, docs: int, published: datetime) -> dict:
    return {"cluster_id": cid, "event_type": kind, **place, "first_event_date": day, "last_event_date": day, "date_precision": "day",
            "mention_count": mentions, "doc_count": docs, "first_published_at": published, "last_published_at": published}


CLUSTERS = [
    _cluster("c1", "RETREAT", KHERSON, date(2022, 11, 11), 2, 2, _day(2022, 11, 11)),
    _cluster("c2", "CANCELLED_CELEBRATION", BELGOROD, date(2023, 5, 8), 1, 1, _day(2023, 5, 8)),
    _cluster("c3", "SURRENDER", {}, date(2022, 3, 2), 1, 1, _day(2022, 3, 2)),
    _cluster("c4", "SURRENDER", MARIUPOL, date(2022, 5, 17), 1, 1, _day(2022, 5, 17)),
]


def build(root, input_dir: str = "/data/news", events: list[dict] | None = None) -> Warehouse:
    events = EVENTS if events is None else events
    wh = Warehouse(root)
    stamp = {"run_id": RUN}
    published = {d["source_path"]: d["published_at"] for d in DOCUMENTS}  # as the extractor copies it onto each mention
    numbers = {d["source_path"]: n for n, d in enumerate(DOCUMENTS, start=1)}  # as tasks/update.py numbers documents

    def keys(e: dict) -> dict:
        return {"doc_number": numbers[e["source_path"]], "cluster_number": cluster_number(e["cluster_id"]) if e.get("cluster_id") else None}

    def evidence(cid: str) -> dict:  # as tasks/cluster.py chooses it
        first = min((e for e in events if e.get("cluster_id") == cid), key=lambda e: evidence_key(e, {p: (at, None) for p, at in published.items()}))
        return {"evidence_doc_number": numbers[first["source_path"]], "evidence_event_id": first["event_id"], "evidence_location": first.get("location")}

    wh.publish(RUN, {
        "documents": to_table("documents", [{**d, **stamp, "doc_number": numbers[d["source_path"]]} for d in DOCUMENTS]),
        "events": to_table("events", [
            {**e, **stamp, "published_at": published[e["source_path"]], "day": mention_day(e.get("event_date"), published[e["source_path"]]), **keys(e)}
            for e in events
        ]),
        "event_clusters": to_table("event_clusters", [
            {**c, **stamp, "cluster_number": cluster_number(c["cluster_id"]), **evidence(c["cluster_id"])} for c in CLUSTERS
        ]),
        "runs": to_table("runs", [{**stamp, "finished_at": _day(2023, 6, 1), "input_dir": input_dir, "n_documents": 5, "n_events": len(events)}]),
        "ingest_errors": to_table("ingest_errors", []),
    })
    return wh
