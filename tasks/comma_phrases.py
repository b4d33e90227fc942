"""A spaCy component: two noun phrases after a comma that the parser hangs on the wrong word.

A comment closing the sentence ("Wagner fighters pulled out of Bakhmut on Thursday, the latest sign of strain
in the ranks", "..., a move that surprised many observers"): the parser makes the noun phrase the object of the
clause's verb, so "pulled out" reads as a transitive verb with "sign" for what was pulled out. An object
follows its verb with no comma between; a noun phrase that closes the sentence after a comma hung on the verb,
with other words of the verb before that comma, comments on the whole clause: an adverbial noun phrase.

A clause's subject after a fronted phrase ("According to a statement from the governor, Al-Shabaab fighters fled
from the town"; "After weeks of fighting in the east, militia fighters pulled back"): the parser makes the
subject an apposition of the fronted phrase's last noun and leaves the verb right after it with no subject.
When a finite verb with no subject follows the apposition at once (its auxiliaries and adverbs aside) and the
apposition sits in a phrase hung on that verb before it, the apposition is the verb's subject.

The component moves those arcs; the words and tags stay.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "sitrep_comma_phrases"
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
VERB_GROUP_DEPS = {"aux", "auxpass", "neg", "advmod"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
NOUN_POS = {"NOUN", "PROPN", "PRON"}


@Language.component(NAME)
def comma_phrases(doc: Doc) -> Doc:
    for token in list(doc):
        if _closing_comment(token):
            token.dep_ = "npadvmod"
        verb = _subject_taken(token)
        if verb is not None:
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            token.head, token.dep_ = verb, "nsubjpass" if passive else "nsubj"
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


def _subject_taken(token: Token) -> Token | None:
    """The finite verb right after an apposition inside a phrase fronted before it, when that verb has no subject."""
    doc = token.doc
    if token.dep_ != "appos" or token.pos_ not in NOUN_POS or token.left_edge.i < 1:
        return None
    if doc[token.left_edge.i - 1].text != ",":
        return None
    after = token.right_edge.i + 1
    while after < len(doc) and doc[after].dep_ in VERB_GROUP_DEPS and doc[after].head.i > after:
        after += 1
    if after >= len(doc):
        return None
    verb = doc[after]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in FINITE_TAGS and not _has_finite_auxiliary(verb):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    fronted = [a for a in token.ancestors if a.head.i == verb.i and a.i < token.i]
    return verb if fronted and fronted[0].dep_ in ("prep", "advcl", "npadvmod") else None


def _has_finite_auxiliary(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
