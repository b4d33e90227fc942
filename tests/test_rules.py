"""Extraction rules. Tier 1: hand-built parses (no model). Tier 2: real parses of sentences written for these tests."""
from __future__ import annotations

import pytest

from tasks.ingest import Document, doc_id_for
from tasks.nlp import parse
from tests.rulekit import document_for, hand_doc


def run(extractor, doc):
    return extractor.extract(document_for(doc), [(0, doc)])


# -- tier 1: hand-built parses -------------------------------------------------

def troops_withdrew(neg: bool = False):
    rows = [("Russian", "russian", "ADJ", "amod", 1, "NORP"), ("troops", "troop", "NOUN", "nsubj", 4 if neg else 2)]
    if neg:
        rows += [("did", "do", "AUX", "aux", 4), ("not", "not", "PART", "neg", 4)]
    v = len(rows)
    rows += [("withdraw" if neg else "withdrew", "withdraw", "VERB", "ROOT", v), ("from", "from", "ADP", "prep", v),
             ("Lyman", "Lyman", "PROPN", "pobj", v + 1, "GPE"), (".", ".", "PUNCT", "punct", v)]
    return hand_doc(rows)


def test_an_actor_after_a_blanked_dateline_has_no_leading_space(extractor):
    rows = [("      ", "      ", "SPACE", "dep", 2), ("Ukrainian", "ukrainian", "ADJ", "amod", 2, "NORP"), ("troops", "troop", "NOUN", "nsubj", 3),
            ("withdrew", "withdraw", "VERB", "ROOT", 3), ("from", "from", "ADP", "prep", 3), ("Lyman", "Lyman", "PROPN", "pobj", 4, "GPE"),
            (".", ".", "PUNCT", "punct", 3)]
    [row] = run(extractor, hand_doc(rows))
    assert (row["actor"], row["actor_side"], row["location"]) == ("Ukrainian troops", "UKR", "Lyman")


def test_armed_actor_retreat(extractor):
    [row] = run(extractor, troops_withdrew())
    assert row["event_type"] == "RETREAT" and row["realis"] and row["modality"] == "asserted"
    assert (row["actor"], row["actor_side"], row["location"], row["trigger"]) == ("Russian troops", "RUS", "Lyman", "withdrew")
    assert row["sentence"] == "Russian troops withdrew from Lyman ." and (row["sentence_start"], row["sentence_end"]) == (0, 36)


def test_negated_retreat_is_not_realis(extractor):
    [row] = run(extractor, troops_withdrew(neg=True))
    assert (row["realis"], row["modality"], row["modality_cue"]) == (False, "negated", "not")


def test_surrendering_benefits_is_not_a_surrender(extractor):
    doc = hand_doc([
        ("Soldiers", "soldier", "NOUN", "nsubj", 2), ("are", "be", "AUX", "aux", 2), ("surrendering", "surrender", "VERB", "ROOT", 2),
        ("their", "their", "PRON", "poss", 4), ("benefits", "benefit", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2),
    ])
    assert run(extractor, doc) == []


