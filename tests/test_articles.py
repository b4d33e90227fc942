"""Document-level quality on tests/articles/: invented wire articles with gold, written blind from the ontology.

The articles test what sentence tables cannot: headlines, datelines, the place or side named in an earlier
paragraph, the country an article is about, who is speaking, repeated mentions of one event.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tasks.evaluate import extract_folder, format_report, load_gold, score, system_units

pytestmark = pytest.mark.model

ARTICLES = Path(__file__).resolve().parent / "articles"

# Floors a little under the current figures: a drop fails, an improvement raises them.
FLOORS = {"precision": 0.95, "recall": 0.82, "f1": 0.88, "actor_side_accuracy": 0.89, "location_accuracy": 0.76}


@pytest.fixture(scope="module")
def article_score():
    gold, docs = load_gold(ARTICLES / "gold.jsonl")
    return score(gold, docs, system_units(extract_folder(ARTICLES)))


def test_every_article_has_gold():
    _, docs = load_gold(ARTICLES / "gold.jsonl")
    assert docs == {p.name for p in ARTICLES.glob("*.txt")}


def test_article_score_floor(article_score):
    result = article_score.as_dict()
    figures = {**{k: result["micro"][k] for k in ("precision", "recall", "f1")},
               **{k: result[k] for k in ("actor_side_accuracy", "location_accuracy")}}
    low = {k: (round(v, 3), FLOORS[k]) for k, v in figures.items() if v < FLOORS[k]}
    assert not low, f"below the floor: {low}\n{format_report(article_score, errors=True)}"
