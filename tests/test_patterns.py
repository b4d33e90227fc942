"""Patterns are data: validated on load, versioned, and a new type needs no code."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tasks.extract.events import Extractor
from tasks.extract.patterns import PatternError, load_lexicons, load_rules, version
from tests.rulekit import document_for, hand_doc

PATTERNS = Path(__file__).resolve().parent.parent / "tasks" / "extract" / "patterns"
TRIGGER = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "explode"}}


def write(folder: Path, name: str, rules: list) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rules) + "\n")
    return folder


def test_shipped_patterns_load_one_file_per_type():
    rules = load_rules()
    labels = {r.label for r in rules}
    assert labels == {"SURRENDER", "RETREAT", "CANCELLED_CELEBRATION", "REFUSAL_TO_FIGHT"}
    for path in PATTERNS.glob("*.jsonl"):
        file_labels = {json.loads(line)["label"] for line in path.read_text().splitlines() if line.strip()}
        assert file_labels == {path.stem.upper()}, path.name


@pytest.mark.parametrize(
    "rule, message",
    [
        ("{not json", "toy.jsonl:1"),
        ({"id": "x", "label": "TOY", "source": "test"}, "missing 'pattern'"),
        ({"id": "x", "label": "TOY", "pattern": [TRIGGER]}, "missing 'source'"),
        ({"id": "x", "label": "TOY", "pattern": [TRIGGER], "source": " "}, "source must say"),
        ({"id": "x", "label": "toy", "source": "test", "pattern": [TRIGGER]}, "UPPER_CASE"),
        ({"id": "x", "label": "TOY", "source": "test", "pattern": [{"RIGHT_ID": "other", "RIGHT_ATTRS": {}}]}, "RIGHT_ID 'trigger'"),
        ({"id": "x", "label": "TOY", "source": "test", "pattern": [TRIGGER], "actor": {"roles": ["nowhere"]}}, "unknown roles"),
        ({"id": "x", "label": "TOY", "source": "test", "pattern": [TRIGGER], "actor": {"classes": ["martians"]}}, "unknown classes"),
        ({"id": "x", "label": "TOY", "source": "test", "pattern": [TRIGGER], "colour": "red"}, "unknown keys"),
        ({"id": "x", "label": "TOY", "source": "test", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": "$nosuch"}}}]}, "unknown lexicon"),
        ({"id": "x", "label": "TOY", "source": "test", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"BOGUS": 1}}}]}, "invalid DependencyMatcher"),
        ({"id": "x", "label": "TOY", "source": "test", "pattern": [TRIGGER], "confidence": 3}, "confidence"),
        ({"id": "x", "label": "TOY", "source": "test", "pattern": [TRIGGER, {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "who", "RIGHT_ATTRS": {"ENT_TYPE": "NORP"}}]}, "cannot read named entities"),
    ],
)
def test_invalid_rules_are_refused_with_their_place(tmp_path, rule, message):
    folder = write(tmp_path / "p", "toy.jsonl", [rule])
    with pytest.raises(PatternError, match=message):
        load_rules(folder)


def test_lexicon_names_in_a_list_stand_for_the_words_of_each(tmp_path):
    lexicons = {"toy": frozenset({"fair", "parade"}), "toy_more": frozenset({"market", "parade"})}
    node = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["$toy", "$toy_more", "gala"]}}}
    [rule] = load_rules(write(tmp_path / "p", "toy.jsonl", [{"id": "x", "label": "TOY", "source": "test", "pattern": [node]}]), lexicons)
    assert rule.pattern[0]["RIGHT_ATTRS"]["LEMMA"]["IN"] == ["fair", "parade", "market", "gala"]


def test_duplicate_ids_are_refused(tmp_path):
    rule = {"id": "x", "label": "TOY", "source": "test", "pattern": [TRIGGER]}
    with pytest.raises(PatternError, match="duplicate rule id"):
        load_rules(write(tmp_path / "p", "toy.jsonl", [rule, rule]))


def test_version_changes_when_a_pattern_changes(tmp_path):
    folder = tmp_path / "p"
    shutil.copytree(PATTERNS, folder)
    before = version(folder)
    with open(folder / "retreat.jsonl", "a") as fh:
        fh.write(json.dumps({"id": "retreat.extra", "label": "RETREAT", "source": "test", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "skedaddle"}}]}) + "\n")
    assert version(folder) != before
    assert version(PATTERNS) == before


def test_a_new_event_type_needs_only_a_patterns_file(tmp_path):
    folder = tmp_path / "p"
    shutil.copytree(PATTERNS, folder)
    write(folder, "toy_explosion.jsonl", [
        {"id": "toy.explode", "label": "TOY_EXPLOSION", "source": "test", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "explode", "POS": "VERB"}}],
         "actor": {"roles": ["subj"], "classes": ["any"]}, "confidence": 0.9},
    ])
    ex = Extractor(patterns_dir=folder)
    assert "TOY_EXPLOSION" in ex.labels
    doc = hand_doc([
        ("The", "the", "DET", "det", 1), ("depot", "depot", "NOUN", "nsubj", 2), ("exploded", "explode", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2), ("Kherson", "Kherson", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ])
    [row] = ex.extract(document_for(doc), [(0, doc)])
    assert (row["event_type"], row["trigger"], row["actor"], row["location"], row["realis"]) == ("TOY_EXPLOSION", "exploded", "The depot", "Kherson", True)
    assert ex.keep("The depot exploded overnight") and ex.keep("It explodes")


def test_lexicons_are_lowercase_sets():
    lex = load_lexicons()
    assert "troops" in lex["armed"] and "parade" in lex["celebration"]
    assert all(w == w.lower() for words in lex.values() for w in words)


LEXICONS = PATTERNS.parent / "lexicons"
MOVED_FROM_PYTHON = (  # round eng23: word lists that were literals in Python
    "after_kind_word", "apposition_breaker", "back_word", "conditional_inversion_aux", "crossing_step_prep", "determiner_anaphoric",
    "determiner_known_event", "determiner_told_before", "determiner_universal", "determiner_weighing", "did_so_object", "future_auxiliary",
    "future_modal", "generic_relative_head", "head_follower_word", "leave_particle", "name_determiner", "name_particle_prep", "not_present_first",
    "obligation_verb", "posts_leave_verb", "prep_aboard", "prep_appeal_to", "prep_arena", "prep_boarding", "prep_channel", "prep_climbdown_issue",
    "prep_control_of", "prep_exchange", "prep_goal_of_part", "prep_ground_arena", "prep_held_over", "prep_hired_by", "prep_member_of",
    "prep_motion_goal", "prep_motion_place", "prep_order_ground", "prep_place_left", "prep_position_at", "prep_premises", "prep_presented_to",
    "prep_resident_of", "prep_spokesman_of", "prep_task_complement", "prep_task_goal", "prep_trend_owner", "pushed_particle", "will_auxiliary",
)


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_lexicon_loads_with_words_under_a_comment_of_its_source(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("#"), f"{path.name} opens with no comment naming its source"
    assert load_lexicons()[path.stem], f"{path.name} holds no word"


@pytest.mark.parametrize("name", MOVED_FROM_PYTHON)
def test_lexicons_moved_from_python_name_their_source(name):
    header = [line for line in (LEXICONS / f"{name}.txt").read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert "source:" in " ".join(header).lower()
    assert load_lexicons()[name]


def test_subtree_text_is_the_text_of_the_subtree_span():
    from tasks.extract.tree import subtree_text

    doc = hand_doc([
        ("reached", "reach", "VERB", "ROOT", 0), ("the", "the", "DET", "det", 2), ("positions", "position", "NOUN", "dobj", 0),
        ("of", "of", "ADP", "prep", 2), ("the", "the", "DET", "det", 6), ("25th", "25th", "ADJ", "amod", 6), ("Brigade", "brigade", "PROPN", "pobj", 3),
    ])
    for token in doc:
        assert subtree_text(token) == doc[token.left_edge.i : token.right_edge.i + 1].text
    assert subtree_text(doc[3]) == "of the 25th Brigade"
