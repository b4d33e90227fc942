"""Metamorphic tests (tests/metamorphic/): the same event inside a real news sentence.

bases.jsonl holds short sentences the extractor reads right, each an actor and a predicate with the expected
type, realis, modality, side and place. frames.jsonl holds news frames that keep the event: a that-clause of a
report, a dateline, an apposition after the actor, a coordinated clause of another force, a Title Case headline.
Every base in every frame that applies to it is a case, checked like a challenge row (test_challenge's checks).
A frame declares what it changes: ``modality`` (an attribution makes an asserted event reported), ``place`` (a
place it adds, for bases that name none), ``unchecked`` (fields it leaves open), ``types`` (the event types it
fits). Cases the extractor still gets wrong are listed in metamorphic/known_misses.txt, as strict xfails.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_challenge import describe, expectation_problems, extract_text, known_misses, row_problems

HERE = Path(__file__).resolve().parent / "metamorphic"
BASES = HERE / "bases.jsonl"
FRAMES = HERE / "frames.jsonl"
KNOWN_MISSES = HERE / "known_misses.txt"
BASE_FIELDS = {"id", "type", "realis", "modality", "actor", "predicate", "side", "place"}
FRAME_FIELDS = {"id", "template", "family", "modality", "place", "unchecked", "types", "title_lower"}
MIN_BASES, MIN_FRAMES = 60, 15


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def title_case(text: str, lower: list[str]) -> str:
    """Headline capitals: every word capitalised but the frame's small words (the first word always)."""
    words = text.split()
    return " ".join(
        word if index and word in lower else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def fill(frame: dict, base: dict) -> str:
    clause = f"{base['actor']} {base['predicate']}"
    return frame["template"].format(
        s=clause, S=sentence_start(clause), actor=base["actor"], Actor=sentence_start(base["actor"]),
        predicate=base["predicate"], T=title_case(clause, frame.get("title_lower", [])),
    )


def applies(frame: dict, base: dict) -> bool:
    if "types" in frame and base["type"] not in frame["types"]:
        return False
    return not ("place" in frame and base.get("place"))


def expected_row(frame: dict | None, base: dict) -> dict:
    """The base's expectation, as a challenge row, with the fields the frame changes."""
    frame = frame or {"id": "base", "template": "{S}.", "family": "the base sentence"}
    row = {key: base[key] for key in ("type", "realis", "modality", "side", "place") if key in base}
    row |= {"id": f"{frame['id']}/{base['id']}", "text": fill(frame, base), "family": frame["family"]}
    if base["realis"] and "modality" in frame:
        row["modality"] = frame["modality"]
    if "place" in frame:
        row["place"] = frame["place"]
    if "title_lower" in frame and "place" in row:
        row["place"] = title_case(row["place"], frame["title_lower"])
    for field in frame.get("unchecked", []):
        row.pop(field, None)
    return row


def cases() -> list[dict]:
    bases, frames = read_jsonl(BASES), read_jsonl(FRAMES)
    return [expected_row(None, base) for base in bases] + [
        expected_row(frame, base) for frame in frames for base in bases if applies(frame, base)
    ]


def case_params():
    misses = known_misses(KNOWN_MISSES)
    for case in cases():
        marks = [pytest.mark.xfail(strict=True, reason=misses[case["id"]])] if case["id"] in misses else []
        yield pytest.param(case, id=case["id"], marks=marks)


def test_bases_and_frames_are_well_formed():
    bases, frames = read_jsonl(BASES), read_jsonl(FRAMES)
    assert len(bases) >= MIN_BASES and len(frames) >= MIN_FRAMES
    problems = [f"{BASES.name}: {b.get('id')}: unknown keys" for b in bases if b.keys() - BASE_FIELDS]
    problems += [f"{FRAMES.name}: {f.get('id')}: unknown keys" for f in frames if f.keys() - FRAME_FIELDS]
    seen: dict[str, str] = {}
    problems += [p for number, case in enumerate(cases(), 1)
                 for p in row_problems(HERE / "cases", number, json.dumps(case), seen)
                 if "modality" not in p or "modality" in case]
    assert not problems, "\n".join(problems)


def test_known_misses_name_existing_cases():
    misses = known_misses(KNOWN_MISSES)
    ids = {case["id"] for case in cases()}
    assert not (unknown := sorted(set(misses) - ids)), f"known_misses.txt names cases that do not exist: {unknown}"
    assert not (bare := sorted(i for i, reason in misses.items() if not reason)), f"known misses without a reason: {bare}"


@pytest.mark.model
@pytest.mark.parametrize("case", list(case_params()))
def test_metamorphic(extractor, case):
    extracted = extract_text(extractor, case["text"])
    problems = expectation_problems(case, extracted)
    assert not problems, "; ".join(problems) + "\n" + describe(case, extracted)