def test_civilians_fleeing_is_not_a_retreat(extractor):
    doc = hand_doc([
        ("Civilians", "civilian", "NOUN", "nsubj", 1), ("fled", "flee", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
        ("shelling", "shelling", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
    ])
    assert run(extractor, doc) == []


def test_two_places_cancel_give_two_rows(extractor):
    doc = hand_doc([
        ("Authorities", "authority", "NOUN", "nsubj", 7), ("in", "in", "ADP", "prep", 0), ("Kursk", "Kursk", "PROPN", "pobj", 1, "GPE"),
        ("and", "and", "CCONJ", "cc", 2), ("Belgorod", "Belgorod", "PROPN", "conj", 2, "GPE"), ("have", "have", "AUX", "aux", 7),
        ("also", "also", "ADV", "advmod", 7), ("cancelled", "cancel", "VERB", "ROOT", 7), ("parades", "parade", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 7),
    ])
    rows = run(extractor, doc)
    assert [(r["event_type"], r["location"], r["actor_side"]) for r in rows] == [
        ("CANCELLED_CELEBRATION", "Kursk", "RUS"), ("CANCELLED_CELEBRATION", "Belgorod", "RUS")]
    assert rows[0]["sentence_start"] == rows[1]["sentence_start"] and rows[0]["event_id"] != rows[1]["event_id"]


def test_cancelling_plans_is_not_a_cancelled_celebration(extractor):
    doc = hand_doc([
        ("Russia", "Russia", "PROPN", "nsubj", 1, "GPE"), ("cancelled", "cancel", "VERB", "ROOT", 1), ("plans", "plan", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ])
    assert run(extractor, doc) == []


def test_event_ids_are_stable(extractor):
    assert run(extractor, troops_withdrew())[0]["event_id"] == run(extractor, troops_withdrew())[0]["event_id"]


# -- tier 2: real parses --------------------------------------------------------

POSITIVES = [
    ("Russian troops retreated from Izyum on Saturday.", "RETREAT", "RUS", "Izyum"),
    ("Ukrainian forces pushed Russian troops out of the city of Kupiansk.", "RETREAT", "RUS", "Kupiansk"),
    ("The Kurdish militia withdrew from Afrin before dawn.", "RETREAT", "YPG", "Afrin"),
    ("Islamic State fighters fled towards the border after the offensive.", "RETREAT", "ISIS", None),
    ("The defence minister ordered the troops to withdraw from the left bank.", "RETREAT", None, None),
    ("Hundreds of soldiers surrendered to Ukrainian forces near Balakliia.", "SURRENDER", None, "Balakliia"),
    ("More than 200 fighters laid down their arms at the steel plant.", "SURRENDER", None, None),
    ("The garrison surrendered after a siege of three weeks.", "SURRENDER", None, None),
    ("The mayor of Kursk cancelled the Victory Day parade.", "CANCELLED_CELEBRATION", "RUS", "Kursk"),
    ("New Year fireworks in Moscow have been called off.", "CANCELLED_CELEBRATION", "RUS", "Moscow"),
    ("The parade will not be held in Belgorod this year.", "CANCELLED_CELEBRATION", "RUS", "Belgorod"),
    ("Dozens of mobilised soldiers refused to fight and returned to their base.", "REFUSAL_TO_FIGHT", None, None),
    ("Russian soldiers reportedly refused to fight after their commanders fled.", "REFUSAL_TO_FIGHT", "RUS", None),
    ("There won't be a parade in Kursk this year, the governor said.", "CANCELLED_CELEBRATION", "RUS", "Kursk"),
    ("The governor did not explain the cancellation of the parades.", "CANCELLED_CELEBRATION", None, None),
    ("Their commanders abandoned their units and fled.", "REFUSAL_TO_FIGHT", None, None),
    ("Hundreds Of Ukrainian Troops Surrender In Mariupol Steel Plant", "SURRENDER", "UKR", "Mariupol"),
    ("The Taliban regained ground after being driven out of Kabul in 2001.", "RETREAT", "TALIBAN", "Kabul"),
    ("Her husband surrendered to Syrian forces near Baghuz.", "SURRENDER", None, "Baghuz"),
    ("Roads near Hajin have been gouged by the retreating extremists.", "RETREAT", None, None),
    ("Conscripts held in a jail after refusing to return to the front", "REFUSAL_TO_FIGHT", None, None),
    ("The city of Sevastopol has cancelled its Victory Day parade.", "CANCELLED_CELEBRATION", "RUS", "Sevastopol"),
    ("Because of the heat, the town of Westmount announced it is cancelling this year's Canada Day parade.", "CANCELLED_CELEBRATION", "CAN", "Westmount"),
    ("Villagers saw government troops retreating past the Rusayo camp.", "RETREAT", None, "Rusayo camp"),
    ("The ministry called the withdrawal of its troops from the area a move to regroup.", "RETREAT", None, None),
    ('"We have left the city, but we will return," the RSF commander said.', "RETREAT", "RSF", None),
    ('"I confirm that we have left the city," the RSF commander said.', "RETREAT", "RSF", None),
    ("Shelling went on along the front line.\nRussia says the withdrawal of troops is complete.", "RETREAT", "RUS", None),
    ("The army pulled its tanks from the front line near Bakhmut.", "RETREAT", None, "Bakhmut"),
    ("Rebels Lay Down Arms In Border Village Near Kidal", "SURRENDER", None, "Kidal"),
    ("There will be no Christmas market in Kherson this year.", "CANCELLED_CELEBRATION", "UKR", "Kherson"),
    ("The Iraqi commander ordered his men to pull back from Ramadi.", "RETREAT", "IRQ", "Ramadi"),
    ("The general's men fled the city.", "RETREAT", None, None),
    ("The garrison walked into captivity after the siege.", "SURRENDER", None, None),
    ("Three Russian conscripts walked out of the treeline near Kupiansk with their hands raised.", "SURRENDER", "RUS", "Kupiansk"),
    ("A Russian assault group was trapped in a basement in Vovchansk.\nIts members surrendered after Ukrainian drones dropped leaflets.", "SURRENDER", "RUS", "Vovchansk"),
    ("The militia withdrew from the island of Perim last week.", "RETREAT", None, "Perim"),
    ("Russian troops regrouped from Kyiv towards the east.", "RETREAT", "RUS", "Kyiv"),
    ("The soldiers refused orders to advance on the village.", "REFUSAL_TO_FIGHT", None, None),
    ("The battalion commander resigned rather than send his men to the front.", "REFUSAL_TO_FIGHT", None, None),
    ("Three sergeants went AWOL from their base near Donetsk.", "REFUSAL_TO_FIGHT", None, None),
    ("The rebels handed in their weapons at a ceremony in Goma.", "SURRENDER", None, "Goma"),
    ("The militants turned themselves in to the army.", "SURRENDER", None, None),
    ("The defenders of the fortress yielded to the besiegers.", "SURRENDER", None, None),
    ("The city has no plans to hold a Victory Day parade this year.", "CANCELLED_CELEBRATION", None, None),
    ("The governor refused to hold the May Day parade in Kursk.", "CANCELLED_CELEBRATION", "RUS", "Kursk"),
    ("Hundreds of soldiers walked off the front line in protest.", "REFUSAL_TO_FIGHT", None, None),
    ("Conscripts from Buryatia deserted from their unit near Kupiansk.", "REFUSAL_TO_FIGHT", "RUS", "Kupiansk"),
    ("Soldiers from the brigade refused to redeploy to the east.", "REFUSAL_TO_FIGHT", None, None),
    ("The rebels threw away their weapons and ran.", "SURRENDER", None, None),
    ("Conscripts fled the battlefield near Izium.", "RETREAT", None, "Izium"),
    ("Russian conscripts had been guarding the checkpoint. They withdrew at night as Ukrainian armour approached.", "RETREAT", "RUS", None),
    ("A Russian soldier walked towards the trench.\n\nA video taken by a Ukrainian brigade shows his surrender.", "SURRENDER", "RUS", None),
    ("Dagalo, the leader of Sudan's paramilitary Rapid Support Forces, said his forces had withdrawn from Khartoum.", "RETREAT", "RSF", "Khartoum"),
    ("Several fighters surrendered to the army at the Al-Shifa hospital.", "SURRENDER", None, "Al-Shifa hospital"),
]

NEAR_MISSES = [
    "The government staged a humiliating retreat over the tax plan.",
    "The striker withdrew from the tournament with an injury.",
    "He surrendered his passport to the court on Monday.",
    "Swiss glaciers retreated faster than ever this summer.",
    "The bank withdrew its offer after the talks collapsed.",
    "Thousands of civilians fled the shelling.",
    "The summer festival went ahead despite the rain.",
    "The company cancelled the meeting with investors.",
    "Ukraine will not surrender, the president said.",
    "Moscow plans to withdraw troops from the border.",
    "NATO urged Russia to withdraw its forces.",
    "If they retreat, the town will fall.",
    "Will Russia withdraw from Kherson?",
    "The band cancelled its tour after the singer fell ill.",
    "The ambassador was withdrawn from Moscow.",
    "At least 150,000 Ukrainians have fled to Poland.",
    "The coalition launched a campaign to oust the militants from the city.",
    "Moscow abandoned the Bologna Process a few weeks after the invasion.",
    "They left the country, the teacher said of his students.",
    "The condition for the talks is the withdrawal of Russian troops from the border.",
    "The band was forced to cancel concerts after the singer fell ill.",
    "A potential US withdrawal from Syria has alarmed the Kurds.",
    "Ankara has fallen out with the Gulf monarchies over the blockade.",
    "Militants left in Raqqa have only pistols and rifles.",
    "The defence secretary announced his departure this week.",
    "Washington instructed the Kurds to surrender the town to Turkish forces.",
    "Libya has withdrawn $1bn in assets from the US.",
    "Afrin had been a refuge to those fleeing from elsewhere in Syria.",
    "It is hard to escape the drum beat for military intervention.",
    "A US withdrawal is likely to be messy.",
    "Several councillors supported the cancellation of the fireworks, but the display went ahead.",
    "The minister resigned rather than lead the talks with the rebels.",
    "Newcastle were forced to draft in a reserve after their striker was a late withdrawal with a back injury.",
    "Abandoned by all their international allies, the Kurdish fighters see no choice but to follow Ankara's lead.",
    '"Occupiers, get out of our city," a loudspeaker blared as the convoy passed.',
    '"We have left the city," the teachers said.',
    "Rescuers pulled two soldiers from the rubble of the barracks.",
    "The wounded soldiers lay in the field hospital for days.",
    "There will be no market in Kherson this week.",
    "The farmer ordered his men to pull back from the river.",
    "The wounded soldiers were taken into captivity near Bakhmut.",
    "The protesters marched through the square with their hands raised.",
    "The club was closed after the storm. Its members fled the city.",
    "The rebels regrouped in the mountains after the defeat.",
    "The suspects turned themselves in to police.",
    "The soldiers yielded to pressure from their families.",
    "The students handed in their essays.",
    "The city has plans to hold a parade.",
    "The governor refused to hold talks with the organisers of the parade.",
    "The soldiers walked off the plane in Kyiv.",
    "The hikers threw away their maps.",
]


def extract_text(extractor, text):
    doc = Document(doc_id=doc_id_for(text), source_path="t.txt", format="txt", text=text)
    [parsed] = parse([text], select=extractor.select)
    return extractor.extract(doc, parsed)


@pytest.mark.model
@pytest.mark.parametrize("sentence, label, side, location", POSITIVES)
def test_positive_sentences(nlp, extractor, sentence, label, side, location):
    rows = [r for r in extract_text(extractor, sentence) if r["realis"] and r["event_type"] == label]
    assert rows, f"no realis {label} in {sentence!r}: {extract_text(extractor, sentence)}"
    if side:
        assert rows[0]["actor_side"] == side
    if location:
        assert location in [r["location"] for r in rows]


@pytest.mark.model
def test_a_destination_is_not_the_place(nlp, extractor):
    text = "Troops leave Soledar\nThe soldiers abandoned their trenches at night and headed back to Bakhmut."
    rows = [r for r in extract_text(extractor, text) if r["sentence_start"] > 0 and r["realis"] and r["event_type"] == "RETREAT"]
    assert rows and [r["location"] for r in rows] == ["Soledar"], rows  # the place named before, not where they went


@pytest.mark.model
def test_the_people_of_a_side_at_war_are_its_forces(nlp, extractor):
    war = ("Artillery shelled the front line as troops and tanks massed near the border, the army said. "
           "Soldiers dug trenches; the troops expected an offensive and more shelling of the military positions.\n")
    at_war = [r for r in extract_text(extractor, war + "As the Israelis started pulling out at midnight, crowds gathered.") if r["realis"] and r["sentence_start"] > 0]
    assert [(r["event_type"], r["actor_side"]) for r in at_war] == [("RETREAT", "ISR")], at_war
    fled = [r for r in extract_text(extractor, war + "The Ukrainians fled the shelling in their thousands.") if r["realis"] and r["sentence_start"] > 0]
    assert fled == []  # people fleeing are not a force retreating
    expelled = [r for r in extract_text(extractor, war + "The Christians, who were expelled by the militants, were going home.") if r["realis"] and r["sentence_start"] > 0]
    assert expelled == []  # a people of no side is no force


@pytest.mark.model
def test_abandoning_trenches_is_a_retreat_not_a_refusal(nlp, extractor):
    rows = [r for r in extract_text(extractor, "Russian troops abandoned their trenches near the river.") if r["realis"]]
    assert [r["event_type"] for r in rows] == ["RETREAT"], rows


@pytest.mark.model
def test_the_other_side_of_a_conflict_is_not_the_place(nlp, extractor):
    text = "Parade called off\nThe annual parade will not be held this year amid the conflict with Ukraine, the organisers said."
    rows = [r for r in extract_text(extractor, text) if r["sentence_start"] > 0]
    assert rows and all(r["location"] != "Ukraine" for r in rows), rows


@pytest.mark.model
def test_a_title_case_headline_reads_with_the_names_of_its_article(nlp, extractor):
    text = "Storm-Hit Town Cancels Its Harvest Moon Festival\nResidents had looked forward to the Harvest Moon Festival all summer."
    rows = [r for r in extract_text(extractor, text) if r["realis"] and r["event_type"] == "CANCELLED_CELEBRATION"]
    assert [r["sentence_start"] for r in rows] == [0], extract_text(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_misses_are_not_realis_events(nlp, extractor, sentence):
    rows = [r for r in extract_text(extractor, sentence) if r["realis"]]
    assert rows == [], rows


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, modality",
    [
        ("Russian troops reportedly withdrew from Kherson.", "reported"),
        ("According to Ukrainian intelligence, Russian troops withdrew from Kherson.", "reported"),
        ("Russia said its troops had withdrawn from Lyman.", "reported"),
        ("Russian troops did not withdraw from Kherson.", "negated"),
        ("Russian troops will withdraw from Kherson next week.", "future"),
        ("Kyiv urged the Russian troops to surrender.", "demanded"),
        ("Dozens of RSF fighters deserted in Darfur, the Sudanese army claimed.", "reported"),
        ("Russian troops withdrew from the town, which residents said was a relief.", "asserted"),
        ("Commanders in the city spoke of the value of a strategic retreat.", "hypothetical"),
        ("Kyiv fears the prospect of a Russian withdrawal from the dam.", "hypothetical"),
        ("After surrendering near Izium, the tank crew gave a video interview.", "asserted"),
        ("Following the withdrawal from Kherson, Moscow denied any losses.", "asserted"),
        ("After the garrison surrenders, the soldiers will be exchanged.", "future"),
        ("As soon as the rebels pull out of Goma, the army will move in.", "hypothetical"),
        ("The moment the garrison surrenders, the siege will be lifted.", "hypothetical"),
        ("Kyiv gave the order to withdraw the garrison from Avdiivka.", "asserted"),
        ("The governor will refuse to hold the parade.", "future"),
    ],
)
def test_modality(nlp, extractor, sentence, modality):
    rows = extract_text(extractor, sentence)
    assert rows and rows[0]["modality"] == modality, rows


@pytest.mark.model
def test_headline_and_boilerplate(nlp, extractor):
    text = "Russian troops flee Izyum\nThe city was quiet on Sunday.\nSign up now to get troops news: troops fled."
    rows = extract_text(extractor, text)
    assert [(r["sentence"], r["event_type"]) for r in rows] == [("Russian troops flee Izyum", "RETREAT")]


@pytest.mark.model
def test_the_group_refers_back_to_the_armed_group_named_before(nlp, extractor):
    text = "Isis lost Raqqa last year.\nAn offensive ousted the group from Hajin in December."
    rows = [r for r in extract_text(extractor, text) if r["realis"]]
    assert [(r["event_type"], r["actor_side"], r["location"]) for r in rows] == [("RETREAT", "ISIS", "Hajin")]
    assert extract_text(extractor, "An offensive ousted the group from Hajin in December.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, source",
    [
        ("According to Ukrainian intelligence, Russian troops withdrew from Kherson.", "Ukrainian intelligence"),
        ("Russian troops withdrew from Kherson, according to the general staff.", "the general staff"),
        ("Russian troops withdrew from Kherson, according to the Institute for the Study of War (ISW).", "the Institute for the Study of War (ISW)"),
        ("The Russian defence ministry said its troops had withdrawn from Lyman.", "The Russian defence ministry"),
        ("Russian troops withdrew from Kherson.", None),
        ('"I confirm that we have left the city," the RSF commander said.', "the RSF commander"),
    ],
)
def test_source_is_who_reports_it(nlp, extractor, sentence, source):
    rows = [r for r in extract_text(extractor, sentence) if r["event_type"] == "RETREAT"]
    assert rows and rows[0]["source"] == source, rows


@pytest.mark.model
def test_leaving_the_place_of_a_reported_surrender_is_surrender(nlp, extractor):
    surrender = "Hundreds of Ukrainian fighters surrendered at the Azovstal steelworks on Monday.\n"
    leaving = "More than 200 soldiers left Azovstal on Tuesday."
    with_context = [(r["event_type"], r["sentence"]) for r in extract_text(extractor, surrender + leaving) if r["realis"]]
    assert ("SURRENDER", leaving) in with_context
    alone = [r["event_type"] for r in extract_text(extractor, leaving) if r["realis"]]
    assert alone == ["RETREAT"]


@pytest.mark.model
def test_the_plant_is_the_plant_named_before(nlp, extractor):
    text = "Ukrainian fighters held out at the Azovstal steel plant for weeks.\nOn Monday, hundreds of soldiers left the plant."
    rows = [r for r in extract_text(extractor, text) if r["realis"] and r["event_type"] == "RETREAT"]
    assert [r["location"] for r in rows] == ["Azovstal"]


@pytest.mark.model
def test_leaving_into_captivity_is_a_surrender_not_a_retreat(nlp, extractor):
    rows = extract_text(extractor, "Hundreds of fighters were evacuated from the steel plant into Russian captivity.")
    assert [(r["event_type"], r["realis"]) for r in rows] == [("SURRENDER", True)]


@pytest.mark.model
def test_fleeing_ones_unit_is_deserting_not_retreating(nlp, extractor):
    rows = extract_text(extractor, "Several soldiers fled their unit and crossed into Georgia.")
    assert [(r["event_type"], r["realis"]) for r in rows] == [("REFUSAL_TO_FIGHT", True)]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, places",
    [
        ("Napoleon's army retreated from Moscow in 1812.", ["Moscow"]),  # the actor's owner is no place when the event names one
        ("Mariupol's defenders surrendered after a siege of weeks.", ["Mariupol"]),  # ... and is one when it names none
        ("Organisers in Tbilisi scrapped the annual Tbilisoba festival after the floods.", ["Tbilisi"]),  # a festival's name is no place
        ("Ukrainian troops pulled back from the Belarus border on Sunday.", ["Belarus border"]),  # a state's edge is a place
        ("The militia withdrew its fighters from the Lebanese frontier overnight.", ["Lebanese frontier"]),
    ],
)
def test_the_places_of_an_event(nlp, extractor, sentence, places):
    rows = [r for r in extract_text(extractor, sentence) if r["realis"]]
    assert sorted(r["location"] for r in rows) == places


@pytest.mark.model
def test_a_cancelled_celebration_was_to_be_held_at_the_venue_its_document_names(nlp, extractor):
    venue = "\nThe Sunfield festival, which is held over two days in Wattle Flat near Ballarat, had warned of fire danger."
    text = "Heat ruins the weekend\nCampers in Victoria were left disappointed after a popular music festival was cancelled." + venue
    rows = [r for r in extract_text(extractor, text) if r["realis"] and r["event_type"] == "CANCELLED_CELEBRATION"]
    assert [r["location"] for r in rows] == ["Wattle Flat"], rows  # not the state its campers are in
    own = "Heat ruins the weekend\nThe Geelong council cancelled the music festival on Sunday." + venue
    rows = [r for r in extract_text(extractor, own) if r["realis"] and r["event_type"] == "CANCELLED_CELEBRATION"]
    assert [r["location"] for r in rows] == ["Geelong"], rows  # the place that cancels is the event's own


@pytest.mark.model
def test_the_area_an_event_happened_in_is_the_region_named_before(nlp, extractor):
    text = ("Counteroffensive goes on\nUkrainian forces advanced across the Zaporizhzhia region on Monday, near Orikhiv.\n"
            "Russian troops withdrew from the area in disorder.\nSome of the Russian units in the recaptured area retreated in panic.")
    rows = [r for r in extract_text(extractor, text) if r["realis"] and r["event_type"] == "RETREAT"]
    assert [r["location"] for r in rows] == ["Zaporizhzhia region", "Zaporizhzhia region"], rows  # not the town named last


@pytest.mark.model
def test_a_state_that_surrenders_is_no_place_and_nor_is_what_a_clause_says_about_it(nlp, extractor):
    text = ("Surrender signed at dawn\nThe delegates met in Lyon for a week.\nThe talks were long.\nThe talks were hard.\n"
            "The talks were over by night.\nGermany's envoy spoke first.\n"
            "Germany, which had begun the war with an attack on Poland, surrendered at dawn.")
    rows = [r for r in extract_text(extractor, text) if r["realis"] and r["event_type"] == "SURRENDER"]
    assert [r["location"] for r in rows] == ["Lyon"], rows  # not Poland (the relative clause's), not Germany (the actor)


@pytest.mark.model
def test_a_state_that_reports_an_event_is_no_place_of_it(nlp, extractor):
    text = ("Pullback over\nThe troops left the east bank of the river in the Kherson region overnight.\n\n\n\n"
            "The United States' defence department said the withdrawal was completed at dawn.")
    rows = [r for r in extract_text(extractor, text) if r["realis"] and r["sentence_start"] > 50]
    # the place the story is about (the withdrawal's, as the sentence before wrote it), not the state that speaks
    assert [r["location"] for r in rows] == ["Kherson region"], rows


def parade(*rows):
    """ "The parade ..." with ``rows`` after it; each row's head counts from the start of the sentence."""
    return hand_doc([("The", "the", "DET", "det", 1), *rows])


def test_a_parade_unable_to_go_ahead_is_off(extractor):
    doc = parade(("parade", "parade", "NOUN", "nsubj", 2), ("is", "be", "AUX", "ROOT", 2), ("unable", "unable", "ADJ", "acomp", 2),
                 ("to", "to", "PART", "aux", 5), ("go", "go", "VERB", "xcomp", 3), ("ahead", "ahead", "ADV", "advmod", 5), (".", ".", "PUNCT", "punct", 2))
    [row] = run(extractor, doc)
    assert (row["event_type"], row["realis"], row["modality"]) == ("CANCELLED_CELEBRATION", True, "asserted")


@pytest.mark.parametrize("modal, realis, modality", [("can", True, "asserted"), ("could", True, "asserted"), ("might", False, "hypothetical")])
def test_a_parade_that_cannot_go_ahead_is_off_one_that_might_not_may_not_be(extractor, modal, realis, modality):
    doc = parade(("parade", "parade", "NOUN", "nsubj", 4), (modal, modal, "AUX", "aux", 4), ("not", "not", "PART", "neg", 4),
                 ("go", "go", "VERB", "ROOT", 4), ("ahead", "ahead", "ADV", "advmod", 4), (".", ".", "PUNCT", "punct", 4))
    [row] = run(extractor, doc)
    assert (row["event_type"], row["realis"], row["modality"]) == ("CANCELLED_CELEBRATION", realis, modality)


@pytest.mark.parametrize("verb, lemma, found", [("included", "include", True), ("delayed", "delay", False)])
def test_the_cancellations_included_the_parade(extractor, verb, lemma, found):
    doc = hand_doc([("The", "the", "DET", "det", 1), ("cancellations", "cancellation", "NOUN", "nsubj", 2), (verb, lemma, "VERB", "ROOT", 2),
                    ("the", "the", "DET", "det", 4), ("parade", "parade", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2)])
    rows = [r for r in run(extractor, doc) if r["realis"]]
    assert [r["event_type"] for r in rows] == (["CANCELLED_CELEBRATION"] if found else [])



def spelled(spec: str):
    """A hand-built parse from "word/lemma/POS/dep/head" items separated by spaces."""
    return hand_doc([(w, lemma, pos, dep, int(head)) for w, lemma, pos, dep, head in (item.split("/") for item in spec.split())])


def test_the_subject_of_an_infinitive_after_for_is_the_passive_subject():
    from tasks.extract.roles import candidates

    doc = spelled("MPs/MP/PROPN/nsubj/1 call/call/VERB/ROOT/1 for/for/ADP/prep/1 fireworks/firework/NOUN/pobj/2 to/to/PART/aux/6 be/be/AUX/auxpass/6 scrapped/scrap/VERB/advcl/1")
    assert [t.text for t in candidates(doc[6], "pass")] == ["fireworks"]


def test_an_infinitive_after_a_demand_object_is_asked_of_the_dative():
    from tasks.extract.roles import candidates, demand_noun

    doc = spelled("Russia/Russia/PROPN/nsubj/1 issues/issue/VERB/ROOT/1 ultimatum/ultimatum/NOUN/dobj/1 to/to/ADP/dative/1 defenders/defender/NOUN/pobj/3 to/to/PART/aux/6 surrender/surrender/VERB/advcl/1")
    assert demand_noun(doc[6]).text == "ultimatum"
    assert candidates(doc[6], "controller") == []
    assert [t.text for t in candidates(doc[6], "addressee")] == ["defenders"]


@pytest.mark.model
def test_deserting_to_surrender_is_one_surrender(nlp, extractor):
    """A bare desertion conjoined before a surrender by the same men is the surrender's manner: one SURRENDER row; a
    desertion of a named unit, or by other men, stays an event of its own beside the surrender."""
    for text in ("Two Russian soldiers defected and surrendered to Ukrainian forces.",
                 "Three conscripts deserted and surrendered to Ukrainian troops near Kupiansk."):
        assert {r["event_type"] for r in extract_text(extractor, text) if r["realis"]} == {"SURRENDER"}, text
    for text in ("The soldiers deserted, and the garrison surrendered.",
                 "Three conscripts deserted their unit and surrendered to Ukrainian troops near Kupiansk."):
        assert {r["event_type"] for r in extract_text(extractor, text) if r["realis"]} == {"SURRENDER", "REFUSAL_TO_FIGHT"}, text


def test_a_list_of_names_longer_than_pythons_recursion_limit_is_walked():
    """A sentence listing a thousand settlements parses as a chain of a thousand conjuncts: walking it by recursion
    raised RecursionError and the document failed with extract_failed."""
    import sys

    from tasks.extract.tree import with_conjuncts

    n = sys.getrecursionlimit() + 100
    rows = [("Troops", "troop", "NOUN", "nsubj", 1), ("withdrew", "withdraw", "VERB", "ROOT", 1), ("from", "from", "ADP", "prep", 1)]
    rows += [(f"Town{i}", f"Town{i}", "PROPN", "pobj" if i == 0 else "conj", 2 if i == 0 else 2 + i) for i in range(n)]
    doc = hand_doc(rows)
    assert [t.text for t in with_conjuncts(doc[3])] == [f"Town{i}" for i in range(n)]
    assert [t.text for t in with_conjuncts(doc[1])] == ["withdrew"]
