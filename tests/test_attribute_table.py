"""The attribute ruler as a table: every token annotated exactly as spaCy's ruler annotates it."""
from __future__ import annotations

import pytest

from tasks.attribute_table import AttributeTable, attribute_table
from tasks.nlp import pipe

pytestmark = pytest.mark.model

SENTENCES = [
    "Russian troops withdrew from the village on Monday, the governor said.",
    "Y'all ain't gonna believe it: there's nuthin' left of the parade.",  # the ruler's pairs and its regular expressions
    "Let's go, c'mon, we gotta leave before that happens.",
    "The commander, who had refused to fight, was detained and those who surrendered were freed.",
    "  The  parade\t\twas   cancelled. \n\n Nobody came.",  # whitespace tokens
    "THE SOLDIERS LAID DOWN THEIR ARMS",
]


def _annotations(docs):
    return [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc] for doc in docs]


def test_the_table_annotates_as_the_ruler_does(nlp):
    assert isinstance(attribute_table(nlp), AttributeTable)
    stock = list(nlp.pipe(SENTENCES))
    tabled = list(pipe(nlp, SENTENCES))
    assert _annotations(tabled) == _annotations(stock)
    assert [[(e.text, e.label_) for e in d.ents] for d in tabled] == [[(e.text, e.label_) for e in d.ents] for d in stock]
    gonna = next(t for t in tabled[1] if t.lower_ == "gon")
    assert (gonna.lemma_, gonna.nbor().lemma_) == ("go", "to")  # a pair pattern sets each of its tokens


def test_without_entities_the_rest_is_the_same(nlp):
    stock = list(nlp.pipe(SENTENCES))
    bare = list(pipe(nlp, SENTENCES, entities=False))
    assert _annotations(bare) == _annotations(stock)
    assert not any(d.has_annotation("ENT_IOB") for d in bare)


def test_a_ruler_with_a_pattern_the_table_cannot_hold_is_left_to_spacy():
    from tasks import attribute_table as module

    supported = [{"patterns": [[{"TAG": {"IN": ["NN"]}, "LOWER": {"REGEX": "^a"}}]], "attrs": {"POS": "NOUN"}, "index": 0}]
    assert module._supported(supported)
    for pattern in (
        {"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}, "index": 0},  # an operator
        {"patterns": [[{"ORTH": "a"}]], "attrs": {"POS": "DET"}, "index": 0},  # a field the table does not read
        {"patterns": [[{"LOWER": {"FUZZY": "war"}}]], "attrs": {"POS": "NOUN"}, "index": 0},  # a predicate it does not know
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"SENT_START": True}, "index": 0},  # setting more than a token's own tags
    ):
        assert not module._supported([pattern])


def test_the_table_annotates_real_news_as_the_ruler_does(nlp, devset):
    """Every token of the first lines of a slice of the dev set's articles, table against stock pipeline."""
    paths = sorted((devset / "articles").rglob("*.txt"))[::6]
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()[:8] if line.strip()]
    assert len(lines) > 100
    stock = list(nlp.pipe(lines))
    tabled = list(pipe(nlp, lines))
    assert _annotations(tabled) == _annotations(stock)
