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


@pytest.mark.model
@pytest.mark.parametrize(
    "text, kept",
    [
        ("Coachella festival faces an uncertain spring\nOrganisers have cancelled Coachella.", True),  # a name the document gave a festival
        ("Coachella faces an uncertain spring\nOrganisers have cancelled Coachella.", False),  # never called a celebration
        ("The Maslenitsa carnival in Yaroslavl was due on Sunday.\nThe governor scrapped it.", True),  # "it" just after a mention
        ("The Maslenitsa carnival in Yaroslavl was due on Sunday.\nThe weather was fine.\nThe governor scrapped it.", False),
    ],
)
def test_a_document_s_own_names_for_its_celebrations_count_as_celebration_words(extractor, text, kept):
    last = text.splitlines()[-1]
    assert not extractor.keep(last)  # by the lexicons alone, the line cannot hold an event
    assert any(line.text == last for line in extractor.select(text)) == kept


@pytest.mark.model
def test_the_document_prefilter_loses_no_event_of_the_named_celebrations_table(extractor):
    """Parsing every line finds what parsing the lines ``select`` keeps finds, on rows built for it."""
    import json
    from pathlib import Path

    from tasks.ingest import Document, doc_id_for
    from tasks.nlp import parse

    table = Path(__file__).resolve().parent / "challenge" / "named_celebrations.jsonl"
    texts = [json.loads(line)["text"] for line in table.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [Document(doc_id=doc_id_for(t), source_path=f"{k}.txt", format="txt", text=t) for k, t in enumerate(texts)]
    full = [row for doc, parsed in zip(docs, parse(texts)) for row in extractor.extract(doc, parsed)]
    chosen = [row for doc, parsed in zip(docs, parse(texts, select=extractor.select)) for row in extractor.extract(doc, parsed)]
    assert sorted(r["event_id"] for r in full) == sorted(r["event_id"] for r in chosen)
    assert len(chosen) > 30


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
        ("KYIV, March 3 (Reuters) - Russian troops fled.", "Russian troops fled."),  # the filing date
        ("KYIV, Ukraine, March 3 (Reuters) - Russian troops fled.", "Russian troops fled."),
        ("BEIRUT — Fighters withdrew.", "Fighters withdrew."),
        ("BOGOTÁ, Colombia — FARC dissidents surrendered.", "FARC dissidents surrendered."),  # accented capitals
        ("ŁÓDŹ, Poland — The parade was cancelled.", "The parade was cancelled."),
        ("YEREVAN/BAKU, June 12 - Russian troops left.", "Russian troops left."),  # two cities
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
