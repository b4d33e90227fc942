"""A spaCy component that trusts the parse over the tagger for a predicate with a subject and an object.

Headlines drop the words that tell a verb from a noun ("Israeli Troops Exit Jenin", "Army Quits Base"):
the tagger calls the verb a noun while the parser still gives it a subject and a direct object. A
word at the root of its sentence with both is a verb in any reading, so the component says so before
the lemmatizer runs (its lemma is then the verb's: "quits" -> "quit"). Everything else is left alone.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "sitrep_verb_shape"


@Language.component(NAME)
def verb_shape(doc: Doc) -> Doc:
    for token in doc:
        if token.pos_ == "NOUN" and token.dep_ == "ROOT":
            deps = {c.dep_ for c in token.children}
            if "nsubj" in deps and "dobj" in deps:
                token.pos_ = "VERB"
                token.tag_ = "VBZ" if token.lower_.endswith("s") else "VBP"
    return doc


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        before = {"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}
        nlp.add_pipe(NAME, **before)
    return nlp
