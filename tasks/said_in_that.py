"""A spaCy component: a that-clause the parser hung as a relative clause on the noun of an occasion of speaking.

"The commander denied in a video message that any of his fighters had deserted": the parser reads "that" as the
relative pronoun of "message" (its object) and the clause as a relative clause on "message", so the denial no
longer governs "deserted". After a verb of saying or denying (lexicons/cue_report.txt, cue_negating.txt), a
"that" clause with a subject of its own right after "in <a message, a statement, an interview>"
(lexicons/speech_noun.txt, cue_report_noun.txt) is what was said: the clause becomes the verb's complement and
"that" its marker. The words and tags stay; only the two arcs and their labels change.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from tasks.extract.patterns import lexicon

NAME = "sitrep_said_in_that"


@Language.component(NAME)
def said_in_that(doc: Doc) -> Doc:
    misread = [(clause, *found) for clause in doc if (found := _misread(clause)) is not None]
    for clause, verb, that in misread:
        clause.head, clause.dep_ = verb, "ccomp"  # what was said or denied
        that.head, that.dep_ = clause, "mark"
    return doc


def _misread(clause: Token) -> tuple[Token, Token] | None:
    """(verb of saying, "that") when ``clause`` is a relative clause opened by "that" with a subject of its own, on
    the noun of an occasion of speaking in an "in" phrase of a verb of saying or denying."""
    if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
        return None
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or that.head.i != clause.i or that.dep_ not in ("dobj", "nsubj", "mark"):
        return None
    if that.dep_ != "dobj" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children):
        return None
    noun, prep = clause.head, clause.head.head
    verb = prep.head
    nouns = lexicon("speech_noun") | lexicon("cue_report_noun")
    if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() not in nouns:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon("cue_report") | lexicon("cue_negating"):
        return None
    return verb, that


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just after its lemmatizer (it reads lemmas; the entity recogniser stays last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"after": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
