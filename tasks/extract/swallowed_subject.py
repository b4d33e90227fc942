"""A clause's subject the parser swallowed into the clause before it.

"Rebels moved closer to the city and government troops retreated south": the small model reads "the city and
government troops" as one object of "to", and "retreated" has no subject (or inherits "Rebels"). "Residents hid
in basements and soldiers abandoned their posts": "soldiers" is read as a conjunct of "basements". The noun phrase
between the coordinating conjunction and the finite verb (or its auxiliaries) is the verb's subject.
"The move comes after the garrison of the base withdrew": "after" takes "the garrison" as its object and "withdrew"
hangs on "comes" with no subject; a time preposition (lexicons/clause_preposition.txt) on the verb's own head
opens that clause as a conjunction does.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
AUXILIARY_DEPS = {"aux", "auxpass", "neg"}
SWALLOWING_DEPS = {"pobj", "dobj", "conj", "nmod", "appos", "attr", "npadvmod"}
NOUN_PHRASE_POS = {"ADJ", "NOUN", "PROPN", "DET", "NUM"}
NOUN_POS = {"NOUN", "PROPN"}


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _clause_start(verb: Token) -> int:
    """Where the verb group begins: its first auxiliary ("have been pushed out"), else the verb."""
    return min([c.i for c in verb.children if c.dep_ in AUXILIARY_DEPS and c.i < verb.i] + [verb.i])


def _finite(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in AUXILIARY_DEPS and c.tag_ in FINITE_TAGS for c in verb.children)


def _inner(token: Token, end: int) -> bool:
    """A word of the noun phrase: a nominal word, or a preposition in it ("authorities in Belgorod")."""
    if token.pos_ == "ADP":
        return token.dep_ == "prep" and token.head.i < end
    return (token.pos_ in NOUN_PHRASE_POS or token.tag_ == "PRP$") and token.dep_ not in SUBJECT_DEPS


def _opens_clause(token: Token, verb: Token) -> bool:
    """A time preposition the parser hung on the verb's own head, as if the clause were its object."""
    return token.dep_ == "prep" and token.lower_ in lexicon("clause_preposition") and token.head.i == verb.head.i \
        and verb.dep_ == "advcl" and token.head.i < token.i


def _conjunction_before(end: int, sentence: Span, verb: Token) -> Token | None:
    """The coordinating conjunction (or clause-opening preposition) that opens the noun phrase ending before
    ``end``: only its words between."""
    doc = sentence.doc
    for token in reversed(doc[sentence.start : end]):
        if token.dep_ == "cc" or _opens_clause(token, verb):
            return token
        if not _inner(token, end):
            return None
    return None


def _swallowed(verb: Token) -> tuple[int, Token] | None:
    """Where the swallowed subject begins and its head noun, if the parse hides one before ``verb``."""
    if not _finite(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    end = _clause_start(verb)
    conjunction = _conjunction_before(end, verb.sent, verb)
    if conjunction is None or conjunction.i + 1 >= end:
        return None
    start = conjunction.i + 1
    heads = [t for t in verb.doc[start:end] if t.pos_ in NOUN_POS and not start <= t.head.i < end]
    if not heads or heads[-1].dep_ not in SWALLOWING_DEPS or heads[-1].head.i >= start:
        return None
    return start, heads[-1]


def swallowed_subject(verb: Token, passive: bool) -> Token | None:
    """The head noun of the subject (``passive``: of the passive subject) the parser hung on the clause before."""
    found = _swallowed(verb) if is_passive(verb) == passive else None
    return found[1] if found else None


def swallowed_phrase(actor: Token, verb: Token) -> Span | None:
    """The subject's phrase from after the conjunction ("government troops", not "the city and government
    troops"), when ``actor`` is the subject swallowed before ``verb``."""
    found = _swallowed(verb)
    if found is None or found[1].i != actor.i:
        return None
    return actor.doc[found[0] : _clause_start(verb)]
