"""Event dates from parses: the date attached to the trigger, or to a cancelled celebration."""
from __future__ import annotations

from datetime import date

import pytest

from tasks.normalize.event_dates import celebration_date, event_date, looks_ahead
from tests.rulekit import hand_doc

FRI = date(2022, 9, 16)  # a Friday
WED = date(2022, 4, 20)  # a Wednesday, before Victory Day


def said_wednesday_fled(date_words: bool = True):
    """Officials said on Wednesday that troops fled [last month] ."""
    rows = [
        ("Officials", "official", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prep", 1), ("Wednesday", "Wednesday", "PROPN", "pobj", 2, "DATE"),
        ("that", "that", "SCONJ", "mark", 6), ("troops", "troop", "NOUN", "nsubj", 6), ("fled", "flee", "VERB", "ccomp", 1),
    ]
    if date_words:
        rows += [("last", "last", "ADJ", "amod", 8, "DATE"), ("month", "month", "NOUN", "npadvmod", 6, "DATE")]
    return hand_doc(rows + [(".", ".", "PUNCT", "punct", 1)])


def test_the_date_attached_to_the_trigger_wins():
    doc = said_wednesday_fled()
    assert event_date(doc[6], FRI) == (date(2022, 8, 1), "month")


def test_a_date_on_the_head_chain_counts():
    """"said on Wednesday that troops fled": the reporting verb's date is the nearest one."""
    doc = said_wednesday_fled(date_words=False)
    assert event_date(doc[6], FRI) == (date(2022, 9, 14), "day")


def test_a_date_off_the_head_chain_is_not_attached():
    """Last week officials said that troops fled , and the city fell on 3 September ."""
    doc = hand_doc([
        ("Last", "last", "ADJ", "amod", 1, "DATE"), ("week", "week", "NOUN", "npadvmod", 3, "DATE"),
        ("officials", "official", "NOUN", "nsubj", 3), ("said", "say", "VERB", "ROOT", 3), ("that", "that", "SCONJ", "mark", 6),
        ("troops", "troop", "NOUN", "nsubj", 6), ("fled", "flee", "VERB", "ccomp", 3), (",", ",", "PUNCT", "punct", 3),
        ("and", "and", "CCONJ", "cc", 3), ("the", "the", "DET", "det", 10), ("city", "city", "NOUN", "nsubj", 11),
        ("fell", "fall", "VERB", "conj", 3), ("on", "on", "ADP", "prep", 11), ("3", "3", "NUM", "nummod", 14, "DATE"),
        ("September", "September", "PROPN", "pobj", 12, "DATE"), (".", ".", "PUNCT", "punct", 3),
    ])
    assert event_date(doc[6], FRI) == (date(2022, 9, 5), "week")
    assert event_date(doc[11], FRI) == (date(2022, 9, 3), "day")


def test_a_date_in_a_relative_clause_is_farther_than_the_triggers_own():
    """Troops who arrived in March surrendered on Monday ."""
    doc = hand_doc([
        ("Troops", "troop", "NOUN", "nsubj", 5), ("who", "who", "PRON", "nsubj", 2), ("arrived", "arrive", "VERB", "relcl", 0),
        ("in", "in", "ADP", "prep", 2), ("March", "March", "PROPN", "pobj", 3, "DATE"), ("surrendered", "surrender", "VERB", "ROOT", 5),
        ("on", "on", "ADP", "prep", 5), ("Monday", "Monday", "PROPN", "pobj", 6, "DATE"), (".", ".", "PUNCT", "punct", 5),
    ])
    assert event_date(doc[5], FRI) == (date(2022, 9, 12), "day")
    assert event_date(doc[2], FRI) == (date(2022, 3, 1), "month")


def test_without_entities_the_sentence_then_the_neighbours_are_read():
    doc = hand_doc([
        ("Troops", "troop", "NOUN", "nsubj", 1), ("fled", "flee", "VERB", "ROOT", 1),
        ("yesterday", "yesterday", "NOUN", "npadvmod", 1), (".", ".", "PUNCT", "punct", 1),
    ])
    assert event_date(doc[1], FRI) == (date(2022, 9, 15), "day")
    bare = hand_doc([("Troops", "troop", "NOUN", "nsubj", 1), ("fled", "flee", "VERB", "ROOT", 1), (".", ".", "PUNCT", "punct", 1)])
    assert event_date(bare[1], FRI) == (None, "unknown")
    assert event_date(bare[1], FRI, neighbours=["No one spoke.", "It began on Tuesday."]) == (date(2022, 9, 13), "day")
    assert event_date(bare[1], None, neighbours=["It began on Tuesday."]) == (None, "unknown")


def test_an_entity_that_names_no_date_gives_way():
    """Troops fled for decades ... on Monday: "decades" is a DATE entity without a date."""
    doc = hand_doc([
        ("Troops", "troop", "NOUN", "nsubj", 1), ("fled", "flee", "VERB", "ROOT", 1), ("for", "for", "ADP", "prep", 1),
        ("decades", "decade", "NOUN", "pobj", 2, "DATE"), ("and", "and", "CCONJ", "cc", 1), ("on", "on", "ADP", "prep", 1),
        ("Monday", "Monday", "PROPN", "pobj", 5, "DATE"), (".", ".", "PUNCT", "punct", 1),
    ])
    assert event_date(doc[1], FRI) == (date(2022, 9, 12), "day")


def cancelled_tuesday_parade_may_9():
    """Russia cancelled on Tuesday the parade planned for May 9 ."""
    return hand_doc([
        ("Russia", "Russia", "PROPN", "nsubj", 1, "GPE"), ("cancelled", "cancel", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prep", 1), ("Tuesday", "Tuesday", "PROPN", "pobj", 2, "DATE"),
        ("the", "the", "DET", "det", 5), ("parade", "parade", "NOUN", "dobj", 1), ("planned", "plan", "VERB", "acl", 5),
        ("for", "for", "ADP", "prep", 6), ("May", "May", "PROPN", "pobj", 7, "DATE"), ("9", "9", "NUM", "nummod", 8, "DATE"),
        (".", ".", "PUNCT", "punct", 1),
    ])


def test_two_dates_the_trigger_has_one_the_celebration_the_other():
    doc = cancelled_tuesday_parade_may_9()
    cancelled, parade = doc[1], doc[5]
    assert event_date(cancelled, WED) == (date(2022, 4, 19), "day")
    assert celebration_date(parade, WED, trigger=cancelled) == (date(2022, 5, 9), "day")
    assert celebration_date(parade, WED) == (date(2022, 5, 9), "day")


def test_scheduled_points_the_triggers_date_forward():
    doc = cancelled_tuesday_parade_may_9()
    assert event_date(doc[1], WED, scheduled=True) == (date(2022, 4, 26), "day")


def the_city_cancelled_the_parade_on_tuesday():
    return hand_doc([
        ("The", "the", "DET", "det", 1), ("city", "city", "NOUN", "nsubj", 2), ("cancelled", "cancel", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4), ("parade", "parade", "NOUN", "dobj", 2), ("on", "on", "ADP", "prep", 2),
        ("Tuesday", "Tuesday", "PROPN", "pobj", 5, "DATE"), (".", ".", "PUNCT", "punct", 2),
    ])


def test_without_its_own_date_a_celebration_takes_the_cancelling_date():
    doc = the_city_cancelled_the_parade_on_tuesday()
    assert celebration_date(doc[4], date(2022, 10, 30), trigger=doc[2]) == (date(2022, 10, 25), "day")


def scrapped_this_years_celebration_on_nov_3():
    """The city scrapped this year 's Diwali celebration on Nov. 3 ."""
    return hand_doc([
        ("The", "the", "DET", "det", 1), ("city", "city", "NOUN", "nsubj", 2), ("scrapped", "scrap", "VERB", "ROOT", 2),
        ("this", "this", "DET", "det", 4, "DATE"), ("year", "year", "NOUN", "poss", 7, "DATE"), ("'s", "'s", "PART", "case", 4),
        ("Diwali", "Diwali", "PROPN", "compound", 7), ("celebration", "celebration", "NOUN", "dobj", 2),
        ("on", "on", "ADP", "prep", 2), ("Nov.", "Nov.", "PROPN", "pobj", 8, "DATE"), ("3", "3", "NUM", "nummod", 9, "DATE"),
        (".", ".", "PUNCT", "punct", 2),
    ])


def test_a_day_month_on_the_cancelling_verb_that_cannot_be_past_is_the_celebrations():
    """On 30 October, "scrapped ... on Nov. 3" is the coming 3 November and refines "this year's"."""
    doc = scrapped_this_years_celebration_on_nov_3()
    assert celebration_date(doc[7], date(2022, 10, 30), trigger=doc[2]) == (date(2022, 11, 3), "day")
    assert celebration_date(doc[7], date(2022, 10, 30)) == (date(2022, 1, 1), "year")


def test_a_weekday_on_the_cancelling_verb_does_not_refine_the_celebrations_year():
    """The city cancelled this year 's parade on Tuesday: Tuesday is when, not the parade's day."""
    doc = hand_doc([
        ("The", "the", "DET", "det", 1), ("city", "city", "NOUN", "nsubj", 2), ("cancelled", "cancel", "VERB", "ROOT", 2),
        ("this", "this", "DET", "det", 4, "DATE"), ("year", "year", "NOUN", "poss", 6, "DATE"), ("'s", "'s", "PART", "case", 4),
        ("parade", "parade", "NOUN", "dobj", 2), ("on", "on", "ADP", "prep", 2), ("Tuesday", "Tuesday", "PROPN", "pobj", 7, "DATE"),
        (".", ".", "PUNCT", "punct", 2),
    ])
    assert celebration_date(doc[6], date(2022, 10, 30), trigger=doc[2]) == (date(2022, 1, 1), "year")
    assert event_date(doc[2], date(2022, 10, 30)) == (date(2022, 10, 25), "day")


def parade_held_on_may_9(aux: str):
    """The parade {will|was} not be held on May 9 ."""
    rows = [("The", "the", "DET", "det", 1), ("parade", "parade", "NOUN", "nsubjpass", 5)]
    rows += [(aux, aux, "AUX", "aux", 5), ("not", "not", "PART", "neg", 5)]
    rows += [("be" if aux == "will" else "really", "be", "AUX", "auxpass" if aux == "will" else "advmod", 5)]
    rows += [("held", "hold", "VERB", "ROOT", 5), ("on", "on", "ADP", "prep", 5)]
    rows += [("May", "May", "PROPN", "pobj", 6, "DATE"), ("9", "9", "NUM", "nummod", 7, "DATE"), (".", ".", "PUNCT", "punct", 5)]
    return hand_doc(rows)


def test_a_negated_verb_carries_the_celebrations_date_by_its_tense():
    ahead, past = parade_held_on_may_9("will"), parade_held_on_may_9("was")
    assert looks_ahead(ahead[5]) and not looks_ahead(past[5])
    assert celebration_date(ahead[1], WED, trigger=ahead[5]) == (date(2022, 5, 9), "day")
    assert celebration_date(past[1], WED, trigger=past[5]) == (date(2021, 5, 9), "day")
    assert celebration_date(past[1], FRI, trigger=past[5]) == (date(2022, 5, 9), "day")


def test_possessive_weekday_of_a_celebration_points_forward():
    """Moscow cancelled Saturday 's fireworks ."""
    doc = hand_doc([
        ("Moscow", "Moscow", "PROPN", "nsubj", 1, "GPE"), ("cancelled", "cancel", "VERB", "ROOT", 1),
        ("Saturday", "Saturday", "PROPN", "poss", 4, "DATE"), ("'s", "'s", "PART", "case", 2),
        ("fireworks", "firework", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
    ])
    assert celebration_date(doc[4], FRI, trigger=doc[1]) == (date(2022, 9, 17), "day")
    assert event_date(doc[1], FRI) == (date(2022, 9, 10), "day")


def test_no_date_anywhere_is_unknown():
    doc = hand_doc([
        ("Organisers", "organiser", "NOUN", "nsubj", 1), ("cancelled", "cancel", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("festival", "festival", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
    ])
    assert celebration_date(doc[3], FRI, trigger=doc[1]) == (None, "unknown")
    assert event_date(doc[1], None) == (None, "unknown")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, trigger, published, expected",
    [
        ("Ukrainian officials said on Wednesday that Russian troops had fled the town last month.", "fled", FRI, (date(2022, 8, 1), "month")),
        ("Ukrainian officials said on Wednesday that Russian troops had fled the town.", "fled", FRI, (date(2022, 9, 14), "day")),
        ("The soldiers surrendered in 1989.", "surrendered", FRI, (date(1989, 1, 1), "year")),
        ("Russian forces withdrew from the city two days ago.", "withdrew", FRI, (date(2022, 9, 14), "day")),
        ("Russian troops may withdraw from the city.", "withdraw", FRI, (None, "unknown")),
    ],
)
def test_event_date_on_real_parses(nlp, text, trigger, published, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert event_date(token, published) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text, trigger, theme, published, expected",
    [
        ("Russia cancelled on Tuesday the Victory Day parade planned for May 9.", "cancelled", "parade", WED, (date(2022, 5, 9), "day")),
        ("The Victory Day parade will not be held on May 9, the mayor said.", "held", "parade", WED, (date(2022, 5, 9), "day")),
        ("The city scrapped this year's Diwali celebration on Nov. 3.", "scrapped", "celebration", date(2022, 10, 30), (date(2022, 11, 3), "day")),
        ("Moscow cancelled Saturday's fireworks.", "cancelled", "fireworks", FRI, (date(2022, 9, 17), "day")),
    ],
)
def test_celebration_date_on_real_parses(nlp, text, trigger, theme, published, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    noun = next(t for t in doc if t.text == theme)
    assert celebration_date(noun, published, trigger=token) == expected
