"""The names a document gives its celebrations (tasks/extract/celebration_names.py), learnt once per document."""
from __future__ import annotations

import pytest

from tasks.extract.celebration_names import learn


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The Pitch Music & Arts festival is held each March in Moyston.", "Pitch Music & Arts"),
        ("The Pitch Music & Arts festival is held each March in Moyston.", "Pitch"),  # its short form
        ("Organisers of electronic music festival Pitch had advised people to stay at home.", "Pitch"),
        ("Tbilisoba, the city's autumn festival, fills the old town.", "Tbilisoba"),
        ("Winterlude is Ottawa's winter festival.", "Winterlude"),
        ("A carnival known as Kanaval takes over Port-au-Prince each February.", "Kanaval"),
        ("Belfast's Feile an Phobail, the west Belfast community festival, begins next week.", "Feile an Phobail"),
        ("Ozy Fest, the music and food festival in Central Park, was held last July.", "Ozy Fest"),
        ("Organisers confirm line-up for Tbilisoba festival", "Tbilisoba"),  # a Title Case headline as the parser reads it
        ("The royal establishment has called off this year's Kuomboka ceremony.", "Kuomboka"),  # a rite said to recur
        ("Authorities call off annual Urs at Sopore shrine amid unrest", "Urs"),  # a recurring name with nothing after it
        ("The traditional Corso de la Amistad, which fills the avenue, will not take place.", "Corso de la Amistad"),
    ],
)
def test_a_name_the_sentence_calls_a_celebration_is_learnt(sentence, name):
    assert name in learn(sentence)


@pytest.mark.parametrize(
    "sentence, not_name",
    [
        ("Apple, the main sponsor of the Pitch festival, sells watches at the gate.", "Apple"),  # the kind is in another phrase
        ("Apple, the festival sponsor, sells watches at the gate.", "Apple"),  # the kind modifies the head
        ("Kovacs was the festival's director.", "Kovacs"),
        ("At the festival Kovacs met the mayor of Pecs.", "Kovacs"),  # a preposition's object ends before the name
        ("Moyston hosts the Pitch festival every March.", "Moyston"),
        ("Taylor Swift's Eras Tour was due to play three nights in Vienna.", "Eras Tour"),  # a tour is no kind of celebration
        ("WWDC, Apple's developer conference, is held every June.", "WWDC"),
        ("The cancellations included a disco in West Princes Street Gardens, Edinburgh's Hogmanay street party and a concert.", "West Princes Street Gardens"),  # a list
        ("Russia's Victory Day parade was cancelled.", "Russia"),  # a side, not a name of its own
        ("The Music & Arts festival opens today.", "Music"),  # no short form of a name that is all tails
        ("Organisers cancelled this year's Davos meeting.", "Davos"),  # a place, and another noun after it
        ("This year's Budget was delayed.", "Budget"),  # English words only
        ("The Annual General Meeting was called off.", "General Meeting"),  # "Annual" of the name itself
        ("The firm scrapped this year's Apple event.", "Apple"),  # an event noun is no rite's
    ],
)
def test_what_is_not_a_celebrations_name(sentence, not_name):
    assert not_name not in learn(sentence)


@pytest.mark.model
def test_a_document_knows_where_it_writes_its_names_and_what_a_pronoun_can_stand_for():
    from tasks.extract.celebration_names import of_text

    text = "Coachella festival faces an uncertain spring\nOrganisers have cancelled Coachella.\nThe weather was fine.\nIt was dropped."
    found = of_text(text)
    start = text.index("Coachella.")
    assert found.name_covering(start, start + len("Coachella")) is not None
    assert found.stands_in(text.index("Organisers"), "Organisers have cancelled Coachella.")
    assert not found.stands_in(text.index("It was"), "It was dropped.")  # two sentences after the last mention
    near = "The parade was due on Friday.\nIt was cancelled."
    assert of_text(near).stands_in(near.index("It"), "It was cancelled.")
    modifier = "The parade route passes the old depot.\nIt was abandoned."
    assert not of_text(modifier).stands_in(modifier.index("It"), "It was abandoned.")  # "parade" modifies the route
