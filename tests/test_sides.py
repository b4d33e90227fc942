"""Sides of the world: states (every ISO 3166 country), armed groups and leaders, and the
rules that keep common words, longer names and decoys from being read as a side."""
from __future__ import annotations

from datetime import date

import pycountry
import pytest

from tasks.normalize import people, places, tables
from tasks.normalize.people import side_of_person

PHRASES = [
    ("Nigerien soldiers", "NER"),
    ("Nigerian troops", "NGA"),
    ("Burkinabe forces", "BFA"),
    ("Burkinabè soldiers", "BFA"),
    ("Malian army", "MLI"),
    ("Congolese army", "COD"),
    ("DR Congo's government", "COD"),
    ("FARDC troops", "COD"),
    ("troops of the Republic of the Congo", "COG"),
    ("Rwandan-backed M23 rebels", "M23"),
    ("Rwandan troops", "RWA"),
    ("Boko Haram fighters", "BOKO_HARAM"),
    ("ISWAP militants", "ISWAP"),
    ("Islamic State West Africa Province fighters", "ISWAP"),
    ("Sudan's army", "SDN"),
    ("the Sudanese Armed Forces", "SDN"),
    ("South Sudanese forces", "SSD"),
    ("the Rapid Support Forces", "RSF"),
    ("RSF fighters", "RSF"),
    ("Emirati officials", "ARE"),
    ("Kiev", "UKR"),
    ("Kyiv claims", "UKR"),
    ("the Kremlin", "RUS"),
    ("Moscow said", "RUS"),
    ("Kadyrovites", "RUS"),
    ("the Pentagon", "USA"),
    ("US troops", "USA"),
    ("U.S. officials", "USA"),
    ("British paratroopers", "GBR"),
    ("Myanmar junta troops", "MMR"),
    ("the Tatmadaw", "MMR"),
    ("Burmese soldiers", "MMR"),
    ("MNDAA fighters", "MNDAA"),
    ("the Ta'ang National Liberation Army", "TNLA"),
    ("the Ta’ang National Liberation Army", "TNLA"),
    ("the Arakan Army", "AA"),
    ("People's Defence Force fighters", "PDF"),
    ("the Kachin Independence Army", "KIA"),
    ("Tigray Defence Forces", "TPLF"),
    ("TPLF fighters", "TPLF"),
    ("Eritrean forces", "ERI"),
    ("Ethiopian troops", "ETH"),
    ("Fano militiamen", "FANO"),
    ("Hafter's forces", "LNA"),
    ("the Libyan National Army", "LNA"),
    ("al-Shabaab militants", "AL_SHABAAB"),
    ("Somali soldiers", "SOM"),
    ("JNIM fighters", "JNIM"),
    ("Islamic State Sahel Province", "ISGS"),
    ("ADF rebels of the Allied Democratic Forces", "ADF"),
    ("CODECO militiamen", "CODECO"),
    ("FDLR fighters", "FDLR"),
    ("PKK militants", "PKK"),
    ("Palestinian Islamic Jihad fighters", "ISLAMIC_JIHAD"),
    ("the al-Qassam Brigades", "HAMAS"),
    ("Hamas gunmen", "HAMAS"),
    ("Kataib Hezbollah", "KATAIB_HEZBOLLAH"),
    ("Hezbollah fighters", "HEZBOLLAH"),
    ("the IDF", "ISR"),
    ("Israeli soldiers", "ISR"),
    ("Hashd al-Shaabi units", "PMF"),
    ("the Russian Volunteer Corps", "RVC"),
    ("the Freedom of Russia Legion", "FRL"),
    ("Azov fighters", "UKR"),
    ("Wagner mercenaries", "WAGNER"),
    ("Houthi rebels", "HOUTHI"),
    ("FARC dissidents", "FARC"),
    ("ELN guerrillas", "ELN"),
    ("the Shan State Army", "SSA"),
    ("the United Wa State Army", "UWSA"),
    ("AQAP", "AQAP"),
    ("al-Qaeda in the Islamic Maghreb", "AQIM"),
    ("ISKP", "ISKP"),
    ("Polisario fighters", "POLISARIO"),
    ("Ansar al-Sharia", "ANSAR_AL_SHARIA"),
    ("Taliban fighters", "TALIBAN"),
    ("Maute militants", "MAUTE"),
    ("Abu Sayyaf members", "ASG"),
    ("Soviet troops", "SUN"),
    ("the Red Army", "SUN"),
    ("Yugoslav army", "YUG"),
    ("East German border guards", "DDR"),
    ("Czechoslovak units", "CSK"),
    ("Nazi Germany", "DEU"),
    ("the Wehrmacht", "DEU"),
    ("Imperial Japan", "JPN"),
    ("Kosovar police", "XKX"),
    ("Taiwanese navy", "TWN"),
    ("the Vatican", "VAT"),
    ("Sahrawi refugees", "ESH"),
    ("Ivorian soldiers", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    ("Cote d’Ivoire", "CIV"),
    ("North Korean troops", "PRK"),
    ("South Korean marines", "KOR"),
    ("Papua New Guinea", "PNG"),
    ("Guinea-Bissau", "GNB"),
    ("Equatorial Guinea", "GNQ"),
    ("Guinean soldiers", "GIN"),
    ("Türkiye", "TUR"),
    ("Turkish troops", "TUR"),
    ("Chadian army", "TCD"),
    ("Jordanian pilots", "JOR"),
    ("Georgian troops", "GEO"),
    ("American Samoa", "ASM"),
    ("French Guiana", "GUF"),
    ("Putin's army", "RUS"),
    ("Prigozhin's men", "WAGNER"),
    ("Hemedti's fighters", "RSF"),
    ("Burhan's army", "SDN"),
]


@pytest.mark.parametrize("phrase,code", PHRASES)
def test_a_phrase_names_its_side(phrase, code):
    assert places.side_of(phrase) == code


@pytest.mark.parametrize("phrase", [
    "let us go",            # "us": names of up to three letters match only in upper case
    "a turkey dinner",      # common words match only capitalised
    "fine china",
    "a guinea pig",
    "polish the boots",
    "hanging chad",
    "french fries",
    "the rebels",           # generic words name no side
    "militants",
    "the regime",
    "the junta",
    "the PDF file",         # People's Defence Force only by its name
    "AA batteries",         # Arakan Army only by its name
    "New Mexico",           # decoys hide the names inside them
    "the Sea of Azov",
    "the Washington Post reported",
    "South America",
    "the Niger Delta",
    "a pentagon",
    "the white house on the corner",
])
def test_words_that_are_not_sides(phrase):
    assert places.side_of(phrase) is None


@pytest.mark.parametrize("phrase,code", [
    ("Sudan", "SDN"), ("South Sudan", "SSD"),
    ("Niger", "NER"), ("Nigeria", "NGA"),
    ("Congo", "COD"), ("Congolese", "COD"), ("Republic of Congo", "COG"), ("Brazzaville", "COG"),
    ("Guinea", "GIN"), ("Georgia", "GEO"), ("South Georgia", "SGS"),
    ("Samoa", "WSM"), ("American Samoa", "ASM"),
    ("Chad", "TCD"), ("Jordan", "JOR"), ("Turkey", "TUR"), ("China", "CHN"),
])
def test_the_longest_name_wins_and_capitalised_names_match(phrase, code):
    found = places.find(phrase, "sides")
    assert [(a, b, n.code) for a, b, n in found] == [(0, len(phrase), code)]


def test_a_group_wins_over_a_state_in_a_phrase():
    assert places.side_of("Russian-speaking Isis fighters") == "ISIS"
    assert places.side_of("Ugandan troops fighting the ADF of the Allied Democratic Forces") == "ADF"


def test_every_iso_country_has_a_state_line():
    states = {row["code"]: row for row in tables.load("states.jsonl")}
    missing = {c.alpha_3 for c in pycountry.countries} - set(states)
    assert not missing
    assert {"XKX", "SUN", "YUG", "DDR", "CSK"} <= set(states)
    assert all(row["kind"] == "state" and row["names"] and row.get("source") for row in states.values())


def test_states_groups_and_missions_have_distinct_codes_and_names():
    rows = tables.load("states.jsonl") + tables.load("groups.jsonl") + tables.load("missions.jsonl")
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes))
    owner: dict[str, str] = {}
    for row in rows:
        for name in tables.all_names(row):
            assert owner.setdefault(name, row["code"]) == row["code"], name
    assert {row["kind"] for row in tables.load("groups.jsonl")} == {"group"}


