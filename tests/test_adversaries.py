"""Who a side fights and who fights beside it (tasks/normalize/adversaries.py, data/adversaries.jsonl, data/allies.jsonl)."""
from __future__ import annotations

from datetime import date

from tasks.normalize.adversaries import _pairs, allies_of, enemies_of, enemy_of
from tasks.normalize.places import side_names


def test_every_side_of_the_tables_is_a_known_side():
    codes = {n.code for n in side_names()}
    for table in ("adversaries.jsonl", "allies.jsonl"):
        assert {side for sides, _, _ in _pairs(table) for side in sides} <= codes, table


def test_a_war_or_an_alliance_has_dates_in_order():
    for table in ("adversaries.jsonl", "allies.jsonl"):
        assert all(until is None or start < until for _, start, until in _pairs(table)), table


def test_no_pair_is_both_at_war_and_allied_on_the_same_day():
    for sides, start, until in _pairs("allies.jsonl"):
        first, second = sorted(sides)
        for day in (start, until or date(2026, 1, 1)):
            assert second not in enemies_of(first, day), (first, second, day)


def test_an_alliance_holds_on_its_dates_and_an_undated_text_reads_those_not_over():
    assert allies_of("WAGNER", date(2023, 5, 20)) == ["RUS"]
    assert allies_of("WAGNER", date(2023, 6, 24)) == []  # the mutiny
    assert allies_of("WAGNER") == [] and allies_of("IRQ") == [] and allies_of("SDF") == ["USA"]
    assert "USA" in allies_of("AFG", date(2014, 10, 26)) and allies_of("AFG", date(2022, 1, 1)) == []
    assert allies_of("UKR") == []


def test_the_enemy_of_a_side_at_war_with_one_side():
    assert enemy_of("UKR") == "RUS"
    assert enemy_of("RUS", day=date(2023, 5, 1)) == "UKR"


def test_a_war_that_is_over_names_no_enemy_after_it():
    assert "TALIBAN" in enemies_of("AFG", date(2019, 1, 1))
    assert enemies_of("AFG", date(2022, 1, 1)) == []


def test_several_enemies_need_the_document_to_name_one():
    assert enemy_of("ISR") is None
    assert enemy_of("ISR", named={"ISR", "HEZBOLLAH"}) == "HEZBOLLAH"
    assert enemy_of(None) is None


def test_the_taliban_in_power_fight_islamic_state_khorasan():
    assert enemies_of("TALIBAN", date(2023, 3, 1)) == ["ISKP"]
    assert enemies_of("AFG", date(2023, 3, 1)) == []  # the republic's army is gone; "Afghan forces" then are the Taliban's
    assert "ISKP" in enemies_of("AFG", date(2019, 1, 1))


def test_myanmars_junta_fights_several_groups_so_the_document_must_name_one():
    assert enemy_of("MMR", day=date(2024, 2, 1)) is None
    assert enemy_of("MMR", named={"MMR", "AA"}, day=date(2024, 2, 1)) == "AA"
    assert enemy_of("AA", day=date(2024, 2, 1)) == "MMR"
    assert "TNLA" not in enemies_of("MMR", date(2022, 1, 1))  # before Operation 1027
