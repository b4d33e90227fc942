"""Honest versions: extractor_version covers the code, data and model that decide the rows;
event ids are stable across runs and unique per source document."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from tasks.extract import patterns
from tasks.extract.events import event_id
from tasks.ingest import Document, doc_id_for
from tasks.update import Known, needs_extraction

ROOT = Path(__file__).resolve().parent.parent


def test_versioned_files_cover_extraction_normalisation_and_the_text_view():
    files = {str(p.relative_to(ROOT)) for p in patterns._versioned_files(ROOT)}
    for expected in (
        "tasks/extract/events.py", "tasks/extract/realis.py", "tasks/extract/context.py", "tasks/extract/lexicons/armed.txt",
        "tasks/extract/patterns/retreat.jsonl", "tasks/normalize/places.py", "tasks/normalize/geo.py",
        "tasks/normalize/data/places_extra.jsonl", "tasks/normalize/data/date_words.json", "tasks/nlp.py", "tasks/text.py",
        "tasks/entities.py", "tasks/attribute_table.py",
    ):
        assert expected in files, expected


def test_every_module_of_tasks_the_model_loader_imports_is_versioned():
    """``load_model`` adds the tokenizer's special cases (hyphen_names.py) and parse components (verb_shape.py):
    a change to them changes the parses, so the rows, and must re-extract every document."""
    import ast

    files = {str(p.relative_to(ROOT)) for p in patterns._versioned_files(ROOT)}

    def tasks_imports(path: str) -> set[str]:
        """Modules directly under tasks/ that a module imports: ``from tasks import x`` and ``from tasks.x import ...``."""
        found = set()
        for n in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
            if isinstance(n, ast.ImportFrom) and n.module == "tasks":
                found |= {f"tasks/{a.name}.py" for a in n.names}
            elif isinstance(n, ast.ImportFrom) and n.module and n.module.count(".") == 1 and n.module.startswith("tasks."):
                found.add(f"tasks/{n.module.split('.')[1]}.py")
        return {f for f in found if (ROOT / f).is_file()}

    imported, todo = set(), ["tasks/nlp.py"]
    while todo:  # what nlp.py imports, and what those modules import in turn (verb_shape.py reads headline_clauses.py)
        for module in tasks_imports(todo.pop()) - imported:
            imported.add(module)
            todo.append(module)
    assert imported >= {"tasks/hyphen_names.py", "tasks/verb_shape.py", "tasks/headline_parts.py", "tasks/headline_clauses.py"}
    assert imported <= files, imported - files


def test_version_changes_with_any_versioned_file_and_with_the_model(tmp_path, monkeypatch):
    extra = tmp_path / "code.py"
    extra.write_text("A = 1\n")
    real = patterns._versioned_files
    monkeypatch.setattr(patterns, "_versioned_files", lambda root: real(root) + [extra] if extra.exists() else real(root))
    before = patterns.version(model="m==1")
    extra.write_text("A = 2\n")
    assert patterns.version(model="m==1") != before
    assert patterns.version(model="m==2") != patterns.version(model="m==1")
    assert patterns.version(model="m==1") == patterns.version(model="m==1")
    assert patterns.version(model="m==1").startswith("m==1+")


def row(path: str, text: str = "Russian troops withdrew from Lyman.") -> dict:
    return {"source_path": path, "doc_id": doc_id_for(text), "event_type": "RETREAT", "sentence_start": 0, "trigger_start": 15, "actor": "Russian troops", "actor_side": "RUS", "location": "Lyman"}


def test_event_ids_are_stable_and_unique_per_source_document():
    assert event_id(row("a.txt")) == event_id(row("a.txt"))
    assert event_id(row("a.txt")) != event_id(row("copy/a.txt"))  # the same text in two files: two events
    assert event_id(row("a.txt")) != event_id(row("a.txt"), participant="SYR")  # "Russian and Syrian troops": a row per participant


def stored(doc: Document, version: str) -> Known:
    """What the warehouse knows of ``doc`` after a run of ``version`` stored it (with its number)."""
    return replace(Known.of(doc, version), doc_number=7)


def test_a_new_extractor_version_re_extracts_every_document():
    doc = Document(doc_id=doc_id_for("x"), source_path="a.txt", format="txt", text="x", language="en")
    known = stored(doc, "old")
    assert not needs_extraction(doc, known, "old")
    assert needs_extraction(doc, known, "new")


def test_a_new_language_guess_re_extracts_the_document():
    """Text and extractor unchanged, but the language identifier now says otherwise: the rules decide anew."""
    doc = Document(doc_id=doc_id_for("x"), source_path="a.txt", format="txt", text="x", language="und")
    assert needs_extraction(doc, replace(stored(doc, "v"), language="en"), "v")
    assert not needs_extraction(doc, stored(doc, "v"), "v")


def test_new_metadata_re_extracts_the_document():
    """Same text, but the sidecar now gives another publication date: dates are resolved against it anew."""
    doc = Document(doc_id=doc_id_for("x"), source_path="a.txt", format="txt", text="x", published_at=datetime(2024, 5, 1, tzinfo=timezone.utc))
    assert needs_extraction(doc, replace(stored(doc, "v"), published_at=None), "v")
    assert needs_extraction(doc, replace(stored(doc, "v"), title="Another headline"), "v")


def test_a_document_stored_without_a_number_is_extracted_again():
    """Written before documents had a doc_number: its rows are made again, numbered, once."""
    doc = Document(doc_id=doc_id_for("x"), source_path="a.txt", format="txt", text="x", language="en")
    assert needs_extraction(doc, Known.of(doc, "v"), "v")
    assert not needs_extraction(doc, replace(Known.of(doc, "v"), doc_number=1), "v")
