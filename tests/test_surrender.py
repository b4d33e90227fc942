"""SURRENDER (issue 7): what is asked of a force is no surrender done, weapons laid down, the passive, talks
about a surrender, quoted names, headline demonyms. Tier 1: hand-built parses; tier 2: real parses of
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.rulekit import document_for, hand_doc
from tests.test_challenge import extract_text


def surrenders(extractor, doc):
    return [r for r in extractor.extract(document_for(doc), [(0, doc)]) if r["event_type"] == "SURRENDER"]


# -- tier 1: hand-built parses -------------------------------------------------

def test_an_ultimatum_to_fighters_to_surrender_is_a_demand_on_them(extractor):
    doc = hand_doc([
        ("The", "the", "DET", "det", 1), ("army", "army", "NOUN", "nsubj", 2), ("issued", "issue", "VERB", "ROOT", 2),
        ("an", "an", "DET", "det", 4), ("ultimatum", "ultimatum", "NOUN", "dobj", 2), ("to", "to", "ADP", "prep", 4),
        ("RSF", "RSF", "PROPN", "compound", 7, "ORG"), ("fighters", "fighter", "NOUN", "pobj", 5),
        ("to", "to", "PART", "aux", 9), ("surrender", "surrender", "VERB", "acl", 4), (".", ".", "PUNCT", "punct", 2),
    ])
    [row] = surrenders(extractor, doc)
    assert (row["realis"], row["modality"], row["actor"], row["actor_side"]) == (False, "demanded", "RSF fighters", "RSF")


def test_who_rejects_an_offer_to_surrender_was_asked_to(extractor):
    doc = hand_doc([
        ("The", "the", "DET", "det", 1), ("garrison", "garrison", "NOUN", "nsubj", 2), ("rejected", "reject", "VERB", "ROOT", 2),
        ("an", "an", "DET", "det", 4), ("offer", "offer", "NOUN", "dobj", 2),
        ("to", "to", "PART", "aux", 6), ("surrender", "surrender", "VERB", "acl", 4), (".", ".", "PUNCT", "punct", 2),
    ])
    [row] = surrenders(extractor, doc)
    assert (row["realis"], row["modality"], row["actor"]) == (False, "demanded", "The garrison")


def test_an_appeal_to_lay_down_arms_is_a_demand(extractor):
    doc = hand_doc([
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 1, "GPE"), ("appealed", "appeal", "VERB", "ROOT", 1), ("to", "to", "ADP", "prep", 1),
        ("conscripts", "conscript", "NOUN", "pobj", 2), ("to", "to", "PART", "aux", 5), ("lay", "lay", "VERB", "xcomp", 1),
        ("down", "down", "ADP", "prt", 5), ("their", "their", "PRON", "poss", 8), ("arms", "arm", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ])
    assert {(r["realis"], r["modality"]) for r in surrenders(extractor, doc)} == {(False, "demanded")}


@pytest.mark.parametrize("verb, lemma, weapon, weapon_lemma", [("laid", "lay", "guns", "gun"), ("put", "put", "rifles", "rifle")])
def test_laying_down_guns_or_rifles_is_laying_down_arms(extractor, verb, lemma, weapon, weapon_lemma):
    doc = hand_doc([
        ("Forty", "forty", "NUM", "nummod", 1), ("militants", "militant", "NOUN", "nsubj", 2), (verb, lemma, "VERB", "ROOT", 2),
        ("down", "down", "ADP", "prt", 2), ("their", "their", "PRON", "poss", 5), (weapon, weapon_lemma, "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ])
    [row] = surrenders(extractor, doc)
    assert (row["realis"], row["actor"]) == (True, "Forty militants")


def test_a_position_surrendered_by_a_garrison_is_the_garrisons_surrender(extractor):
    doc = hand_doc([
        ("Herat", "Herat", "PROPN", "nsubjpass", 2, "GPE"), ("was", "be", "AUX", "auxpass", 2), ("surrendered", "surrender", "VERB", "ROOT", 2),
        ("to", "to", "ADP", "prep", 2), ("the", "the", "DET", "det", 5), ("Taliban", "Taliban", "PROPN", "pobj", 3, "ORG"),
        ("by", "by", "ADP", "agent", 2), ("Afghan", "afghan", "ADJ", "amod", 8, "NORP"), ("troops", "troop", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ])
    [row] = surrenders(extractor, doc)
    assert (row["realis"], row["actor"], row["actor_side"], row["location"]) == (True, "Afghan troops", "AFG", "Herat")


def test_talks_on_a_surrender_are_no_surrender(extractor):
    doc = hand_doc([
        ("Talks", "talk", "NOUN", "nsubj", 6), ("on", "on", "ADP", "prep", 0), ("the", "the", "DET", "det", 3),
        ("surrender", "surrender", "NOUN", "pobj", 1), ("of", "of", "ADP", "prep", 3), ("troops", "troop", "NOUN", "pobj", 4),
        ("failed", "fail", "VERB", "ROOT", 6), (".", ".", "PUNCT", "punct", 6),
    ])
    assert {(r["realis"], r["modality"], r["modality_cue"]) for r in surrenders(extractor, doc)} == {(False, "hypothetical", "Talks")}


def test_a_quoted_name_is_no_cue(extractor):
    # the parser reads the hotline's name as a clause that governs the surrender
    doc = hand_doc([
        ("A", "a", "DET", "det", 1), ("soldier", "soldier", "NOUN", "nsubj", 2), ("surrendered", "surrender", "VERB", "ccomp", 5),
        ("'", "'", "PUNCT", "punct", 5), ("I", "I", "PRON", "nsubj", 5), ("Want", "want", "VERB", "ccomp", 12),
        ("to", "to", "PART", "aux", 7), ("Live", "live", "VERB", "xcomp", 5), ("'", "'", "PUNCT", "punct", 5),
        ("hotline", "hotline", "NOUN", "dobj", 5), (",", ",", "PUNCT", "punct", 12), ("officials", "official", "NOUN", "nsubj", 12),
        ("said", "say", "VERB", "ROOT", 12), (".", ".", "PUNCT", "punct", 12),
    ])
    assert {(r["realis"], r["modality"]) for r in surrenders(extractor, doc)} == {(True, "reported")}


def test_a_headline_counts_a_demonym_plural(extractor):
    doc = hand_doc([
        ("Dozens", "dozen", "NOUN", "nsubj", 3), ("Of", "of", "ADP", "prep", 0), ("Ukrainians", "Ukrainians", "PROPN", "pobj", 1, "NORP"),
        ("Capitulate", "capitulate", "VERB", "ROOT", 3), ("In", "in", "ADP", "prep", 3), ("Vuhledar", "Vuhledar", "PROPN", "pobj", 4, "GPE"),
    ])
    [row] = surrenders(extractor, doc)
    assert (row["realis"], row["actor_side"], row["location"]) == (True, "UKR", "Vuhledar")


# -- tier 2: real parses ---------------------------------------------------------

def realis_surrenders(extractor, text):
    return [r for r in extract_text(extractor, text) if r["realis"] and r["event_type"] == "SURRENDER"]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, side, place",
    [
        ("Thirty Houthi fighters laid down their guns near Marib.", "HOUTHI", "Marib"),
        ("The base at Bagram was surrendered to the Taliban by Afghan commandos.", "AFG", "Bagram"),
        ("Hundreds Of Russians Capitulate Near Kherson, Kyiv Says", "RUS", "Kherson"),
        ("A Russian paratrooper surrendered through the 'I Want to Live' hotline near Lyman, the army said.", "RUS", "Lyman"),
    ],
)
def test_wordings_of_surrender(nlp, extractor, sentence, side, place):
    rows = realis_surrenders(extractor, sentence)
    assert rows, extract_text(extractor, sentence)
    assert side in {r["actor_side"] for r in rows}, rows
    assert place in {r["location"] for r in rows}, rows


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, modality",
    [
        ("The commander rejected a Ukrainian offer to surrender the bridgehead.", "demanded"),
        ("Israel issued an ultimatum to the gunmen in the hospital to surrender.", "demanded"),
        ("Ukraine appealed to the Russian marines to give themselves up.", "demanded"),
        ("Negotiations over the surrender of the Russian garrison dragged on for a week.", "hypothetical"),
    ],
)
def test_asked_or_discussed_surrenders_did_not_happen(nlp, extractor, sentence, modality):
    rows = [r for r in extract_text(extractor, sentence) if r["event_type"] == "SURRENDER"]
    assert rows and not any(r["realis"] for r in rows), rows
    assert modality in {r["modality"] for r in rows}, rows


@pytest.mark.model
def test_he_who_throws_his_gun_aside_in_a_war_story_is_the_soldier_named_before(nlp, extractor):
    text = (
        "Ukrainian troops held the front line near Kupiansk through the Russian offensive, and the battle went on for a week.\n"
        "Under shelling, a Russian soldier was cut off from his unit and his position was besieged.\n"
        '"When he saw the drone, he threw his gun aside and raised his hands," a witness told reporters.'
    )
    rows = [r for r in extract_text(extractor, text) if r["event_type"] == "SURRENDER" and r["realis"]]
    assert [r["trigger"] for r in rows] in (["threw"], ["raised"]), rows


@pytest.mark.model
def test_he_who_throws_his_gun_aside_outside_a_war_is_no_surrender(nlp, extractor):
    text = "A farmer shot at the crows.\n\"When he saw the police, he threw his gun aside and raised his hands,\" a witness said."
    assert [r for r in extract_text(extractor, text) if r["event_type"] == "SURRENDER"] == []
