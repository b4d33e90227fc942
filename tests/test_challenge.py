"""Challenge tables (tests/challenge/*.jsonl): sentences written from the ontology, checked against the extractor."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tasks.ingest import Document, doc_id_for
from tasks.nlp import parse

CHALLENGE = Path(__file__).resolve().parent / "challenge"
KNOWN_MISSES = CHALLENGE / "known_misses.txt"
TYPES = {"SURRENDER", "RETREAT", "CANCELLED_CELEBRATION", "REFUSAL_TO_FIGHT"}
REALIS_MODALITIES = {"asserted", "reported"}
MODALITIES = REALIS_MODALITIES | {"negated", "future", "demanded", "hypothetical"}
REQUIRED = {"id", "text", "type", "realis", "family"}
OPTIONAL = {"modality", "side", "not_side", "place", "not_place", "not_type", "why"}
MIN_ROWS_PER_TYPE_FILE = 60
MIN_NEAR_MISSES_PER_TYPE_FILE = 5
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def table_lines() -> list[tuple[Path, int, str]]:
    """Every non-blank line of every table, with its file and line number."""
    return [
        (path, number, line)
        for path in sorted(CHALLENGE.glob("*.jsonl"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip()
    ]


def table_rows() -> list[dict]:
    """The rows that parse as objects with an id; test_tables_are_well_formed reports the others."""
    rows = []
    for _, _, line in table_lines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict) and isinstance(row.get("id"), str):
            rows.append(row)
    return rows


def known_misses(path: Path = KNOWN_MISSES) -> dict[str, str]:
    """``id  # reason`` lines of a known_misses.txt; lines starting with '#' are comments."""
    misses = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row_id, _, reason = line.partition("#")
        misses[row_id.strip()] = reason.strip()
    return misses


def challenge_params():
    misses = known_misses()
    for row in table_rows():
        marks = [pytest.mark.xfail(strict=True, reason=misses[row["id"]])] if row["id"] in misses else []
        yield pytest.param(row, id=row["id"], marks=marks)


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(QUOTES)).strip().lower()


def place_matches(expected: str, location: str | None) -> bool:
    want, got = norm(expected), norm(location)
    return bool(got) and (want in got or got in want)


def extract_text(extractor, text):
    doc = Document(doc_id=doc_id_for(text), source_path="t.txt", format="txt", text=text)
    [parsed] = parse([text], select=extractor.select)
    return extractor.extract(doc, parsed)


def row_problems(path: Path, number: int, line: str, seen: dict[str, str]) -> list[str]:
    where = f"{path.name}:{number}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        return [f"{where}: not JSON ({error})"]
    if not isinstance(row, dict):
        return [f"{where}: not a JSON object"]
    problems = []
    if missing := REQUIRED - row.keys():
        problems.append(f"{where}: missing keys {sorted(missing)}")
    if unknown := row.keys() - REQUIRED - OPTIONAL:
        problems.append(f"{where}: unknown keys {sorted(unknown)}")
    row_id, text = row.get("id"), row.get("text")
    if not isinstance(row_id, str) or not row_id:
        problems.append(f"{where}: id must be a non-empty string")
    elif row_id in seen:
        problems.append(f"{where}: id {row_id!r} already used at {seen[row_id]}")
    else:
        seen[row_id] = where
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: text must be a non-empty string")
    if not isinstance(row.get("family"), str) or not row.get("family"):
        problems.append(f"{where}: family must be a non-empty string")
    if not isinstance(row.get("realis"), bool):
        problems.append(f"{where}: realis must be true or false")
    event_type, modality = row.get("type"), row.get("modality")
    if event_type is None:
        if "modality" in row or row.get("realis") is not False:
            problems.append(f"{where}: a near-miss (type null) has realis false and no modality")
    elif event_type not in TYPES:
        problems.append(f"{where}: type {event_type!r} is not one of {sorted(TYPES)} or null")
    elif modality not in MODALITIES:
        problems.append(f"{where}: modality {modality!r} is not one of {sorted(MODALITIES)}")
    elif (modality in REALIS_MODALITIES) != row.get("realis"):
        problems.append(f"{where}: realis {row.get('realis')} contradicts modality {modality!r}")
    for key in ("side", "not_side"):
        side = row.get(key)
        if side is not None and not (isinstance(side, str) and re.fullmatch(r"[A-Z][A-Z0-9_]*", side)):
            problems.append(f"{where}: {key} {side!r} is not an upper-case code")
    if "not_type" in row and (row["not_type"] not in TYPES or row["not_type"] == event_type):
        problems.append(f"{where}: not_type {row['not_type']!r} must be another event type")
    for key in ("place", "not_place"):
        place = row.get(key)
        if place is not None and not (isinstance(place, str) and place and isinstance(text, str) and place in text):
            problems.append(f"{where}: {key} {place!r} is not a substring of the text")
    return problems


