"""Extraction quality on the shared dev set (read from ../shared, never copied here)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tasks.evaluate import extract_folder, load_gold, score, system_units

pytestmark = [pytest.mark.devset, pytest.mark.model]

# Floors a little under the current figures (README, Quality): a drop fails, an improvement raises them.
# ``tune`` is what the rules were tuned on; ``check`` was only measured (split.json of the dev set).
FLOORS = {
    "all": {"micro_f1": 0.92, "micro_precision": 0.96, "actor_side_accuracy": 0.93, "location_accuracy": 0.87},
    "tune": {"micro_f1": 0.97, "micro_precision": 0.98, "actor_side_accuracy": 0.95, "location_accuracy": 0.94},
    # check location re-based from 0.71 to 0.70 in round 11: the places branch (sv3) moved one check event's place
    # while it raised silver-corpus location from 0.80 to 0.82 and left tune unchanged (see that round's note);
    # round 16 raised check F1 and side to 0.86 and location to 0.76 (own-sentence places: 0.72 to 0.78), and "all" location to 0.87;
    # round 17 raised check side to 0.88 (0.879 to 0.890: the other party's side is no owner) and "all" side to 0.93
    "check": {"micro_f1": 0.86, "micro_precision": 0.92, "actor_side_accuracy": 0.88, "location_accuracy": 0.76},
}
TYPE_F1_FLOORS = {"CANCELLED_CELEBRATION": 0.95, "SURRENDER": 0.90, "RETREAT": 0.90, "REFUSAL_TO_FIGHT": 0.83}


@pytest.fixture(scope="module")
def dev_events(devset):
    return extract_folder(devset / "articles")


def part_score(devset, events, part: str):
    import json

    gold, docs = load_gold(devset / "gold.jsonl")
    if part != "all":
        docs &= set(json.loads((devset / "split.json").read_text())[part])
        gold = {k: v for k, v in gold.items() if k[0] in docs}
    return score(gold, docs, system_units(events))


@pytest.fixture(scope="module")
def dev_score(devset, dev_events):
    return part_score(devset, dev_events, "all")


@pytest.mark.parametrize("part", ["all", "tune", "check"])
def test_dev_set_score_floor(devset, dev_events, part):
    result = part_score(devset, dev_events, part).as_dict()
    floors = FLOORS[part]
    assert result["micro"]["f1"] >= floors["micro_f1"], result["micro"]
    assert result["micro"]["precision"] >= floors["micro_precision"], result["micro"]
    for key in ("actor_side_accuracy", "location_accuracy"):
        if key in floors:
            assert result[key] >= floors[key], (key, result[key])
    if part == "all":
        for event_type, floor in TYPE_F1_FLOORS.items():
            assert result[event_type]["f1"] >= floor, (event_type, result[event_type])


def test_agrees_with_the_referee(devset, dev_events, dev_score, tmp_path):
    """Write the events as a warehouse and score it with ../shared/eval/score.py."""
    import json

    from tasks.schema import to_table
    from tasks.store import Warehouse

    referee = devset.parent / "eval" / "score.py"
    if not referee.exists():
        pytest.skip(f"referee not found at {referee}")
    wh = Warehouse(tmp_path / "w")
    rows = [{**e, "run_id": "t"} for e in dev_events]
    wh.publish("t", {"events": to_table("events", rows), "documents": to_table("documents", []), "event_clusters": to_table("event_clusters", []), "runs": to_table("runs", []), "ingest_errors": to_table("ingest_errors", [])})
    out = subprocess.run([sys.executable, str(referee), "--warehouse", str(tmp_path / "w"), "--gold", str(devset / "gold.jsonl"), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    ours = dev_score.as_dict()
    for key in ours:
        if isinstance(ours[key], dict):
            assert {k: ours[key][k] for k in ("tp", "fp", "fn")} == {k: theirs[key][k] for k in ("tp", "fp", "fn")}, key
        else:
            assert ours[key] == pytest.approx(theirs[key]), key


def test_prefilter_loses_no_event(devset, dev_events, extractor):
    """Parsing every line, with every component of the pipeline, finds exactly what the cascade finds
    (which parses the lines it keeps without entities, and adds them where a rule asks): the same rows."""
    from tasks.ingest import ingest
    from tasks.nlp import parse

    docs = [d for d in ingest(devset / "articles", 10**7).documents if d.language == "en"]
    full = []
    for doc, lines in zip(docs, parse([d.text for d in docs])):
        full.extend(extractor.extract(doc, lines))
    assert sorted(e["event_id"] for e in full) == sorted(e["event_id"] for e in dev_events)
    by_id = {e["event_id"]: e for e in dev_events}
    assert [e for e in full if e != by_id[e["event_id"]]] == []


def test_every_gold_document_is_ingested(devset):
    from tasks.ingest import ingest

    _, docs = load_gold(devset / "gold.jsonl")
    result = ingest(devset / "articles", 10**7)
    assert docs <= {d.source_path for d in result.documents}
    assert result.errors == []
