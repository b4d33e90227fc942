"""A spaCy component: the telling that opens a sentence, which the parser hung under what was told.

"After the third time I told the sergeant I would not go again": the parser makes "go" the root and "told" an
adverbial clause of it, as if the telling were a circumstance of the going, so that the refusal reads as a bare
"I would not go" (a hypothetical) with no one it was said to. A clause of "tell" with a subject and an addressee
of its own and no subordinator ("after", "when", "because" as a mark or a wh-adverb), hung before the root's own
subject, is the sentence's main verb (or the clause a closing "said" reports) and the root its reported clause: the
component moves those arcs (the root under the telling as its ccomp, with the phrases before the telling and the
closing punctuation); words and tags stay.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "sitrep_told_clause"
ADDRESSEE = {"dobj", "dative"}


@Language.component(NAME)
def told_clause(doc: Doc) -> Doc:
    for tell in [t for t in doc if _misread(t)]:
        told = tell.head
        root = told.dep_ == "ROOT"
        fronted = [c for c in told.children if c.i < tell.i or (root and c.dep_ == "punct" and c.i > told.i)]
        tell.head, tell.dep_ = (tell, "ROOT") if root else (told.head, told.dep_)  # or the clause a quote's "said" reports
        told.head, told.dep_ = tell, "ccomp"
        for child in fronted:
            child.head = tell
    return doc


def _misread(tell: Token) -> bool:
    """``tell`` is an adverbial clause of the root (or of the clause a closing "said" reports) with a subject and
    an addressee, no subordinator, and that clause's subject comes after the whole telling."""
    root = tell.head
    if tell.lemma_ != "tell" or tell.dep_ != "advcl" or root.dep_ not in ("ROOT", "ccomp") or root.i <= tell.i:
        return False
    kids = list(tell.children)
    if not any(c.dep_ == "nsubj" for c in kids) or not any(c.dep_ in ADDRESSEE for c in kids):
        return False
    if any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in kids):
        return False  # "when I told the sergeant, he laughed": a circumstance indeed
    end = max(t.i for t in tell.subtree)
    return any(c.dep_ in ("nsubj", "nsubjpass") and end < c.i < root.i for c in root.children)


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just after its lemmatizer (it reads lemmas; the entity recogniser stays last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"after": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