def type_file_problems(path: Path) -> list[str]:
    event_type = path.stem.upper()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    problems = []
    if len(rows) < MIN_ROWS_PER_TYPE_FILE:
        problems.append(f"{path.name}: {len(rows)} rows, at least {MIN_ROWS_PER_TYPE_FILE} expected")
    covered = {row.get("modality") for row in rows if row.get("type") == event_type}
    if missing := MODALITIES - covered:
        problems.append(f"{path.name}: no {event_type} row with modality {sorted(missing)}")
    near_misses = sum(row.get("type") is None for row in rows)
    if near_misses < MIN_NEAR_MISSES_PER_TYPE_FILE:
        problems.append(f"{path.name}: {near_misses} near-misses, at least {MIN_NEAR_MISSES_PER_TYPE_FILE} expected")
    return problems


def test_tables_are_well_formed():
    lines = table_lines()
    assert lines, f"no challenge rows in {CHALLENGE}"
    seen: dict[str, str] = {}
    problems = [p for path, number, line in lines for p in row_problems(path, number, line, seen)]
    type_files = [path for path in sorted(CHALLENGE.glob("*.jsonl")) if path.stem.upper() in TYPES]
    assert type_files, f"no type file (e.g. retreat.jsonl) in {CHALLENGE}"
    if not problems:
        problems = [p for path in type_files for p in type_file_problems(path)]
    assert not problems, "\n".join(problems)


def test_known_misses_name_existing_rows():
    misses = known_misses()
    ids = {row["id"] for row in table_rows()}
    assert not (unknown := sorted(set(misses) - ids)), f"known_misses.txt names rows that do not exist: {unknown}"
    assert not (bare := sorted(i for i, reason in misses.items() if not reason)), f"known misses without a reason: {bare}"


def describe(row: dict, extracted: list[dict]) -> str:
    lines = [f"text: {row['text']!r}",
             f"expected: type={row['type']} realis={row['realis']} modality={row.get('modality')} "
             f"side={row.get('side')} place={row.get('place')} not_place={row.get('not_place')} ({row['family']})",
             f"extracted ({len(extracted)} rows):"]
    lines += [f"  {r['event_type']} realis={r['realis']} modality={r['modality']} actor={r['actor']!r} "
              f"side={r['actor_side']} location={r['location']!r}" for r in extracted] or ["  (none)"]
    return "\n".join(lines)


def expectation_problems(row: dict, extracted: list[dict]) -> list[str]:
    event_type = row["type"]
    realis_rows = [r for r in extracted if r["realis"]]
    if row.get("not_type") and any(r["event_type"] == row["not_type"] for r in realis_rows):
        return [f"an extra realis {row['not_type']} row"]  # one event read as two types
    if event_type is None:
        return ["a near-miss produced realis rows"] if realis_rows else []
    of_type = [r for r in realis_rows if r["event_type"] == event_type]
    if not row["realis"]:
        problems = [f"{event_type} marked realis, expected {row['modality']}"] if of_type else []
        if not any(r["event_type"] == event_type and not r["realis"] and r["modality"] == row["modality"]
                   for r in extracted):
            problems.append(f"no non-realis {event_type} row with modality {row['modality']}")
        return problems
    if not of_type:
        return [f"no realis {event_type} row"]
    problems = []
    if row.get("modality") and not any(r["modality"] == row["modality"] for r in of_type):
        problems.append(f"no {event_type} row with modality {row['modality']}")
    if row.get("side") and not any(r["actor_side"] == row["side"] for r in of_type):
        problems.append(f"no {event_type} row with side {row['side']}")
    if row.get("place") and not any(place_matches(row["place"], r["location"]) for r in of_type):
        problems.append(f"no {event_type} row with location matching {row['place']!r}")
    if row.get("not_side") and any(r["actor_side"] == row["not_side"] for r in of_type):
        problems.append(f"a {event_type} row has side {row['not_side']}")
    if row.get("not_place") and any(place_matches(row["not_place"], r["location"]) for r in of_type):
        problems.append(f"a {event_type} row takes {row['not_place']!r} for its place")
    return problems


@pytest.mark.model
@pytest.mark.parametrize("row", list(challenge_params()))
def test_challenge(nlp, extractor, row):
    extracted = extract_text(extractor, row["text"])
    problems = expectation_problems(row, extracted)
    assert not problems, "; ".join(problems) + "\n" + describe(row, extracted)
