"""Event clusters: realis mentions of one real-world event share a cluster (tasks/cluster.py)."""
from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from itertools import combinations

import pyarrow as pa
import pytest

from tasks.cluster import cluster_tables, dates_compatible, mention_span, place_of, places_compatible
from tasks.schema import to_table

KHERSON = {"location": "Kherson", "place_name": "Kherson", "country_code": "UKR", "admin1": "Khersonska oblast", "lat": 46.64, "lon": 32.61, "geo_precision": "city"}
KHERSON_REGION = {"location": "the Kherson region", "place_name": "Khersonska oblast", "country_code": "UKR", "admin1": "Khersonska oblast", "lat": 46.6, "lon": 33.24, "geo_precision": "admin1"}
NOVA_KAKHOVKA = {"location": "Nova Kakhovka", "place_name": "Nova Kakhovka", "country_code": "UKR", "admin1": "Khersonska oblast", "lat": 46.76, "lon": 33.36, "geo_precision": "city"}
IZIUM = {"location": "Izium", "place_name": "Izyum", "country_code": "UKR", "admin1": "Kharkivska oblast", "lat": 49.21, "lon": 37.28, "geo_precision": "city"}
UKRAINE = {"location": "Ukraine", "place_name": "Ukraine", "country_code": "UKR", "admin1": None, "lat": 48.94, "lon": 32.42, "geo_precision": "country"}
UNRESOLVED = {"location": "the front line"}
NOWHERE: dict = {}
NOV = datetime(2022, 11, 12, 9, 0, tzinfo=timezone.utc)


class Corpus:
    """Synthetic articles and their event rows, as build_tables has them."""

    def __init__(self):
        self.docs: dict[str, dict] = {}
        self.rows: list[dict] = []

    def article(self, name: str, published: datetime | None = NOV) -> str:
        self.docs[name] = {"doc_id": "d-" + name, "source_path": name, "published_at": published,
                           "published_precision": "second" if published else None, "run_id": "r"}
        return name

    def mention(self, doc: str, place: dict, day: date | None = None, precision: str = "day", event_type: str = "RETREAT", realis: bool = True) -> str:
        n = len(self.rows)
        self.rows.append({
            "event_id": f"e{n:06d}", "doc_id": "d-" + doc, "source_path": doc, "event_type": event_type, "realis": realis,
            "sentence_start": n, **place, "event_date": day, "date_precision": precision if day else "unknown", "run_id": "r",
            "doc_number": list(self.docs).index(doc) + 1,
        })
        return f"e{n:06d}"

    def tables(self, order: list[int] | None = None) -> tuple[pa.Table, pa.Table]:
        rows = self.rows if order is None else [self.rows[i] for i in order]
        return to_table("events", rows), to_table("documents", list(self.docs.values()))

    def cluster(self, order: list[int] | None = None, run_id: str = "r1") -> tuple[dict[str, str | None], list[dict]]:
        events, clusters = cluster_tables(*self.tables(order), run_id)
        return dict(zip(events["event_id"].to_pylist(), events["cluster_id"].to_pylist())), clusters.to_pylist()


def test_a_sentence_with_a_row_per_participant_is_one_mention():
    c = Corpus()
    first = c.mention(c.article("a.txt"), KHERSON, date(2022, 11, 11))
    second = c.mention("a.txt", KHERSON, date(2022, 11, 11))
    c.rows[1] = {**c.rows[1], "sentence_start": c.rows[0]["sentence_start"]}  # "Russian and Syrian forces withdrew": two rows, one sentence
    c.mention(c.article("b.txt"), KHERSON, date(2022, 11, 11))
    by_id, clusters = c.cluster()
    assert by_id[first] == by_id[second] and len(clusters) == 1
    assert (clusters[0]["mention_count"], clusters[0]["doc_count"]) == (2, 2)


