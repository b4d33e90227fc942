"""Place mentions resolved on the offline gazetteer (GeoNames cities, ISO regions and countries, places_extra.jsonl).

Expected coordinates are written from general knowledge, not read from the
index; a resolved place must lie within 30 km of them (regions: within the
given radius of a point inside the region, and at admin1 precision).
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tasks.normalize.geo import Gazetteer, Place
from tasks.normalize.geo_index import extra_path, km
from tasks.normalize.geo_text import normalise, readings


@pytest.fixture(scope="session")
def gaz(tmp_path_factory) -> Gazetteer:
    g = Gazetteer(tmp_path_factory.mktemp("geo-cache"))
    assert g.resolve("Kyiv") is not None  # builds the full index once for the session
    return g


def near(place: Place | None, lat: float, lon: float, within: float = 30.0) -> bool:
    return place is not None and place.lat is not None and km((place.lat, place.lon), (lat, lon)) <= within


CITIES = [
    # mention, lat, lon, ISO alpha-3
    ("Kyiv", 50.45, 30.52, "UKR"),
    ("Kiev", 50.45, 30.52, "UKR"),
    ("Kharkiv", 49.99, 36.23, "UKR"),
    ("Kharkov", 49.99, 36.23, "UKR"),
    ("Lyman", 48.99, 37.80, "UKR"),
    ("Krasny Liman", 48.99, 37.80, "UKR"),
    ("Mariupol", 47.10, 37.55, "UKR"),
    ("Izium", 49.21, 37.26, "UKR"),
    ("Izyum", 49.21, 37.26, "UKR"),
    ("Bakhmut", 48.59, 38.00, "UKR"),
    ("Artemivsk", 48.59, 38.00, "UKR"),
    ("Avdiivka", 48.14, 37.74, "UKR"),
    ("Pokrovsk", 48.28, 37.18, "UKR"),
    ("Kherson", 46.64, 32.61, "UKR"),
    ("Zaporizhzhia", 47.84, 35.14, "UKR"),
    ("Odesa", 46.48, 30.72, "UKR"),
    ("Odessa", 46.48, 30.72, "UKR"),
    ("Mykolaiv", 46.97, 32.00, "UKR"),
    ("Chernihiv", 51.49, 31.29, "UKR"),
    ("Luhansk", 48.57, 39.31, "UKR"),
    ("Sevastopol", 44.62, 33.53, "UKR"),
    ("Belgorod", 50.60, 36.59, "RUS"),
    ("Kursk", 51.73, 36.19, "RUS"),
    ("Bryansk", 53.24, 34.37, "RUS"),
    ("Rostov-on-Don", 47.24, 39.71, "RUS"),
    ("Rostov on Don", 47.24, 39.71, "RUS"),
    ("St. Petersburg", 59.94, 30.31, "RUS"),
    ("Saint Petersburg", 59.94, 30.31, "RUS"),
    ("Moscow", 55.76, 37.62, "RUS"),
    ("Sovetsk", 55.08, 21.89, "RUS"),
    ("El Fasher", 13.63, 25.35, "SDN"),
    ("Omdurman", 15.65, 32.48, "SDN"),
    ("Khartoum", 15.50, 32.56, "SDN"),
    ("Goma", -1.68, 29.22, "COD"),
    ("Bunia", 1.56, 30.25, "COD"),
    ("Myitkyina", 25.38, 97.40, "MMR"),
    ("Lashio", 22.93, 97.75, "MMR"),
    ("Timbuktu", 16.77, -3.01, "MLI"),
    ("Ouagadougou", 12.37, -1.52, "BFA"),
    ("Menaka", 15.92, 2.40, "MLI"),
    ("Kunduz", 36.73, 68.86, "AFG"),
    ("Kandahar", 31.61, 65.71, "AFG"),
    ("Marib", 15.46, 45.32, "YEM"),
    ("Aden", 12.79, 45.03, "YEM"),
    ("Mekelle", 13.50, 39.47, "ETH"),
    ("Khan Younis", 31.34, 34.30, "PSE"),
    ("Tyre", 33.27, 35.20, "LBN"),
    ("Bint Jbeil", 33.12, 35.43, "LBN"),
    ("Tripoli", 32.89, 13.19, "LBY"),
    ("Aleppo", 36.20, 37.16, "SYR"),
    ("Mosul", 36.34, 43.13, "IRQ"),
    ("Raqqa", 35.95, 39.01, "SYR"),
    ("Qamishli", 37.05, 41.23, "SYR"),
    ("al-Qamishli", 37.05, 41.23, "SYR"),
    ("Gaza City", 31.50, 34.47, "PSE"),
    ("Mexico City", 19.43, -99.13, "MEX"),
    ("The Hague", 52.08, 4.30, "NLD"),
    ("the city of Kherson", 46.64, 32.61, "UKR"),
]


@pytest.mark.parametrize("mention,lat,lon,cc", CITIES)
def test_city_resolves_near_its_known_position(gaz, mention, lat, lon, cc):
    place = gaz.resolve(mention)
    assert near(place, lat, lon), place
    assert place.country_code == cc
    assert place.precision == "city" and place.kind == "city" and place.geonames_id


POINTS = [
    ("Snake Island", 45.255, 30.204, "UKR"),
    ("Zmiinyi Island", 45.255, 30.204, "UKR"),
    ("Azovstal", 47.10, 37.60, "UKR"),
    ("the Azovstal steel plant", 47.10, 37.60, "UKR"),
    ("Red Square", 55.754, 37.62, "RUS"),
    ("Zaporizhzhia nuclear plant", 47.51, 34.59, "UKR"),
]


@pytest.mark.parametrize("mention,lat,lon,cc", POINTS)
def test_sites_islands_and_venues_are_points(gaz, mention, lat, lon, cc):
    place = gaz.resolve(mention)
    assert near(place, lat, lon, 5.0), place
    assert place.precision == "point" and place.kind == "feature" and place.country_code == cc
    assert place.geonames_id is None


REGIONS = [
    # mention, a point inside the region, how far the region's point may be from it (km), alpha-3
    ("the Kharkiv region", 49.99, 36.23, 150, "UKR"),
    ("Kharkiv Oblast", 49.99, 36.23, 150, "UKR"),
    ("Kharkov region", 49.99, 36.23, 150, "UKR"),
    ("Belgorod Oblast", 50.60, 36.59, 150, "RUS"),
    ("the Belgorod region", 50.60, 36.59, 150, "RUS"),
    ("Kherson region", 46.80, 33.30, 150, "UKR"),
    ("Kursk region", 51.73, 36.19, 150, "RUS"),
    ("Donetsk Oblast", 48.00, 37.80, 150, "UKR"),
    ("Zaporizhzhia region", 47.30, 35.50, 150, "UKR"),
    ("Kyiv region", 50.30, 30.50, 100, "UKR"),
    ("Idlib province", 35.85, 36.60, 80, "SYR"),
    ("Texas", 31.00, -99.00, 400, "USA"),
    ("Washington state", 47.40, -120.50, 300, "USA"),
    ("Crimea", 45.30, 34.40, 100, "UKR"),
    ("Donbas", 48.30, 38.50, 150, "UKR"),
    ("the Gaza Strip", 31.42, 34.38, 30, "PSE"),
    ("Helmand province", 31.00, 64.00, 150, "AFG"),
    ("Tigray", 14.00, 38.80, 150, "ETH"),
    ("England", 52.50, -1.50, 150, "GBR"),
    ("Chechnya", 43.30, 45.70, 100, "RUS"),
]


@pytest.mark.parametrize("mention,lat,lon,within,cc", REGIONS)
def test_regions_resolve_to_first_level_divisions(gaz, mention, lat, lon, within, cc):
    place = gaz.resolve(mention)
    assert near(place, lat, lon, within), place
    assert place.precision == "admin1" and place.kind == "region" and place.country_code == cc


def test_region_names_are_iso_names_and_cities_carry_them(gaz):
    assert gaz.resolve("Kharkiv Oblast").name == "Kharkivska oblast"
    assert gaz.resolve("Kyiv region").name == "Kyivska oblast"  # the oblast, not the city with its own status
    assert gaz.resolve("Lyman").admin1 == "Donetska oblast"
    assert gaz.resolve("Sovetsk").admin1 == "Kaliningradskaya oblast'"


def test_a_city_comes_before_the_region_named_after_it(gaz):
    assert [p.kind for p in gaz.candidates("Idlib")[:2]] == ["city", "region"]
    assert gaz.resolve("Idlib").kind == "city"
    assert [p.kind for p in gaz.candidates("Kherson")[:2]] == ["city", "region"]  # GeoNames calls the oblast "Kherson"
    assert gaz.resolve("Kherson").kind == "city" and gaz.resolve("Kherson region").kind == "region"


FIRST_LEVEL = [
    # mention as the news names it, article countries, a town inside the region, how far the region's point may be (km), alpha-3
    ("Victoria", ["AUS"], -37.81, 144.96, 100, "AUS"),              # Melbourne
    ("New South Wales", [], -33.42, 149.58, 300, "AUS"),            # Bathurst
    ("Queensland", [], -27.56, 151.95, 300, "AUS"),                 # Toowoomba
    ("Ontario", [], 44.39, -79.69, 200, "CAN"),                     # Barrie
    ("British Columbia", [], 49.38, -121.44, 200, "CAN"),           # Hope
    ("Bavaria", [], 48.76, 11.43, 150, "DEU"),                      # Ingolstadt
    ("Moscow Oblast", [], 55.80, 37.94, 100, "RUS"),                # Balashikha
    ("the Moscow region", [], 55.80, 37.94, 100, "RUS"),
    ("Sindh", [], 25.39, 68.37, 200, "PAK"),                        # Hyderabad
    ("Punjab", ["PAK"], 31.42, 73.08, 200, "PAK"),                  # Faisalabad
    ("Punjab", ["IND"], 30.90, 75.85, 200, "IND"),                  # Ludhiana
    ("Balochistan", [], 30.18, 67.00, 300, "PAK"),                  # Quetta
    ("Jalisco", [], 20.67, -103.35, 100, "MEX"),                    # Guadalajara
    ("Borno State", [], 11.85, 13.16, 100, "NGA"),                  # Maiduguri
    ("Lagos State", [], 6.60, 3.35, 60, "NGA"),                     # Ikeja
    ("North Kivu", [], 0.14, 29.29, 200, "COD"),                    # Butembo
    ("Idlib Governorate", [], 35.93, 36.63, 60, "SYR"),             # Idlib
    ("Rural Damascus", [], 33.57, 36.40, 80, "SYR"),                # Douma
    ("Kherson Oblast", [], 46.75, 33.35, 150, "UKR"),               # Nova Kakhovka
    ("Kharkiv region", [], 49.21, 37.26, 150, "UKR"),               # Izium
    ("Zakarpattia", [], 48.62, 22.30, 120, "UKR"),                  # Uzhhorod
    ("Maharashtra", [], 18.52, 73.86, 200, "IND"),                  # Pune
    ("São Paulo state", [], -22.91, -47.06, 150, "BRA"),            # Campinas
    ("Chuvashia", [], 56.13, 47.25, 150, "RUS"),                    # Cheboksary
    ("Buryatia", [], 51.83, 107.58, 500, "RUS"),                    # Ulan-Ude
    ("Yakutia", [], 62.03, 129.73, 1500, "RUS"),                    # Yakutsk
]


@pytest.mark.parametrize("mention,countries,lat,lon,within,cc", FIRST_LEVEL)
def test_first_level_regions_named_as_the_news_names_them(gaz, mention, countries, lat, lon, within, cc):
    place = gaz.resolve(mention, countries=countries)
    assert near(place, lat, lon, within), place
    assert place.precision == "admin1" and place.kind == "region" and place.country_code == cc


def test_towns_carry_their_regions_name(gaz):
    assert gaz.resolve("Melbourne").admin1 == "Victoria"
    assert gaz.resolve("Munich").admin1 == "Bavaria"
    assert gaz.resolve("Goma").admin1 == "North Kivu"  # the English name of data/geo_region_aliases.jsonl, not GeoNames' "Nord Kivu"
    assert gaz.resolve("Maiduguri").admin1 == "Borno State"
    assert gaz.resolve("Kharkiv").admin1 == "Kharkivska oblast"  # the ISO name where one matched


def test_a_state_name_alone_is_the_state_and_context_picks_the_towns(gaz):
    assert gaz.resolve("Victoria").kind == "region" and gaz.resolve("Victoria").country_code == "AUS"
    assert near(gaz.resolve("Victoria", countries=["CAN"]), 48.43, -123.37)
    assert near(gaz.resolve("Victoria", countries=["SYC"]), -4.62, 55.45)
    assert gaz.resolve("Moscow").kind == "city"  # "Moscow" of "Moscow Oblast" names the oblast only before "region"
    assert gaz.resolve("Kiev").kind == "city" and gaz.resolve("Kiev region").name == "Kyivska oblast"


def test_region_aliases_name_a_region_of_their_country(gaz):
    from tasks.normalize.geo_text import DATA

    rows = [json.loads(line) for line in DATA.joinpath("geo_region_aliases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        assert {"country", "admin1", "names", "source"} <= set(row), row
        for name in row["names"]:
            place = gaz.resolve(name)
            assert place is not None and place.kind == "region" and place.country_code == row["country"], (name, place)


def test_almost_every_group_of_towns_has_a_region_name(gaz):
    import sqlite3

    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    groups, unnamed = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM places c WHERE c.region_id = r.id AND c.admin1 IS NOT NULL))"
        " FROM places r WHERE r.kind = 'region' AND r.source = 'geonames-admin1'").fetchone()
    con.close()
    print(f"admin1 groups without a name: {unnamed} of {groups}")
    assert groups > 3500 and unnamed < 300


CONTEXT = [
    # mention, context, lat, lon
    ("Tripoli", {"countries": ["LBN"]}, 34.44, 35.83),
    ("Tripoli", {"countries": ["LB"]}, 34.44, 35.83),
    ("Springfield", {"countries": ["USA"]}, 37.21, -93.29),
    ("Palma", {"countries": ["MOZ"]}, -10.78, 40.48),
    ("Palma", {}, 39.57, 2.65),
    ("Rafah", {"countries": ["PSE"]}, 31.30, 34.25),
    ("Rafah", {"countries": ["EGY"]}, 31.28, 34.24),
]


@pytest.mark.parametrize("mention,context,lat,lon", CONTEXT)
def test_article_countries_pick_among_homonyms(gaz, mention, context, lat, lon):
    assert near(gaz.resolve(mention, **context), lat, lon)


def test_places_nearby_pick_among_homonyms(gaz):
    kirov = gaz.resolve("Kirov")
    assert near(gaz.resolve("Sovetsk", near=[kirov]), 57.59, 48.96)
    assert near(gaz.resolve("Sovetsk", near=[gaz.resolve("Kaliningrad")]), 55.08, 21.89)
    assert near(gaz.resolve("Lyman", near=[gaz.resolve("Spartanburg")]), 34.95, -82.13)
    assert near(gaz.resolve("Lyman", near=[gaz.resolve("Kramatorsk")]), 48.99, 37.80)


def test_a_country_name_is_the_country_whatever_the_article_countries(gaz):
    place = gaz.resolve("Russia", countries=["USA"])
    assert place.kind == "country" and place.country_code == "RUS"
    assert [p.kind for p in gaz.candidates("Russia")][:2] == ["country", "city"]  # a village in Ohio is a candidate


COUNTRIES = [
    ("Ukraine", "UKR"), ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"), ("Britain", "GBR"),
    ("DR Congo", "COD"), ("Democratic Republic of the Congo", "COD"), ("Burkina Faso", "BFA"),
    ("Myanmar", "MMR"), ("Burma", "MMR"), ("Russia", "RUS"), ("Ivory Coast", "CIV"), ("Côte d’Ivoire", "CIV"),
]


@pytest.mark.parametrize("mention,cc", COUNTRIES)
def test_countries(gaz, mention, cc):
    place = gaz.country(mention)
    assert place is not None and place.country_code == cc and place.precision == "country"
    assert gaz.resolve(mention) == place


def test_country_points_lie_inside_the_country(gaz):
    assert near(gaz.country("Ukraine"), 49.0, 32.0, 300)
    assert near(gaz.country("Burkina Faso"), 12.3, -1.7, 300)
    assert gaz.country("Kharkiv") is None


JUNK = ["Police", "Of", "Bar", "Mission", "Victory", "Parade", "Troy", "Russian", "Ukrainian", "Islamic State",
        "police", "kyiv", "Xyzzyville", "", "  ", "Us"]


@pytest.mark.parametrize("mention", JUNK)
def test_junk_and_unknown_names_do_not_resolve(gaz, mention):
    assert gaz.resolve(mention) is None
    assert not gaz.is_place_name(mention)


def test_common_words_resolve_to_big_towns_of_that_name_and_when_not_strict(gaz):
    assert near(gaz.resolve("Reading"), 51.46, -0.97)
    assert gaz.candidates("Police")[0].country_code == "POL"
    assert gaz.resolve("Police", strict=False).country_code == "POL"
    assert gaz.resolve("Russian", strict=False) is None  # demonyms never


def test_is_place_name(gaz):
    assert all(gaz.is_place_name(m) for m in ["Kyiv", "Krasny Liman", "Snake Island", "Belgorod Oblast", "Burma"])
    assert not any(gaz.is_place_name(m) for m in ["Victory", "Russian", "Parade"])


def test_normalisation_meets_spellings_on_one_key():
    assert normalise("Rostov-on-Don") == normalise("Rostov on Don") == "rostov on don"
    assert normalise("St. Petersburg") == normalise("Saint Petersburg")
    assert normalise("Kharkivs’ka Oblast’") == normalise("Kharkivs'ka oblast") == "kharkivska oblast"
    assert normalise("Łódź") == "lodz" and normalise("Kharkiv's") == "kharkiv"
    assert [(r.key, r.want) for r in readings("the Kharkiv region")][2] == ("kharkiv", "admin1")
    assert [(r.key, r.want) for r in readings("Bakhmut district")] == [("bakhmut district", "any"), ("bakhmut", "city")]


# --- the index file: built once, reused, rebuilt when its inputs change (small dataset: fast) ---

def test_index_is_built_on_first_use_then_reused(tmp_path):
    g = Gazetteer(tmp_path, min_population=15000)
    assert list(tmp_path.glob("*.sqlite")) == []  # nothing at construction
    assert g.resolve("Kharkiv").country_code == "UKR"
    assert g.built and g.path.parent == tmp_path
    again = Gazetteer(tmp_path, min_population=15000)
    assert again.resolve("Kharkov") == g.resolve("Kharkiv")
    assert not again.built and again.path == g.path
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_a_changed_places_extra_file_builds_a_new_index(tmp_path):
    extra = tmp_path / "places_extra.jsonl"
    extra.write_text(extra_path().read_text(encoding="utf-8"), encoding="utf-8")
    cache = tmp_path / "cache"
    first = Gazetteer(cache, min_population=15000, extra_places=extra)
    assert first.resolve("Glorbo Spit") is None
    with extra.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"names": ["Glorbo Spit"], "kind": "feature", "country": "UKR", "lat": 46.0, "lon": 31.0, "source": "test"}) + "\n")
    second = Gazetteer(cache, min_population=15000, extra_places=extra)
    assert near(second.resolve("Glorbo Spit"), 46.0, 31.0, 1)
    assert second.built and second.path != first.path
    assert len(list(cache.glob("gazetteer-*.sqlite"))) == 2


def test_the_region_names_package_version_is_in_the_index_name(monkeypatch):
    from tasks.normalize import geo_admin1, geo_index

    before = geo_index.cache_key(15000, extra_path())
    monkeypatch.setattr(geo_admin1, "version", lambda: "0.0.1")
    assert geo_index.cache_key(15000, extra_path()) != before


def test_two_builders_at_once_build_once(tmp_path):
    gs = [Gazetteer(tmp_path, min_population=15000) for _ in range(2)]
    threads = [threading.Thread(target=lambda g=g: g.path) for g in gs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gs[0].path == gs[1].path and sorted([gs[0].built, gs[1].built]) == [False, True]


def test_a_bad_places_extra_row_is_refused(tmp_path):
    extra = tmp_path / "places_extra.jsonl"
    extra.write_text(json.dumps({"names": ["Nowhere"], "kind": "feature"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="places_extra.jsonl:1"):
        Gazetteer(tmp_path / "cache", min_population=15000, extra_places=extra).resolve("Nowhere")


def test_cache_folder_comes_from_the_environment(tmp_path, monkeypatch):
    from tasks.settings import cache_dir

    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("SITREP_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "sitrep"
    assert Path(cache_dir({})).name == "sitrep"


def test_a_town_outside_the_named_countries_wins_only_when_it_is_far_bigger(gaz):
    # a story naming only "Russian troops": Mykolaiv (470,000) is not the Russian hamlet of Nikolayev (600)
    assert gaz.resolve("Nikolaev", countries=["RUS"]).name == "Mykolayiv"
    assert gaz.resolve("Victoria", countries=["SYC"]).country_code == "SYC"  # not Hong Kong's Victoria, 40 times its weight
    assert gaz.resolve("Tripoli", countries=["LBN"]).country_code == "LBN"


def test_city_aliases_name_a_town_by_its_short_english_name(gaz):
    assert near(gaz.resolve("Rio"), -22.91, -43.17)  # data/geo_city_aliases.jsonl: Rio de Janeiro
    assert gaz.resolve("Rio", countries=["GRC"]).country_code == "GRC"  # the Greek town, in a Greek story
    assert gaz.resolve("Rio de Janeiro").country_code == "BRA"
