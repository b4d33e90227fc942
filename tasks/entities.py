"""Named entities, read only through here: a line may be parsed without them.

The entity recogniser is the dearest component of the parse, and most lines
the prefilter keeps give no event, or one whose rules never ask what kind of
name a word is. So the cascade parses without it, and a rule that reads an
entity of a line that has none raises ``EntitiesMissing``: the extractor
notes the line, the recogniser runs on the lines noted (all of a batch's in one
stream, ``tasks.nlp.add_entities``), and their documents are extracted again.
No event can change: every entity a rule reads is the recogniser's, but for the
titles it reads into a quoted sentence's opening words: '"Field Marshal Friedrich
Paulus surrendered at Stalingrad," the historian said' gives "Field Marshal Friedrich
Paulus" as a WORK_OF_ART, so the rank names nobody. A title fills its quote ('the film
"Come and See"'); a quoted sentence goes on after the name with its verb. Such an
entity is dropped, its words left unlabelled as the recogniser leaves most names
after a rank.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_DONE = "sitrep_entities"  # user_data key: the recogniser has run on this Doc


class EntitiesMissing(BaseException):
    """A rule asked for the named entities of a line parsed without them.

    A BaseException, so that no ``except Exception`` on the way can take it
    for a failure and carry on with a wrong answer.
    """

    def __init__(self, doc: Doc):
        super().__init__("named entities not yet recognised")
        self.doc = doc


def has_entities(doc: Doc) -> bool:
    """Has the entity recogniser run on ``doc`` (a hand-built Doc with its ``ents`` given counts)?"""
    if doc.user_data.get(_DONE):
        return True
    if doc.has_annotation("ENT_IOB"):
        drop_quoted_sentence_titles(doc)
        doc.user_data[_DONE] = True
        return True
    return False


def entity_type(token: Token) -> str:
    """The token's entity label ("" outside any entity)."""
    if not has_entities(token.doc):
        raise EntitiesMissing(token.doc)
    return token.ent_type_


def entities(doc: Doc) -> tuple[Span, ...]:
    """The Doc's entities."""
    if not has_entities(doc):
        raise EntitiesMissing(doc)
    return doc.ents


OPENING = {"``", "\"", "'", "\u2018", "\u201c"}
CLOSING = {"''", "\"", "'", "\u2019", "\u201d"}
TITLE = "WORK_OF_ART"


def drop_quoted_sentence_titles(doc: Doc) -> None:
    """Drop every WORK_OF_ART entity that opens a quoted sentence (see the module's docstring)."""
    wrong = [e for e in doc.ents if e.label_ == TITLE and _opens_quoted_clause(e)]
    if wrong:
        doc.ents = [e for e in doc.ents if e not in wrong]


def _opens_quoted_clause(entity: Span) -> bool:
    doc = entity.doc
    if entity.start == 0 or doc[entity.start - 1].text not in OPENING:
        return False
    end = entity.sent.end if doc.has_annotation("SENT_START") else len(doc)
    for token in doc[entity.end : end]:
        if token.text in CLOSING:
            return False  # the quote closes before any verb: a title
        if token.pos_ in ("VERB", "AUX"):
            return True
    return False