def test_one_withdrawal_reported_by_several_articles_is_one_cluster():
    c = Corpus()
    ids = [
        c.mention(c.article("a.txt"), KHERSON, date(2022, 11, 11)),
        c.mention(c.article("b.txt"), KHERSON_REGION, date(2022, 11, 11)),
        c.mention(c.article("c.txt", NOV), KHERSON),  # undated: the article's publication day
        c.mention(c.article("d.txt"), KHERSON, date(2022, 11, 1), "month"),
        c.mention(c.article("e.txt"), UKRAINE, date(2022, 11, 10)),
        c.mention("a.txt", KHERSON, date(2022, 11, 11)),
    ]
    by_id, clusters = c.cluster()
    assert len({by_id[i] for i in ids}) == 1 and len(clusters) == 1
    (one,) = clusters
    assert (one["mention_count"], one["doc_count"]) == (6, 5)
    assert (one["place_name"], one["geo_precision"], one["admin1"]) == ("Kherson", "city", "Khersonska oblast")
    assert (one["first_event_date"], one["last_event_date"], one["date_precision"]) == (date(2022, 11, 10), date(2022, 11, 11), "day")
    assert one["first_published_at"] == one["last_published_at"] == NOV and one["run_id"] == "r1"


def test_cluster_number_is_the_cluster_id_read_as_a_number_on_mentions_and_clusters():
    c = Corpus()
    c.mention(c.article("a.txt"), KHERSON, date(2022, 11, 11))
    c.mention(c.article("b.txt"), IZIUM, date(2022, 11, 11))
    c.mention("b.txt", IZIUM, date(2022, 11, 11), realis=False)
    events, clusters = cluster_tables(*c.tables(), "r1")
    pairs = list(zip(events["cluster_id"].to_pylist(), events["cluster_number"].to_pylist()))
    assert pairs[2] == (None, None) and all(n == int(cid, 16) and n >= 0 for cid, n in pairs[:2])
    assert sorted(clusters["cluster_number"].to_pylist()) == sorted(n for _, n in pairs[:2])
    assert events.schema.field("cluster_number").type == pa.uint64()


def test_a_cluster_quotes_its_first_report_the_earliest_article_undated_ones_last_then_by_path_and_sentence():
    c = Corpus()
    c.mention(c.article("0.txt", None), KHERSON, date(2022, 11, 11))  # first path, but its article has no date
    c.mention(c.article("a.txt", NOV + timedelta(hours=5)), KHERSON, date(2022, 11, 11))
    c.mention(c.article("c.txt", NOV), KHERSON, date(2022, 11, 11))  # as early as b.txt, whose path comes first
    first = c.mention(c.article("b.txt", NOV), {**KHERSON, "location": "the city"}, date(2022, 11, 11))
    c.mention("b.txt", KHERSON, date(2022, 11, 11))  # later in b.txt
    for order in (None, [4, 3, 2, 1, 0]):
        _, (one,) = c.cluster(order)
        assert (one["evidence_event_id"], one["evidence_doc_number"], one["evidence_location"]) == (first, 4, "the city")
        assert one["mention_count"] == 5


def test_different_towns_never_share_a_cluster_and_a_region_with_rivals_stays_apart():
    c = Corpus()
    kherson = c.mention(c.article("a.txt"), KHERSON, date(2022, 11, 11))
    izium = c.mention(c.article("b.txt"), IZIUM, date(2022, 11, 11))
    nova = c.mention(c.article("c.txt"), NOVA_KAKHOVKA, date(2022, 11, 11))
    region = c.mention(c.article("d.txt"), KHERSON_REGION, date(2022, 11, 11))
    country = c.mention(c.article("e.txt"), UKRAINE, date(2022, 11, 11))
    by_id, clusters = c.cluster()
    assert len({by_id[i] for i in (kherson, izium, nova, region, country)}) == 5
    assert {x["place_name"] for x in clusters} == {"Kherson", "Izyum", "Nova Kakhovka", "Khersonska oblast", "Ukraine"}


def test_a_region_joins_its_only_town():
    c = Corpus()
    kherson = c.mention(c.article("a.txt"), KHERSON, date(2022, 11, 11))
    region = c.mention(c.article("b.txt"), KHERSON_REGION, date(2022, 11, 12))
    izium = c.mention(c.article("c.txt"), IZIUM, date(2022, 11, 11))  # another region: no rival
    by_id, _ = c.cluster()
    assert by_id[kherson] == by_id[region] != by_id[izium]


