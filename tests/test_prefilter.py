"""The cascade's first stage: cheap, built from the rules, and never too strict."""
from __future__ import annotations

import pytest

from tasks.extract.prefilter import forms
from tasks.nlp import lines, split_sentences


def test_forms_cover_regular_and_irregular_inflections():
    assert {"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"} <= forms("withdraw")
    assert {"flee", "fled", "fleeing"} <= forms("flee")
    assert {"cancel", "cancelled", "canceled", "cancelling", "canceling"} <= forms("cancel")


@pytest.mark.model
def test_forms_cover_every_exception_of_the_lemmatiser(nlp, extractor):
    """Every irregular form the model lemmatises to a word the prefilter looks for ("is" for the
    "be" of "the parade is off", "lay" for the "lie" of "Russians Lay Down Arms") is one of its forms."""
    from tasks.extract.prefilter import node_words

    needed = {w for rule in extractor.rules for node in rule.pattern for w in node_words(node) or () if " " not in w}
    needed |= {w for words in extractor.lexicons.values() for w in words if " " not in w}
    exceptions = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    missing = {
        (form, lemma)
        for pos in ("verb", "noun")
        for form, lemmas in exceptions.get(pos, {}).items()
        for lemma in lemmas
        if lemma in needed and form not in forms(lemma)
    }
    assert not missing


@pytest.mark.model
def test_a_celebration_that_is_off_passes(extractor):
    assert extractor.keep("Dublin's St Patrick's Day parade is off, organisers confirmed on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops withdrew from Lyman.",
        "The parade will not be held this year.",
        "Officials in Kursk cancelled the Victory Day parade.",
        "Hundreds of soldiers laid down their arms.",
        "Soldiers refused to fight.",
        "The SDF pushed them back towards the river.",
        "There wont be a parade this year.",  # a negation whose apostrophe the copy lost: spaCy still splits it
        "The festival cannot go ahead.",
        "Organisers said the fireworks display didnt take place.",
    ],
)
def test_sentences_that_can_hold_an_event_pass(extractor, sentence):
    assert extractor.keep(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather in Kyiv was mild on Tuesday.",
        "The company cancelled the meeting with investors.",  # cancel, but nothing festive
        "The minister will hold talks in Ankara.",  # hold, but no negation and nothing festive
        "The committee gave up on the idea.",  # give up, but nobody armed and no pronoun that could be
    ],
)
def test_sentences_that_cannot_hold_an_event_are_dropped(extractor, sentence):
    assert not extractor.keep(sentence)


def test_sentence_splitter_keeps_abbreviations_and_quotes_and_offsets():
    line = 'Russian troops fled. Mr. Putin said "no." U.S. officials agreed. He left at 5 p.m. The end!'
    pieces = [line[a:b] for a, b in split_sentences(line)]
    assert pieces == ["Russian troops fled.", 'Mr. Putin said "no."', "U.S. officials agreed.", "He left at 5 p.m.", "The end!"]
    text = "Headline here\n" + line
    for piece in lines(0, text):
        assert text[piece.start : piece.start + len(piece.text)] == piece.text


def test_a_quoted_lead_in_before_a_colon_is_a_sentence_of_its_own():
    line = "'We couldn't stay': soldiers desert the junta. They left."
    pieces = [line[a:b] for a, b in split_sentences(line)]
    assert pieces == ["'We couldn't stay': ", "soldiers desert the junta.", "They left."]
    plain = "Ukraine war: Russian troops withdraw"
    assert [plain[a:b] for a, b in split_sentences(plain)] == [plain]


@pytest.mark.parametrize(
    "line, kept",
    [
        ("GAZA CITY, Gaza Strip — Israeli forces left.", "Israeli forces left."),
        ("KYIV, Ukraine (AP) — Russian troops fled.", "Russian troops fled."),
        ("MOSCOW (Reuters) - The parade was cancelled.", "The parade was cancelled."),
        ("BEIRUT — Fighters withdrew.", "Fighters withdrew."),
        ("NATO - the alliance said troops withdrew.", "NATO - the alliance said troops withdrew."),  # a side, not a dateline
        ("ISIS — the group — surrendered.", "ISIS — the group — surrendered."),
        ("US troops left Iraq — finally.", "US troops left Iraq — finally."),
    ],
)
def test_datelines_are_blanked_for_the_parser(line, kept):
    from tasks.nlp import blank_dateline

    out = blank_dateline(line)
    assert len(out) == len(line) and out.strip() == kept


def test_sentence_splitter_is_linear_on_a_megabyte_of_abbreviations():
    """Each boundary looks back a bounded window: a 1 MB run of "Mr. A" (no split anywhere) completes."""
    line = "Mr. A " * 170_000
    assert split_sentences(line) == [(0, len(line))]
    far = "word " * 100 + "Gen. Smith left. He came back at " + "x" * 40 + ". Then he left."
    assert [far[a:b] for a, b in split_sentences(far)] == ["word " * 100 + "Gen. Smith left.", "He came back at " + "x" * 40 + ".", "Then he left."]
