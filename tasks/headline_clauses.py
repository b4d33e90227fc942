"""A headline of two clauses joined by a comma (or a semicolon), which the parser reads as one ("Invaders Flee From Balakliia,
Dozens Surrender In Izium Region": the first verb hung on the second as its complement, or the second verb
tagged a noun): each clause parsed on its own and the two parses joined, the second clause's verb conjoined to
the first's, as a wire headline means it ("Rebels retreat from Goma, hundreds surrender"). A bare passive before a
semicolon ("Wine Festival Cancelled After Floods; Growers Plan Sale") is a statement of its own too: the clause after
it is hung on it as parataxis, so that its verb ("Plan") governs nothing before the semicolon."""
from __future__ import annotations

from typing import Callable

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from tasks.extract.patterns import lexicon

_CLAUSE_DEPS = ("ROOT", "conj")
_JOINERS = (",", ";")  # a headline's two clauses are joined by a comma or a semicolon ("X pared back; Tel Aviv scraps fireworks")  # a clause the parse already reads as the headline's own, or conjoined to it


def _read_as_clause(doc: Doc, start: int, end: int) -> bool:
    """Some verb in ``doc[start:end]`` is the root or a conjunct with its subject inside the same stretch."""
    return any(
        t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSE_DEPS
        and any(c.dep_ in ("nsubj", "nsubjpass") and start <= c.i < end for c in t.children)
        for t in doc[start:end]
    )


def _root(doc: Doc) -> Token | None:
    return next((t for t in doc if t.dep_ == "ROOT"), None)


def _main_clause(root: Token | None) -> bool:
    """A verb at the root with its subject, no subordinator ("as rebels advance") and no infinitive's "to"."""
    return (
        root is not None and root.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
        and not any(c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ == "to") for c in root.children)
    )


def _second_clause(root: Token | None, first: Token) -> bool:
    """The clause after the comma: a main clause of its own, not a source's verb of saying ("..., army says"), or
    a verb opening it that agrees with the first ("Kharkiv axes City Day concert, holds quiet memorial")."""
    if root is None or root.pos_ != "VERB" or root.lower_ in lexicon("report_verb_form"):
        return False
    return _main_clause(root) or (root.i == 0 and root.tag_ == first.tag_ and not any(c.dep_ == "mark" for c in root.children))


def _verbless_tail(root: Token | None) -> bool:
    """The part after the comma is a noun phrase with no verb ("Manhunt Under Way", "Dozens Missing"): a headline's
    second, verbless statement, which the parser took for the verb of the whole line."""
    return root is not None and root.pos_ in ("NOUN", "PROPN") and not any(t.pos_ in ("VERB", "AUX") for t in root.doc)


def _bare_passive(root: Token | None) -> bool:
    """A headline's bare passive before a semicolon: a noun at the root with its participle ("Wine Festival Cancelled
    After Floods"), a statement of its own that the clause after the semicolon ("Growers Plan Sale") does not govern."""
    return root is not None and root.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in root.children)


def comma_clauses(doc: Doc, parse: Callable[[Doc], Doc], copied: list) -> Doc:
    """``doc`` with its two comma-joined clauses parsed apart by ``parse`` (a stretch of words -> its parse) and
    joined; ``doc`` as it was when it has no single comma, when its parse already reads each side as a clause, or
    when either side parsed alone is not one."""
    commas = [t.i for t in doc if t.text in _JOINERS]
    if len(commas) != 1 or commas[0] < 2 or len(doc) - commas[0] < 3:
        return doc
    comma = commas[0]
    if _read_as_clause(doc, 0, comma) and _read_as_clause(doc, comma + 1, len(doc)):
        return doc
    first, second = parse(doc[:comma]), parse(doc[comma + 1 :])
    one, two = _root(first), _root(second)
    tail = _verbless_tail(two) and not _read_as_clause(doc, 0, comma)  # "Two Conscripts Flee Unit With Kalashnikovs, Manhunt Under Way"
    passive = doc[comma].text == ";" and _bare_passive(one) and _main_clause(two)  # "Wine Festival Cancelled After Floods; Growers Plan Sale"
    if not passive and (not _main_clause(one) or not (tail or _second_clause(two, one))):
        return doc
    rows = doc.to_array(copied).astype(numpy.int64)
    rows[:comma] = first.to_array(copied).astype(numpy.int64)
    rows[comma + 1 :] = second.to_array(copied).astype(numpy.int64)
    head, dep = copied.index(HEAD), copied.index(DEP)
    rows[comma, head], rows[comma, dep] = one.i - comma, doc.vocab.strings.add("punct")
    rows[comma + 1 + two.i, head] = one.i - (comma + 1 + two.i)
    rows[comma + 1 + two.i, dep] = doc.vocab.strings.add("parataxis" if tail or passive else "conj")
    doc.from_array(copied, rows.astype(numpy.uint64))
    return doc