def test_different_months_or_days_beyond_the_window_never_share_a_cluster():
    c = Corpus()
    doc = c.article("a.txt")
    october = c.mention(doc, KHERSON, date(2022, 10, 31))
    november = c.mention(c.article("b.txt"), KHERSON, date(2022, 11, 1))
    later = c.mention(c.article("c.txt"), KHERSON, date(2022, 11, 20))
    in_window = c.mention(c.article("d.txt"), KHERSON, date(2022, 11, 3))
    by_id, _ = c.cluster()
    assert len({by_id[october], by_id[november], by_id[later]}) == 3
    assert by_id[in_window] == by_id[november]


def test_a_coarse_date_joins_only_the_one_event_it_contains():
    c = Corpus()
    first = c.mention(c.article("a.txt"), KHERSON, date(2022, 11, 2))
    second = c.mention(c.article("b.txt"), KHERSON, date(2022, 11, 25))
    month = c.mention(c.article("c.txt"), KHERSON, date(2022, 11, 1), "month")
    week = c.mention(c.article("d.txt"), KHERSON, date(2022, 11, 21), "week")
    year = c.mention(c.article("e.txt"), KHERSON, date(2022, 1, 1), "year")
    by_id, _ = c.cluster()
    assert by_id[week] == by_id[second] != by_id[first]
    assert len({by_id[first], by_id[month], by_id[year], by_id[second]}) == 4  # two events it could be: neither


def test_mentions_without_a_place_join_only_their_own_document():
    c = Corpus()
    a, b = c.article("a.txt"), c.article("b.txt")
    a1 = c.mention(a, NOWHERE, date(2022, 11, 11))
    a2 = c.mention(a, NOWHERE, date(2022, 11, 11))
    a3 = c.mention(a, NOWHERE, date(2022, 11, 11), event_type="SURRENDER")
    b1 = c.mention(b, NOWHERE, date(2022, 11, 11))
    a4 = c.mention(a, UNRESOLVED, date(2022, 11, 11))
    b2 = c.mention(b, UNRESOLVED, date(2022, 11, 11))
    by_id, clusters = c.cluster()
    assert by_id[a1] == by_id[a2]
    assert len({by_id[a1], by_id[a3], by_id[b1], by_id[a4], by_id[b2]}) == 5
    assert all(x["place_name"] is None for x in clusters)


def test_undated_mentions_join_only_undated_ones():
    c = Corpus()
    a, b = c.article("a.txt", None), c.article("b.txt", None)
    one = c.mention(a, KHERSON)
    two = c.mention(b, KHERSON)
    dated = c.mention(c.article("c.txt", None), KHERSON, date(2022, 11, 11))
    by_id, clusters = c.cluster()
    assert by_id[one] == by_id[two] != by_id[dated]
    undated = next(x for x in clusters if x["cluster_id"] == by_id[one])
    assert (undated["first_event_date"], undated["date_precision"], undated["first_published_at"]) == (None, "unknown", None)


def test_only_realis_mentions_are_clustered_and_types_stay_apart():
    c = Corpus()
    doc = c.article("a.txt")
    retreat = c.mention(doc, KHERSON, date(2022, 11, 11))
    surrender = c.mention(doc, KHERSON, date(2022, 11, 11), event_type="SURRENDER")
    denied = c.mention(doc, KHERSON, date(2022, 11, 11), realis=False)
    by_id, clusters = c.cluster()
    assert by_id[denied] is None and by_id[retreat] != by_id[surrender]
    assert sorted(x["event_type"] for x in clusters) == ["RETREAT", "SURRENDER"]


