"""Build parsed spaCy Docs by hand, so rule tests run without a model."""
from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tasks.ingest import Document, doc_id_for

VOCAB = Vocab()
ENGLISH = English().vocab  # lower-case forms and other lexical attributes, for rules that read them ("to", quotes)


def hand_doc(rows: list[tuple], vocab: Vocab = VOCAB) -> Doc:
    """rows: (word, lemma, pos, dep, head index, entity label or ""); ``vocab=ENGLISH`` for a rule that reads
    lexical attributes (a bare Vocab gives every token an empty ``lower_``)."""
    words = [r[0] for r in rows]
    ents = []
    prev = ""
    for r in rows:
        label = r[5] if len(r) > 5 else ""
        ents.append("O" if not label else ("I-" if label == prev else "B-") + label)
        prev = label
    return Doc(
        vocab,
        words=words,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        ents=ents,
    )


def document_for(doc: Doc, path: str = "t.txt") -> Document:
    return Document(doc_id=doc_id_for(doc.text), source_path=path, format="txt", text=doc.text)
