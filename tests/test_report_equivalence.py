"""The reports' optimised SQL returns the rows of the plain SQL it replaced (tests/report_reference/), in the same order."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.synthetic_warehouse import Shape, build
from tasks.query import run_query
from tasks.reports.catalogue import Filters, bound, catalogue, page_query
from tasks.reports.page import event_rows
from tests import report_warehouse

REFERENCE = Path(__file__).parent / "report_reference"
CHANGED = sorted(p.stem for p in REFERENCE.glob("*.sql") if p.stem != "filters")
FILTERS = [
    Filters(),
    Filters.parse(since="2022-06-01"),
    Filters.parse(event_type="RETREAT"),
    Filters.parse(since="2020-01-01", event_type="CANCELLED_CELEBRATION"),
    Filters.parse(country="UKR"),
]


def reference(name: str) -> str:
    return ",\n".join(((REFERENCE / "filters.sql").read_text().rstrip(), (REFERENCE / f"{name}.sql").read_text()))


def optimised(name: str) -> str:
    return (catalogue().get(name) or page_query(name)).sql


def same(name: str, warehouse: Path, filters: Filters, limit: int) -> None:
    plain, fast = reference(name), optimised(name)
    expected = run_query(warehouse, plain, bound(plain, filters, limit)).rows
    if name == "event_rows":  # two queries: the oldest day the page can show, then the rows from that day on
        got = event_rows(warehouse, filters, limit).rows
    else:
        got = run_query(warehouse, fast, bound(fast, filters, limit)).rows
    assert got == expected, (name, filters, limit)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    root = tmp_path_factory.mktemp("synthetic") / "w"
    build(root, Shape(30_000, places=300, countries=20, actors=80, sources=40), chunk=11_000)
    return root


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    root = tmp_path_factory.mktemp("small") / "w"
    report_warehouse.build(root)
    return root


def test_every_changed_report_has_a_reference():
    assert set(CHANGED) == {
        "cancelled_celebrations", "event_rows", "events_by_country", "events_by_place", "events_by_type", "top_actors", "top_sources",
    }


@pytest.mark.parametrize("name", CHANGED)
@pytest.mark.parametrize("limit", [1, 3, 20, 100_000])
def test_same_rows_as_the_plain_sql_on_the_test_warehouse(small, name, limit):
    for filters in FILTERS:
        same(name, small, filters, limit)


@pytest.mark.parametrize("name", CHANGED)
@pytest.mark.parametrize("limit", [1, 7, 20, 100_000])
def test_same_rows_as_the_plain_sql_on_a_synthetic_warehouse(synthetic, name, limit):
    for filters in FILTERS:
        same(name, synthetic, filters, limit)