def test_every_name_of_the_sides_data_resolves_to_its_own_code():
    """Each name, written in lower case, Title Case or upper case (names of up to three letters match only there), is
    its own row's side, never a shorter name's inside it ("South Sudan People's Defence Forces" is SSD, not PDF)."""
    decoys = {"british virgin islands"}  # a decoy of decoys.txt: a place of another state's ("British Columbia")
    wrong = [
        (row["code"], name)
        for filename in ("states.jsonl", "groups.jsonl", "missions.jsonl")
        for row in tables.load(filename)
        for name in tables.all_names(row)
        if name not in decoys and row["code"] not in {places.side_of(form) for form in (name, name.title(), name.upper())}
    ]
    assert not wrong


@pytest.mark.parametrize("phrase", ["SSPDF", "XPDF", "SAFRSF", "the MRSF convoy", "ASDF"])
def test_an_acronym_is_never_read_through_a_shorter_one_inside_it(phrase):
    assert [n.code for _, _, n in places.find(phrase, "sides") if n.code in ("PDF", "RSF", "SDF")] == []


@pytest.mark.parametrize("phrase,code", [
    ("SSPDF soldiers", "SSD"), ("the South Sudan People's Defence Forces", "SSD"), ("People's Defence Force fighters", "PDF"),
    ("FLA fighters", "FLA"), ("CJNG gunmen", "CJNG"), ("Gunmen of the Jalisco New Generation Cartel", "CJNG"),
    ("Sinaloa Cartel gunmen", "SINALOA_CARTEL"), ("members of the Gulf Cartel", "GULF_CARTEL"),
])
def test_acronyms_and_long_names_of_round_19(phrase, code):
    assert places.side_of(phrase) == code


