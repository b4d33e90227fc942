"""Named entities on demand: lines parsed without the recogniser get it only where a rule asks, and no event changes."""
from __future__ import annotations

import pytest

from tasks.entities import EntitiesMissing, entities, entity_type, has_entities
from tasks.ingest import Document, doc_id_for
from tasks.nlp import Line, add_entities, parse_lines

pytestmark = pytest.mark.model

TEXT = (
    "Troops Leave Border Town\n"
    "Russian troops withdrew from Dolgenkoye on Monday, the governor of the Kharkiv region said. "
    "The weather was mild.\n"
    "Soldiers of the battalion refused to fight after the order came on 3 March.\n"
    "The minister left the meeting early.\n"
)


def _document() -> Document:
    return Document(doc_id=doc_id_for(TEXT), source_path="entities.txt", format="txt", text=TEXT)


def test_entity_reads_wait_for_the_recogniser():
    line = Line(0, 0, "The governor of the Kharkiv region visited Kupiansk on Monday.")
    [[(_, doc)]] = parse_lines([[line]], entities=False)
    [[(_, full)]] = parse_lines([[line]])
    assert not has_entities(doc) and has_entities(full)
    with pytest.raises(EntitiesMissing) as raised:
        entity_type(doc[0])
    assert raised.value.doc is doc
    with pytest.raises(EntitiesMissing):
        entities(doc)
    assert [t.dep_ for t in doc] == [t.dep_ for t in full]  # the parse itself does not wait
    add_entities([doc])
    assert [(e.text, e.label_) for e in entities(doc)] == [(e.text, e.label_) for e in full.ents]
    assert [entity_type(t) for t in doc] == [t.ent_type_ for t in full]
    assert any(e.label_ == "DATE" for e in full.ents)


def test_only_lines_whose_rules_ask_get_entities(extractor):
    document = _document()
    chosen = list(extractor.select(document.text))
    parsed = parse_lines([chosen], entities=False)[0]
    first = extractor.attempt(document, parsed)
    assert first.rows == []  # incomplete: not to be used
    asked = {doc.text for doc in first.missing}
    assert any("withdrew from Dolgenkoye" in text for text in asked)
    assert not any("weather" in text for text in asked)
    assert all(not has_entities(doc) for _, doc in parsed)
    add_entities(first.missing)
    assert extractor.complete(document, parsed, first) == extractor.extract(document, parse_lines([chosen])[0])


def test_events_are_the_same_with_entities_on_demand(extractor):
    document = _document()
    chosen = list(extractor.select(document.text))
    on_demand = extractor.extract(document, parse_lines([chosen], entities=False)[0])
    full = extractor.extract(document, parse_lines([chosen])[0])
    assert on_demand == full
    assert {r["event_type"] for r in full} == {"RETREAT", "REFUSAL_TO_FIGHT"}
    # a village the recogniser reads as a person's name, found after "from"; the name ends before the day
    assert "Dolgenkoye" in {r["location"] for r in on_demand}


def test_a_batch_gives_the_same_events_as_full_parses(extractor):
    from tasks.run import extract_batch

    document = _document()
    chosen = list(extractor.select(document.text))
    assert extract_batch([document]).rows == extractor.extract(document, parse_lines([chosen])[0])


def test_no_code_reads_entities_but_through_tasks_entities():
    """A direct read (``token.ent_type_``, ``doc.ents``) would see no entity on a line parsed without the
    recogniser, and silently change an event: every read goes through ``tasks/entities.py``."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    direct = {"ent_type", "ent_type_", "ents", "ent_iob", "ent_iob_", "ent_kb_id_"}
    found = []
    for path in sorted([*root.joinpath("tasks").rglob("*.py"), *root.joinpath("flows").rglob("*.py")]):
        if path == root / "tasks" / "entities.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in direct:
                found.append(f"{path.relative_to(root)}:{node.lineno} .{node.attr}")
    assert not found