def random_corpus(n: int, seed: int = 7) -> Corpus:
    rng = random.Random(seed)
    places = [KHERSON, KHERSON_REGION, NOVA_KAKHOVKA, IZIUM, UKRAINE, UNRESOLVED, NOWHERE]
    c = Corpus()
    names = [c.article(f"{i:03d}.txt", NOV + timedelta(days=rng.randrange(40)) if rng.random() < 0.8 else None) for i in range(max(1, n // 4))]
    for _ in range(n):
        precision = rng.choice(["day", "day", "day", "week", "month", "year", None])
        day = date(2022, 10, 20) + timedelta(days=rng.randrange(45))
        c.mention(rng.choice(names), rng.choice(places), day if precision else None, precision or "day",
                  event_type=rng.choice(["RETREAT", "SURRENDER"]), realis=rng.random() < 0.9)
    return c


def test_the_clusters_do_not_depend_on_row_order():
    c = random_corpus(400)
    by_id, clusters = c.cluster()
    order = list(range(len(c.rows)))
    random.Random(1).shuffle(order)
    shuffled_ids, shuffled = c.cluster(order)
    assert shuffled_ids == by_id
    assert shuffled == clusters
    assert 1 < len(clusters) < sum(r["realis"] for r in c.rows)


def test_every_two_mentions_of_a_cluster_are_compatible():
    c = random_corpus(400, seed=11)
    by_id, _ = c.cluster()
    published = {d["source_path"]: (d["published_at"], d["published_precision"]) for d in c.docs.values()}
    members: dict[str, list[dict]] = {}
    for row in c.rows:
        if by_id[row["event_id"]] is not None:
            members.setdefault(by_id[row["event_id"]], []).append(row)
    for rows in members.values():
        assert len({r["event_type"] for r in rows}) == 1
        for a, b in combinations(rows, 2):
            (pa_, ua, _), (pb, ub, _) = place_of(a), place_of(b)
            assert places_compatible(pa_, ua, pb, ub), (a, b)
            sa = mention_span(a["event_date"], a["date_precision"], *published[a["source_path"]])
            sb = mention_span(b["event_date"], b["date_precision"], *published[b["source_path"]])
            assert dates_compatible(sa, sb, 3), (a, b)


def test_ids_are_stable_across_runs_and_kept_when_a_later_article_joins():
    c = Corpus()
    first = c.mention(c.article("a.txt", NOV), KHERSON, date(2022, 11, 11))
    by_id, _ = c.cluster(run_id="r1")
    again, clusters = c.cluster(run_id="r2")
    assert again == by_id and clusters[0]["run_id"] == "r2"
    later = c.mention(c.article("b.txt", NOV + timedelta(days=1)), KHERSON, date(2022, 11, 11))
    grown, clusters = c.cluster(run_id="r3")
    assert grown[first] == grown[later] == by_id[first] and clusters[0]["mention_count"] == 2
    earlier = c.mention(c.article("c.txt", NOV - timedelta(days=1)), KHERSON, date(2022, 11, 11))
    refounded, _ = c.cluster(run_id="r4")
    assert refounded[first] == refounded[earlier] != by_id[first]  # the earliest report founds the cluster


def test_a_hundred_thousand_mentions_cluster_by_blocks():
    rng = random.Random(3)
    c = Corpus()
    names = [c.article(f"{i:05d}.txt", NOV + timedelta(days=rng.randrange(700))) for i in range(20_000)]
    towns = [{"location": f"Town {i}", "place_name": f"Town {i}", "country_code": f"C{i % 50:02d}", "admin1": f"R{i % 400}",
              "lat": 0.0, "lon": 0.0, "geo_precision": "city"} for i in range(3_000)]
    regions = [{"location": f"R{i}", "place_name": f"R{i}", "country_code": f"C{i % 50:02d}", "admin1": f"R{i}", "geo_precision": "admin1"} for i in range(400)]
    countries = [{"location": f"C{i:02d}", "place_name": f"C{i:02d}", "country_code": f"C{i:02d}", "geo_precision": "country"} for i in range(50)]
    for _ in range(100_000):
        place = rng.choice(towns) if rng.random() < 0.8 else rng.choice(regions + countries)
        precision = rng.choice(["day", "day", "day", "week", "month", "year"])
        c.mention(rng.choice(names), place, date(2022, 1, 1) + timedelta(days=rng.randrange(730)), precision,
                  event_type=rng.choice(["RETREAT", "SURRENDER", "REFUSAL_TO_FIGHT", "CANCELLED_CELEBRATION"]))
    events, clusters = cluster_tables(*c.tables(), "big")
    assert events["cluster_id"].null_count == 0
    assert sum(clusters["mention_count"].to_pylist()) == 100_000
    assert clusters.num_rows == len(set(events["cluster_id"].to_pylist())) < 100_000


def test_a_run_clusters_old_and_new_rows_and_the_reports_count_clusters(tmp_path):
    """Rows kept from an earlier run join the clusters of new rows; the events come from the corpus, not a parse."""
    from tasks.reports.catalogue import run_reports
    from tasks.run import Extracted, extractor, publish
    from tasks.store import Warehouse
    from tasks.update import Update

    wh = Warehouse(tmp_path / "w")
    root = tmp_path / "in"
    root.mkdir()

    def run(run_id: str, names: list[str], events: list[dict]) -> dict:
        for i, name in enumerate(names):
            (root / name).write_text(f"Report {name}\nTroops left.")
            (root / name.replace(".txt", ".meta.json")).write_text(json.dumps({"published_at": (NOV + timedelta(days=i)).isoformat()}))
        update = Update.start(wh, root, run_id, NOV, extractor().version, 10**6)
        for batch in update.batches(32):
            paths = {d.source_path for d in batch}
            update.write(batch, Extracted(rows=[e for e in events if e["source_path"] in paths]))
        summary = update.finish(16)
        publish(wh, update)
        return summary

    c = Corpus()
    for name in ("a.txt", "b.txt", "c.txt"):
        c.article(name)
    c.mention("a.txt", KHERSON, date(2022, 11, 11))
    c.mention("b.txt", KHERSON_REGION, date(2022, 11, 11))
    c.mention("b.txt", KHERSON, date(2022, 11, 11), realis=False)
    c.mention("c.txt", IZIUM, date(2022, 11, 11))
    c.mention("c.txt", KHERSON, date(2022, 11, 12))
    rows = [{k: v for k, v in r.items() if k != "run_id"} for r in c.rows]
    first = run("r1", ["a.txt", "b.txt"], rows)
    assert first["clusters_by_type"] == {"RETREAT": 1}
    founded = wh.read("event_clusters")["cluster_id"][0].as_py()
    second = run("r2", ["a.txt", "b.txt", "c.txt"], rows)
    assert (second["documents_seen"], second["new"], second["unchanged"]) == (3, 1, 2)
    events = wh.read("events").to_pylist()
    kherson = [e["cluster_id"] for e in events if e["realis"] and e["place_name"] in ("Kherson", "Khersonska oblast")]
    assert kherson == [founded] * 3  # the old rows' cluster, grown by the new article
    assert [e["cluster_id"] for e in events if not e["realis"]] == [None]
    clusters = wh.read("event_clusters").to_pylist()
    assert sorted((x["place_name"], x["mention_count"], x["doc_count"], x["run_id"]) for x in clusters) == [("Izyum", 1, 1, "r2"), ("Kherson", 3, 3, "r2")]
    reports = run_reports(wh.root)
    assert reports["events_by_type"].columns == ["event_type", "clusters", "mentions", "articles"]
    assert reports["events_by_type"].rows == [("RETREAT", 2, 4, 3)]
    months = reports["events_by_month"]
    assert months.columns == ["month", "event_type", "clusters", "mentions"] and months.rows == [("2022-11", "RETREAT", 2, 4)]
    places = {r[0]: r[2:4] for r in reports["events_by_place"].rows}
    assert places == {"Kherson": (1, 3), "Izyum": (1, 1)}


@pytest.mark.devset
@pytest.mark.model
def test_the_dev_set_reports_of_one_event_collapse(devset):
    from tasks.evaluate import extract_folder
    from tasks.ingest import ingest

    folder = devset / "articles"
    events = to_table("events", [{**e, "run_id": "dev"} for e in extract_folder(folder)])
    docs = ingest(folder, 10 * 1024 * 1024).documents
    documents = to_table("documents", [{"doc_id": d.doc_id, "source_path": d.source_path, "published_at": d.published_at,
                                        "published_precision": d.published_precision, "run_id": "dev"} for d in docs])
    events, clusters = cluster_tables(events, documents, "dev")
    rows = clusters.to_pylist()
    realis = sum(events["realis"].to_pylist())
    in_clusters = {(e["cluster_id"], e["source_path"], e["sentence_start"]) for e in events.to_pylist() if e["realis"]}
    assert sum(x["mention_count"] for x in rows) == len(in_clusters)  # a sentence with a row per participant is one mention
    assert len(rows) < realis
    assert any(x["doc_count"] >= 2 for x in rows)
    assert any(x["event_type"] == "SURRENDER" and x["place_name"] == "Mariupol" and x["doc_count"] >= 2 for x in rows)