@pytest.mark.parametrize("phrase", [
    "the San Juan river crossing", "across the River Niger", "the Senegal River", "San José del Guaviare",
    "Santiago de Chiquitos", "Fla.", "the Sinaloa state government",
])
def test_rivers_and_saints_towns_name_no_side(phrase):
    assert places.side_of(phrase) is None


def test_existing_group_codes_are_kept():
    groups = {row["code"] for row in tables.load("groups.jsonl")}
    assert {"ISIS", "SDF", "YPG", "WAGNER", "TALIBAN", "HAMAS", "HEZBOLLAH", "HTS", "FSA", "ALQAEDA", "HOUTHI"} <= groups


def test_leaders_stand_for_their_side_with_its_kind():
    names = {n.text: n for n in places.side_names() if n.person}
    assert (names["putin"].code, names["putin"].kind) == ("RUS", "state")
    assert (names["prigozhin"].code, names["prigozhin"].kind) == ("WAGNER", "group")
    assert (names["al-sharaa"].code, names["al-sharaa"].kind) == ("SYR", "state")  # the latest tenure
    assert not any(n.person for n in places.side_names() if n.text == "russia")


def test_names_and_capitals_of_states_are_places():
    kinds = {n.text: (n.code, n.kind) for n in places.place_names()}
    assert kinds["thailand"] == ("THA", "country")
    assert kinds["dublin"] == ("IRL", "city")
    assert "irish" not in kinds and "kremlin" not in kinds
    assert places.country_of("Khartoum") == "SDN"


@pytest.mark.parametrize("name,on,code", [
    ("Assad", date(2020, 1, 1), "SYR"),
    ("Bashar al-Assad", date(2025, 1, 1), None),
    ("al-Sharaa", date(2020, 1, 1), "HTS"),
    ("Ahmed al-Sharaa", date(2025, 3, 1), "SYR"),
    ("al-Sharaa", None, "SYR"),
    ("Trump", date(2018, 6, 1), "USA"),
    ("Trump", date(2022, 6, 1), None),
    ("Donald Trump", date(2025, 2, 1), "USA"),
    ("Netanyahu", date(2022, 1, 1), None),
    ("Netanyahu", date(2023, 10, 7), "ISR"),
    ("Naftali Bennett", date(2022, 1, 1), "ISR"),
    ("Prigozhin", date(2023, 6, 24), "WAGNER"),
    ("Prigozhin", date(2023, 9, 1), None),
    ("Prigozhin", date(2014, 1, 1), "WAGNER"),  # a year alone is its first day
    ("Surovikin", date(2023, 8, 31), "RUS"),     # a month alone ends on its last day
    ("Surovikin", date(2023, 9, 1), None),
    ("Hemedti", date(2023, 4, 15), "RSF"),
    ("Burhan", date(2023, 4, 15), "SDN"),
    ("Khalifa Haftar", date(2020, 6, 5), "LNA"),
    ("Min Aung Hlaing", date(2024, 1, 5), "MMR"),
    ("Zaluzhnyi", date(2024, 3, 1), None),
    ("Syrskyi", date(2024, 3, 1), "UKR"),
    ("President Vladimir Putin", None, "RUS"),
    ("Vladimir Putin", date(1999, 12, 30), None),
    ("Kagame", date(2025, 1, 27), "RWA"),
    ("Tshisekedi", date(2025, 1, 27), "COD"),
    ("Theresa May", date(2017, 1, 1), "GBR"),
    ("Abiy Ahmed", date(2021, 11, 1), "ETH"),
    ("Lukashenko", None, "BLR"),
    ("Erdoğan", date(2016, 7, 15), "TUR"),
    ("John Smith", None, None),
])
def test_a_leader_stands_for_their_side_while_in_office(name, on, code):
    assert side_of_person(name, on) == code


def test_tenures_are_well_formed():
    sides = {row["code"] for row in tables.load("states.jsonl") + tables.load("groups.jsonl")}
    for t in people.tenures():
        assert t.code in sides and t.role and t.names
        assert t.end is None or t.start <= t.end
    assert people.parse_day("2023-02", last=True) == date(2023, 2, 28)
    with pytest.raises(ValueError):
        people.parse_day("2023-02-30")
