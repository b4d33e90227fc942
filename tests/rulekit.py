"""Build parsed spaCy Docs by hand, so rule tests run without a model."""
from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from tasks.ingest import Document, doc_id_for

VOCAB = English().vocab  # English lexical attributes (LOWER, IS_TITLE...), as a model's vocab has them; no model


def hand_doc(rows: list[tuple]) -> Doc:
    """rows: (word, lemma, pos, dep, head index, entity label or "")."""
    words = [r[0] for r in rows]
    ents = []
    prev = ""
    for r in rows:
        label = r[5] if len(r) > 5 else ""
        ents.append("O" if not label else ("I-" if label == prev else "B-") + label)
        prev = label
    return Doc(
        VOCAB,
        words=words,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        ents=ents,
    )


def document_for(doc: Doc, path: str = "t.txt") -> Document:
    return Document(doc_id=doc_id_for(doc.text), source_path=path, format="txt", text=doc.text)
