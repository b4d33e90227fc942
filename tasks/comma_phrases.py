"""A spaCy component: a noun phrase after a comma that the parser hangs on the wrong word.

A comment closing the sentence ("Wagner fighters pulled out of Bakhmut on Thursday, the latest sign of strain
in the ranks", "..., a move that surprised many observers"): the parser makes the noun phrase the object of the
clause's verb, so "pulled out" reads as a transitive verb with "sign" for what was pulled out. An object
follows its verb with no comma between; a noun phrase that closes the sentence after a comma hung on the verb,
with other words of the verb before that comma, comments on the whole clause: an adverbial noun phrase.
A dash does what the comma does ("... from Toretsk — a claim Moscow has not disputed"); a claim noun
(lexicons/claim_comment_noun.txt) closing the sentence is such a comment even when the parser makes it the
apposition of the noun before it ("withdrew from Toretsk, a claim the Kremlin has not disputed": no name of Toretsk).

A clause's subject after a fronted phrase is fronted_subject.py's.

The component moves those arcs; the words and tags stay.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from tasks.extract.patterns import lexicon

NAME = "sitrep_comma_phrases"
NOUN_POS = {"NOUN", "PROPN", "PRON"}
COMMENT_MARKS = {",", "\u2014", "\u2013", "--", "-"}


@Language.component(NAME)
def comma_phrases(doc: Doc) -> Doc:
    for token in list(doc):
        if _closing_comment(token):
            token.dep_ = "npadvmod"
        elif _claim_apposition(token):
            token.head, token.dep_ = token.sent.root, "npadvmod"
    return doc


def is_claim_comment(token: Token) -> bool:
    """A claim noun (lexicons/claim_comment_noun.txt) whose phrase follows a comma or a dash and closes the sentence."""
    return token.lower_ in lexicon("claim_comment_noun") and _closes_after_mark(token)


def _closes_after_mark(token: Token) -> bool:
    """The noun phrase of ``token`` follows a comma or a dash and closes its sentence."""
    start, doc = token.left_edge.i, token.doc
    if start < 2 or doc[start - 1].text not in COMMENT_MARKS:
        return False
    return all(t.is_punct and t.text not in (",", ";") for t in doc[token.right_edge.i + 1 : token.sent.end])


def _claim_apposition(token: Token) -> bool:
    """A claim noun closing the sentence that the parser made the apposition of a noun of the main clause."""
    root = token.sent.root
    return token.dep_ == "appos" and is_claim_comment(token) and root.pos_ in ("VERB", "AUX") and root.i < token.i


def _closing_comment(token: Token) -> bool:
    """A verb's object after a comma hung on that verb, closing its sentence, with the verb's own words between."""
    verb, doc = token.head, token.doc
    if token.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or token.pos_ not in NOUN_POS - {"PRON"}:
        return False
    start = token.left_edge.i
    if start < 2 or verb.i >= start - 2:
        return False
    comma = doc[start - 1]
    if comma.text not in COMMENT_MARKS or comma.head.i != verb.i:
        return False
    return _closes_after_mark(token)


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
