"""The adjective-aside component: a subject the parser gave to an adjective aside between commas is the verb's."""
from __future__ import annotations

from tasks.adjective_aside import adjective_aside
from tests.rulekit import hand_doc

WORDS = [("Many", "many", "ADJ", "amod", 1), ("soldiers", "soldier", "NOUN", "nsubj", 3), (",", ",", "PUNCT", "punct", 1),
         ("unpaid", "unpaid", "ADJ", "advcl", 6), (",", ",", "PUNCT", "punct", 6), ("simply", "simply", "ADV", "advmod", 6),
         ("went", "go", "VERB", "ROOT", 6), ("home", "home", "ADV", "advmod", 6)]


def _with(i: int, row: tuple):
    return adjective_aside(hand_doc([row if k == i else w for k, w in enumerate(WORDS)]))


def test_the_subject_of_an_adjective_aside_is_the_verbs():
    doc = adjective_aside(hand_doc(WORDS))
    assert (doc[1].head.i, doc[1].dep_) == (6, "nsubj")
    assert (doc[3].head.i, doc[3].dep_) == (1, "amod")


def test_no_repair_without_a_comma_on_each_side():
    doc = _with(4, ("then", "then", "ADV", "advmod", 6))
    assert (doc[1].head.i, doc[1].dep_) == (3, "nsubj")


def test_no_repair_when_the_verb_has_its_own_subject():
    doc = _with(5, ("they", "they", "PRON", "nsubj", 6))
    assert doc[1].head.i == 3
