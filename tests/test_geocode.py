"""Events' places resolved on GeoNames: canonical name, country, admin1, coordinates; never guessed."""
from __future__ import annotations

from pathlib import Path

import pytest

from tasks.extract.geocode import COLUMNS, Geocoder

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def km(lat1, lon1, lat2, lon2) -> float:
    from math import asin, cos, radians, sin, sqrt

    a = sin(radians(lat2 - lat1) / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ** 2
    return 12742 * asin(sqrt(a))


def test_an_unknown_place_keeps_no_coordinates_rather_than_a_guess():
    geo = Geocoder([], [])
    assert geo.columns("Qwzxqx Plateau") == dict.fromkeys(COLUMNS)
    assert geo.columns(None) == dict.fromkeys(COLUMNS)


def test_the_article_countries_decide_an_ambiguous_name():
    lebanon = Geocoder([("Beirut", "LBN"), ("Sidon", "LBN")], ["LBN", "LBN"])
    assert lebanon.countries[0] == "LBN"
    assert lebanon.columns("Tripoli")["country_code"] == "LBN"
    assert Geocoder([("Benghazi", "LBY")], ["LBY"]).columns("Tripoli")["country_code"] == "LBY"


def test_columns_of_a_resolved_town():
    cols = Geocoder([("Kharkiv", "UKR")], ["UKR"]).columns("Kharkov")
    assert (cols["place_name"], cols["country_code"], cols["geo_precision"]) == ("Kharkiv", "UKR", "city")
    assert km(cols["lat"], cols["lon"], 49.99, 36.23) < 30 and cols["geonames_id"]


def test_a_region_resolves_to_its_admin1():
    cols = Geocoder([], ["RUS"]).columns("Belgorod region")
    assert cols["geo_precision"] == "admin1" and cols["country_code"] == "RUS"


def test_a_place_written_for_an_unnamed_town_stands_for_that_town():
    geo = Geocoder([("Kaliningrad", "RUS")], ["RUS"])
    region = geo.place("Kaliningrad region")
    assert geo.place_in("Sovetsk", region).admin1 == region.name
    geo.stands_for("Kaliningrad region", "Sovetsk")
    assert geo.columns("Kaliningrad region")["place_name"] == "Sovetsk"
    again = geo.again()  # a second pass over the document learns it anew
    assert again.columns("Kaliningrad region")["place_name"] == region.name
    assert again.countries == geo.countries and again.near == geo.near


@pytest.mark.model
def test_the_seed_cancellations_resolve_to_sovetsk_rostov_and_voronezh():
    from tasks.evaluate import extract_folder

    rows = [e for e in extract_folder(SEEDS) if e["event_type"] == "CANCELLED_CELEBRATION" and e["realis"]]
    where = {e["place_name"]: e for e in rows}
    assert set(where) == {"Sovetsk", "Rostov-on-Don", "Voronezh"}
    assert where["Sovetsk"]["location"] == "Kaliningrad region"  # as the text names it
    assert where["Sovetsk"]["admin1"] == "Kaliningradskaya oblast'"
    assert km(where["Sovetsk"]["lat"], where["Sovetsk"]["lon"], 55.08, 21.88) < 30
    assert km(where["Voronezh"]["lat"], where["Voronezh"]["lon"], 51.67, 39.18) < 30
    assert {e["actor_side"] for e in rows} == {"RUS"}


def test_a_small_town_far_from_everything_the_article_names_is_left_unresolved():
    # a story about Newquay means the English county (places_extra.jsonl), not the town in Ontario
    newquay = Geocoder([("Newquay", "GBR"), ("Newquay", "GBR"), ("Cornwall", "CAN")], ["GBR"])
    assert newquay.columns("Cornwall")["country_code"] == "GBR"
    assert newquay.columns("Cornwall")["geo_precision"] == "admin1"
    assert newquay.columns("Newquay")["country_code"] == "GBR"
    ontario = Geocoder([("Ottawa", "CAN"), ("Cornwall", "CAN")], ["CAN"])
    assert ontario.columns("Cornwall")["country_code"] == "CAN"  # near the article's places: kept
    assert newquay.columns("Moscow")["country_code"] == "RUS"  # a world city is named from anywhere


def test_authorities_of_a_place_are_whoever_runs_it_then():
    from datetime import date

    geo = Geocoder([("Sevastopol", "UKR")], ["UKR"])
    assert geo.columns("Sevastopol")["country_code"] == "UKR"
    assert geo.authority_of("Sevastopol", date(2023, 5, 9)) == "RUS"
    assert geo.authority_of("Sevastopol", date(2012, 5, 9)) == "UKR"


def test_a_place_is_not_its_own_evidence():
    # the scan reads "Tripoli" out of context as the Libyan capital: that reading must not vote for itself
    lebanon = Geocoder([("Tripoli", "LBY"), ("Tripoli", "LBY"), ("Beirut", "LBN")], ["LBN"])
    assert lebanon.columns("Tripoli")["country_code"] == "LBN"
    assert lebanon.countries == ["LBN"]  # a place counts for the country it is in, read in the light of the others
    libya = Geocoder([("Tripoli", "LBY"), ("Misrata", "LBY")], [])
    assert libya.columns("Tripoli")["country_code"] == "LBY"  # the other places still decide
    west_bank = Geocoder([("Bethlehem", "BRA"), ("Ramallah", "PSE")], ["PSE"])
    assert west_bank.columns("Bethlehem")["country_code"] == "PSE"


TABLES = sorted(Path(__file__).resolve().parent.glob("geocode_*.jsonl"))  # geocode_table.jsonl, geocode_round8.jsonl, geocode_round10.jsonl


def _table() -> list:
    import json

    rows = [json.loads(line) for path in TABLES for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    marks = lambda r: [pytest.mark.xfail(strict=True, reason=r["known_miss"])] if r.get("known_miss") else []  # noqa: E731
    return [pytest.param(r, id=r["id"], marks=marks(r)) for r in rows]


@pytest.mark.parametrize("row", _table())
def test_ambiguous_place_names_resolve_in_their_article(row):
    """tests/geocode_*.jsonl: a name several places bear, or a transliteration, in an invented article
    that says where it is; the place must be in the expected country, within 30 km or of the expected precision."""
    from tasks.extract.context import DocumentContext

    assert row["mention"] in row["text"]
    cols = DocumentContext(row["text"]).geocoder.columns(row["mention"], row.get("side"))
    assert cols["country_code"] == row["country"], cols
    if "lat" in row:
        assert km(cols["lat"], cols["lon"], row["lat"], row["lon"]) < 30, cols
    if "precision" in row:
        assert cols["geo_precision"] == row["precision"], cols


def test_every_news_sense_is_the_bare_name_of_its_place():
    """data/geo_news_sense.jsonl: each row names a GeoNames place that bears the name, in the row's country,
    and the bare name, read alone, resolves to it (a stale id or a misspelt name would be silently ignored)."""
    import json

    from tasks.normalize.geo import gazetteer
    from tasks.normalize.geo_text import DATA

    for line in DATA.joinpath("geo_news_sense.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert {"name", "country", "geonames_id", "place", "source", "reason"} <= set(row), row
        place = gazetteer().resolve(row["name"])
        assert (place.geonames_id, place.country_code, place.name) == (row["geonames_id"], row["country"], row["place"]), row
