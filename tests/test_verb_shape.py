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


def test_a_noun_heading_a_relative_clause_on_its_pronoun_is_a_verb():
    doc = hand_doc([
        ("Soldiers", "soldier", "NOUN", "nsubj", 3),
        ("who", "who", "PRON", "nsubj", 2),
        ("desert", "desert", "NOUN", "relcl", 0),
        ("face", "face", "VERB", "ROOT", 3),
    ])
    doc[1].tag_ = "WP"
    assert verb_shape(doc)[2].pos_ == "VERB"
    doc[1].tag_ = "PRP"  # not a relative pronoun
    doc[2].pos_ = "NOUN"
    assert verb_shape(doc)[2].pos_ == "NOUN"


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


def test_the_pipeline_runs_them_before_the_lemmatizer(nlp):
    names = nlp.pipe_names
    assert names.index("sitrep_headline_verb") < names.index("sitrep_verb_shape") < names.index("lemmatizer")


# The headline-verb component: a verbless headline's verb, read as a noun, found and parsed again with a stand-in.

def tagged(rows: list[tuple[str, str, str]]):
    """rows: (word, pos, tag); a flat parse (every word its own root) is all headline_verbs reads besides."""
    from spacy.tokens import Doc

    from tests.rulekit import VOCAB

    return Doc(VOCAB, words=[r[0] for r in rows], pos=[r[1] for r in rows], tags=[r[2] for r in rows])


def forms():
    from tasks.verb_shape import VerbForms

    return VerbForms(["desert", "scrap", "retreat", "surrender", "force", "vacate"], [("s", ""), ("es", "e")], {})


def no_place(word: str) -> bool:
    return False


def test_verb_forms_know_base_and_third_person():
    f = forms()
    assert (f.tag("desert"), f.tag("scraps"), f.tag("vacate"), f.tag("units")) == ("VBP", "VBZ", "VBP", None)


def test_a_verb_form_after_a_subject_it_agrees_with_is_the_headline_verb():
    from tasks.verb_shape import headline_verbs

    doc = tagged([("Russian", "ADJ", "JJ"), ("conscripts", "NOUN", "NNS"), ("desert", "NOUN", "NN"), ("units", "NOUN", "NNS")])
    assert headline_verbs(doc, forms(), no_place) == [(2, "VBP")]
    kyiv = tagged([("Kyiv", "ADJ", "JJ"), ("scraps", "VERB", "VBZ"), ("parade", "NOUN", "NN")])
    assert headline_verbs(kyiv, forms(), lambda w: w == "Kyiv") == [(1, "VBZ")]  # a place before it: its subject
    # the last candidate first: "US forces vacate base" is about vacating, not forcing
    us = tagged([("US", "PROPN", "NNP"), ("forces", "NOUN", "NNS"), ("vacate", "ADJ", "JJ"), ("base", "NOUN", "NN")])
    assert headline_verbs(us, forms(), no_place)[0] == (2, "VBP")


def test_a_verb_form_behind_a_plural_and_a_verb_form_comes_last():
    from tasks.verb_shape import headline_verbs

    doc = tagged([("Malian", "ADJ", "JJ"), ("soldiers", "NOUN", "NNS"), ("desert", "NOUN", "NN"), ("bases", "NOUN", "NNS")])
    f = forms()
    f = type(f)([*f.base, "base"], [("s", ""), ("es", "e")], {})
    assert headline_verbs(doc, f, no_place) == [(2, "VBP"), (3, "VBZ")]


def test_noun_headlines_keep_their_nouns():
    from tasks.verb_shape import headline_verbs

    retreat = tagged([("Russian", "ADJ", "JJ"), ("retreat", "NOUN", "NN"), ("from", "ADP", "IN"), ("Kherson", "PROPN", "NNP")])
    assert headline_verbs(retreat, forms(), no_place) == []  # an adjective is no subject
    mass = tagged([("Mass", "NOUN", "NN"), ("surrender", "NOUN", "NN"), ("of", "ADP", "IN"), ("troops", "NOUN", "NNS")])
    assert headline_verbs(mass, forms(), no_place) == []  # "surrender of": a noun; and a base form wants a plural subject
    scraps = tagged([("Russian", "ADJ", "JJ"), ("scraps", "NOUN", "NNS")])
    assert headline_verbs(scraps, forms(), no_place) == []  # a demonym is no place
    names = tagged([("Army", "NOUN", "NN"), ("Vacate", "PROPN", "NNP")])
    assert headline_verbs(names, forms(), no_place) == []


def test_the_model_finds_the_verb_of_a_verbless_headline(nlp):
    from tasks.nlp import lines

    [line] = list(lines(0, "Russian Conscripts Desert Units In Kherson"))
    doc = nlp(line.text)
    desert = doc[2]
    assert (desert.text, desert.pos_, desert.dep_, desert.lemma_) == ("desert", "VERB", "ROOT", "desert")
    assert [c.text for c in desert.children if c.dep_ == "nsubj"] == ["conscripts"]
    assert [c.text for c in desert.children if c.dep_ == "dobj"] == ["units"]


def test_running_text_and_noun_headlines_keep_their_parse(nlp):
    from tasks.verb_shape import ends_a_sentence

    prose = "British analysts say that part of the troops in the area fled in panic."
    assert ends_a_sentence(nlp.make_doc(prose)) and ends_a_sentence(nlp.make_doc('They "fled."'))
    assert not ends_a_sentence(nlp.make_doc("Russian Conscripts Desert Units"))
    noun = nlp("Russian retreat from Kherson")
    assert noun[1].pos_ == "NOUN"


def test_a_long_line_is_never_parsed_again(nlp, monkeypatch):
    from tasks.nlp import recase_title
    from tasks.verb_shape import HEADLINE_NAME, MAX_HEADLINE_TOKENS

    component = nlp.get_pipe(HEADLINE_NAME)
    headline = recase_title("Russian Conscripts Desert Units In Kherson")
    with nlp.select_pipes(disable=[HEADLINE_NAME]):
        short, long = nlp(headline), nlp(" ".join([headline] + ["and Kharkiv"] * MAX_HEADLINE_TOKENS))
    parsed = []
    monkeypatch.setattr(component, "_parse", lambda words, spaces: parsed.append(words) or short)
    component(short)
    assert parsed  # the headline is parsed again with a stand-in verb
    parsed.clear()
    component(long)
    assert parsed == []  # a line this long is no headline: never parsed again


def test_a_second_verb_after_a_comma_agrees_with_the_root():
    from tasks.verb_shape import verbs_after_a_comma

    doc = tagged([("Afghans", "NOUN", "NNS"), ("wave", "VERB", "VBP"), ("flag", "NOUN", "NN"), (",", "PUNCT", ","), ("desert", "NOUN", "NN"), ("base", "NOUN", "NN")])
    doc[1].dep_ = "ROOT"
    assert verbs_after_a_comma(doc, forms()) == [(4, "VBP")]
    doc[1].tag_ = "VBZ"  # "scraps" after a comma would agree with it, "desert" does not
    assert verbs_after_a_comma(doc, forms()) == []
