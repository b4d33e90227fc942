"""Annotations a rule reads per event but the document gives once: its water names, the states it names only as
a goal, an interview's introduction, the sentence before a bare refusal. Each test pins what the rule answers, so
that computing the annotation once per document (``DocumentContext``) changes no answer."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc

from tasks.extract.context import DocumentContext, Vocabulary, attach
from tasks.extract.interview_answer import introduction_end, soldier_answers
from tasks.extract.interviewee_side import interviewee_side
from tasks.extract.name_scan import SENTENCE_END
from tasks.extract.order_before import refused_order_before
from tasks.extract.patterns import load_lexicons
from tasks.extract.water_places import document_water, is_water, land_over_water, water_names


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return Vocabulary.from_lexicons(load_lexicons())


# -- water -----------------------------------------------------------------------------------------------------
WATER_TEXT = (
    "Kyiv says Russian forces pulled back across the Dnipro\n"
    "KHERSON, Ukraine - Russian troops withdrew from Krynky on the left bank of the dnipro on Thursday, and units "
    "near the Inhulets River fell back towards Snihurivka, officials in Mykolaiv said. Moscow denied it."
)


def test_water_is_found_by_its_own_words_the_table_and_the_way_the_document_writes_it():
    ctx = DocumentContext(WATER_TEXT, vocabulary())
    assert is_water("Inhulets River", ctx) and is_water("Lake Tanganyika", ctx)  # a water noun in the name
    assert is_water("Dnipro", ctx)  # "the left bank of the dnipro", "across the Dnipro": written as water
    assert not is_water("Krynky", ctx) and not is_water("Snihurivka", ctx) and not is_water("Mykolaiv", ctx)
    assert not is_water(None, ctx) and not is_water("", ctx)
    assert water_names(["Krynky", "Dnipro", "Mykolaiv"], ctx) == frozenset({"dnipro"})
    assert land_over_water(["Krynky", "Dnipro"], ctx) == (["Krynky"], ["Dnipro"])


def test_a_town_is_water_only_where_its_document_writes_it_so():
    plain = DocumentContext("Russian troops withdrew from Dnipro on Thursday, officials said.", vocabulary())
    assert not is_water("Dnipro", plain)
    crossed = DocumentContext("Units pulled back across the Dnipro on Thursday. Across the Dnipro Valley, farms burned.", vocabulary())
    assert is_water("Dnipro", crossed)  # "across the Dnipro on Thursday": the river, not "the Dnipro Valley"
    valley = DocumentContext("Farms burned across the Dnipro Valley, officials said.", vocabulary())
    assert not is_water("Dnipro", valley)  # a name that goes on is a region's
    before_noun = DocumentContext("Fighting went on along the Oskil  river near Kupiansk.", vocabulary())
    assert is_water("Oskil", before_noun)  # a water noun after the name, past any spaces


def test_document_water_lists_each_name_it_writes_as_water():
    ctx = DocumentContext(WATER_TEXT, vocabulary())
    water = document_water(ctx)
    assert "krynky" not in water and "mykolaiv" not in water
    assert document_water(ctx) is water or document_water(ctx) == water


# -- refuges ---------------------------------------------------------------------------------------------------
def test_a_state_named_only_as_a_goal_is_no_candidate_side():
    text = (
        "Soldiers refuse to deploy in Borno\n"
        "Dozens of soldiers in Maiduguri refused to deploy on Monday, while residents of Malam Fatori fled into Niger."
    )
    assert DocumentContext(text, vocabulary()).goal_only_states == frozenset({"NER"})
    home = "Hundreds of men went back into Russia, and others fled to Georgia, where Tbilisi received them."
    assert DocumentContext(home, vocabulary()).goal_only_states == frozenset()  # a return home; a state whose town is named
    receiver = "The battalion surrendered to American forces after fleeing to Chad."
    assert "USA" not in DocumentContext(receiver, vocabulary()).goal_only_states


# -- sentence ends -----------------------------------------------------------------------------------------------
def test_one_sentence_end_splits_after_a_quote_as_after_a_stop():
    text = '"We will not storm the hill again." The men refused. "Never!" he said. They left?  Yes.'
    pieces = [p for p in SENTENCE_END.split(text) if p]
    assert pieces == ['"We will not storm the hill again', "The men refused", '"Never', "he said", "They left", "Yes."]


def test_every_rule_that_splits_sentences_reads_the_one_sentence_end():
    from tasks.extract import headline_party, interviewee_side as interviewee, order_before, statement_party, told_cancellation

    assert {id(m.SENTENCE_END) for m in (headline_party, interviewee, order_before, statement_party, told_cancellation)} == {id(SENTENCE_END)}


# -- interviews and orders (hand-built parses) -------------------------------------------------------------------
INTERVIEW = (
    "'I left my unit at night': a Russian contract soldier on why he deserted\n"
    "He signed a contract with the Russian army in 2022. He spoke to us from Almaty.\n"
    "Q: When did you leave?\n"
    "A: I deserted in November .\n"
    "Q: Why?\n"
    "A: We refused ."
)
NURSE = "A nurse from Kherson on the winter\nQ: When did you leave?\nA: I left in November ."


def _attached(ctx: DocumentContext, line: str, heads: list[int], deps: list[str]) -> Doc:
    """The parse of ``line`` of the document, built by hand, attached to the document as a piece of it."""
    doc = Doc(spacy.blank("en").vocab, words=line.split(), heads=heads, deps=deps)
    attach(doc, ctx, ctx.text.index(line))
    return doc


def test_an_answer_line_speaks_in_the_voice_its_introduction_names():
    ctx = DocumentContext(INTERVIEW, vocabulary())
    doc = _attached(ctx, "A: I deserted in November .", [2, 2, 2, 2, 3, 2], ["dep", "nsubj", "ROOT", "prep", "pobj", "punct"])
    deserted = doc[2]
    assert introduction_end(deserted, ctx) == INTERVIEW.index("Q: When")
    assert soldier_answers(deserted, ctx)
    assert interviewee_side(deserted, doc[1:2], ctx) == "RUS"
    question = _attached(ctx, "Q: When did you leave?", [4, 4, 4, 4, 4], ["dep", "advmod", "aux", "nsubj", "ROOT"])
    assert introduction_end(question[4], ctx) is None and not soldier_answers(question[4], ctx)


def test_a_civilian_interviewee_arms_no_one():
    ctx = DocumentContext(NURSE, vocabulary())
    doc = _attached(ctx, "A: I left in November .", [2, 2, 2, 2, 3, 2], ["dep", "nsubj", "ROOT", "prep", "pobj", "punct"])
    assert introduction_end(doc[2], ctx) == NURSE.index("Q:")
    assert not soldier_answers(doc[2], ctx)
    assert interviewee_side(doc[2], doc[1:2], ctx) is None


def _refused(text: str) -> bool:
    ctx = DocumentContext(text, vocabulary())
    doc = _attached(ctx, "The men refused .", [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"])
    return refused_order_before(doc[2])


def test_a_bare_refusal_after_an_order_to_fight():
    assert _refused("Officers ordered the 3rd battalion to storm Robotyne again. The men refused .")
    assert _refused('"Go," a captain said. Officers ordered the brigade to attack at dawn. The men refused .')
    assert not _refused("Officers ordered the 3rd battalion to storm Robotyne again. Food ran out. The men refused .")
    assert not _refused("Officers ordered the battalion to storm the town. \"We will not go back there.\" The men refused .")
    assert not _refused("Officers asked for tea. The men refused .")
    assert not _refused('Officers ordered the brigade to "attack at dawn." Food ran out. The men refused .')  # a quote ends the order's sentence
