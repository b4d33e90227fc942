"""A spaCy component: a quoted name before the noun it names, which the parser read as a clause.

"Thousands of Russian soldiers calling 'I Want to Live' hotline to surrender": the parser reads the slogan
"I Want to Live" as a clause under "calling" and hangs "hotline" (and "to surrender") inside it, so the verb
that uses the channel loses its object and its infinitive. When a noun of ``quoted_name_head.txt`` follows a
closing quote and its head lies inside the quote, the noun takes the quoted clause's place (its head and, under
a verb, the object's role); the quoted words hang on the noun as its name, and what hung on the quote from
outside moves to the noun (before it: "the") or to the noun's new head (after it: "to surrender"). The words
and tags stay.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from tasks.extract.patterns import lexicon

NAME = "sitrep_quoted_names"
OPENING = {"``", "\"", "'", "‘", "“"}
CLOSING = {"''", "\"", "'", "’", "”"}


@Language.component(NAME)
def quoted_names(doc: Doc) -> Doc:
    heads = lexicon("quoted_name_head")
    for noun in list(doc):
        if noun.pos_ in ("NOUN", "PROPN") and noun.lower_ in heads and noun.i >= 3:
            span = _quote_before(noun)
            if span is not None:
                _repair(noun, *span)
    return doc


def _quote_before(noun: Token) -> tuple[int, int] | None:
    """(first, last) token indices of the quote that closes right before ``noun``, marks included, when
    ``noun`` hangs inside it; None otherwise."""
    doc = noun.doc
    close = doc[noun.i - 1]
    if close.text not in CLOSING or close.is_sent_start:
        return None
    start = close.sent.start
    opening = next((t.i for t in reversed(doc[start : close.i - 1]) if t.text in OPENING or t.tag_ == "``"), None)
    if opening is None or close.i - opening < 2:
        return None
    if not opening < noun.head.i < close.i:
        return None
    return opening, close.i


def _repair(noun: Token, first: int, last: int) -> None:
    doc = noun.doc
    inside = range(first + 1, last)
    roots = [doc[i] for i in inside if not first <= doc[i].head.i <= last or doc[i].head.i == i]
    if len(roots) != 1:
        return
    root = roots[0]
    if root.head.i == root.i or root.dep_ == "ROOT":
        noun.head, noun.dep_ = noun, "ROOT"
    else:
        noun.head = root.head
        noun.dep_ = "dobj" if root.head.pos_ in ("VERB", "AUX") and root.dep_ in ("ccomp", "xcomp", "dobj") else root.dep_
    outer = noun.head
    for token in doc[noun.sent.start : noun.sent.end]:
        if token.i in inside or token.i in (first, last, noun.i) or not first <= token.head.i <= last:
            continue
        if token.i < first:
            token.head = noun
            if token.tag_ == "DT":
                token.dep_, token.pos_ = "det", "DET"
        else:
            token.head = outer
    root.head, root.dep_ = noun, "compound"
    doc[first].head = doc[last].head = noun
    doc[first].dep_ = doc[last].dep_ = "punct"


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
