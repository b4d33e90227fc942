"""A spaCy component: the subject after a fronted phrase the parser made an apposition of its last noun.

"According to a statement from the regional governor, church leaders in Gondar called off the processions":
the parser reads "church leaders" as an apposition of "governor" (the comma between them looks like one) and
leaves "called" without a subject, sometimes hung on "statement" as a clause of the fronted phrase. A sentence
that opens with a prepositional phrase ("According to ...", "After weeks of fighting in ...", "In a statement
from ...") and goes on, after a comma, with a noun phrase and then a finite verb with no subject of its own:
the noun phrase is that verb's subject and the verb is the sentence's root, the fronted phrase its modifier.
The component moves those arcs; the words and tags stay.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "sitrep_fronted_subject"
FINITE = {"VBD", "VBZ", "VBP", "MD"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
BEFORE_VERB = {"aux", "auxpass", "neg", "advmod"}


@Language.component(NAME)
def fronted_subject(doc: Doc) -> Doc:
    for sentence in list(doc.sents):
        found = _misread(doc[sentence.start], sentence.end)
        if found is None:
            continue
        subject, verb, opener = found
        subject.head = verb
        subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        if verb.dep_ != "ROOT":
            old_root = opener.head if opener.dep_ != "ROOT" else opener
            verb.head, verb.dep_ = verb, "ROOT"
            for token in [t for t in old_root.children if t.dep_ == "punct" and t.i > verb.i]:
                token.head = verb
            opener.head, opener.dep_ = verb, "prep"
            _object_back(verb)
    return doc


def _object_back(verb: Token) -> None:
    """A noun the parser made the predicate of the clause it hung in the fronted phrase ("called off the
    processions": an object predicate, ``oprd``) is the verb's object once the verb leads the sentence."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return
    for child in verb.children:
        if child.dep_ == "oprd" and child.pos_ in ("NOUN", "PROPN") and child.i > verb.i:
            child.dep_ = "dobj"
            return


def _misread(opener: Token, end: int) -> tuple[Token, Token, Token] | None:
    """(the subject, its verb, the fronted phrase's first word) when the sentence opening with ``opener`` has the
    subject after the fronted phrase's comma hung on a noun of that phrase as an apposition."""
    if opener.tag_ not in ("IN", "VBG") or opener.dep_ not in ("prep", "ROOT"):
        return None
    phrase = {t.i for t in opener.subtree}
    for subject in (t for t in opener.subtree if t.dep_ == "appos" and t.head.i in phrase):
        comma = subject.left_edge.i - 1
        if comma <= opener.i or opener.doc[comma].text != ",":
            continue
        verb = _verb_after(subject, end)
        if verb is None or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        if verb.dep_ == "ROOT" and opener.head.i == verb.i or verb.dep_ in ("acl", "relcl") and verb.head.i in phrase and opener.dep_ == "ROOT":
            return subject, verb, opener
    return None


def _verb_after(subject: Token, end: int) -> Token | None:
    """The finite verb that begins right after ``subject``'s phrase (after its auxiliaries), or None."""
    doc = subject.doc
    index = subject.right_edge.i + 1
    if index >= end:
        return None
    first = doc[index]
    verb = first.head if first.dep_ in BEFORE_VERB and first.head.i > first.i else first
    if verb.pos_ not in ("VERB", "AUX") or verb.i >= end:
        return None
    if verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children):
        return verb
    return None


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
