"""A spaCy component: a noun phrase after a comma that the parser hangs on the wrong word.

A comment closing the sentence ("Wagner fighters pulled out of Bakhmut on Thursday, the latest sign of strain
in the ranks", "..., a move that surprised many observers"): the parser makes the noun phrase the object of the
clause's verb, so "pulled out" reads as a transitive verb with "sign" for what was pulled out. An object
follows its verb with no comma between; a noun phrase that closes the sentence after a comma hung on the verb,
with other words of the verb before that comma, comments on the whole clause: an adverbial noun phrase.

A clause's subject after a fronted phrase is fronted_subject.py's.

The component moves those arcs; the words and tags stay.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "sitrep_comma_phrases"
NOUN_POS = {"NOUN", "PROPN", "PRON"}


@Language.component(NAME)
def comma_phrases(doc: Doc) -> Doc:
    for token in list(doc):
        if _closing_comment(token):
            token.dep_ = "npadvmod"
    return doc


def _closing_comment(token: Token) -> bool:
    """A verb's object after a comma hung on that verb, closing its sentence, with the verb's own words between."""
    verb, doc = token.head, token.doc
    if token.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or token.pos_ not in NOUN_POS - {"PRON"}:
        return False
    start = token.left_edge.i
    if start < 2 or verb.i >= start - 2:
        return False
    comma = doc[start - 1]
    if comma.text != "," or comma.head.i != verb.i:
        return False
    rest = doc[token.right_edge.i + 1 : token.sent.end]
    return all(t.is_punct and t.text not in (",", ";") for t in rest)


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
