"""The verb-shape component: a root with a subject and a direct object is a verb, whatever the tagger said."""
from __future__ import annotations

from tasks.verb_shape import verb_shape
from tests.rulekit import hand_doc


def test_a_root_noun_with_a_subject_and_an_object_is_a_verb():
    doc = verb_shape(hand_doc([
        ("Troops", "troop", "NOUN", "nsubj", 1),
        ("exit", "exit", "NOUN", "ROOT", 1),
        ("Jenin", "Jenin", "PROPN", "dobj", 1),
    ]))
    assert (doc[1].pos_, doc[1].tag_) == ("VERB", "VBP")
    quits = verb_shape(hand_doc([
        ("Army", "army", "PROPN", "nsubj", 1),
        ("quits", "quit", "NOUN", "ROOT", 1),
        ("base", "base", "NOUN", "dobj", 1),
    ]))
    assert (quits[1].pos_, quits[1].tag_) == ("VERB", "VBZ")


def test_nouns_without_both_stay_nouns():
    no_object = verb_shape(hand_doc([
        ("Troops", "troop", "NOUN", "compound", 1),
        ("exit", "exit", "NOUN", "ROOT", 1),
    ]))
    assert no_object[1].pos_ == "NOUN"
    not_root = verb_shape(hand_doc([
        ("They", "they", "PRON", "nsubj", 1),
        ("saw", "see", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("exit", "exit", "NOUN", "dobj", 1),
    ]))
    assert not_root[3].pos_ == "NOUN"


def test_the_pipeline_runs_it_before_the_lemmatizer(nlp):
    names = nlp.pipe_names
    assert names.index("sitrep_verb_shape") < names.index("lemmatizer")
