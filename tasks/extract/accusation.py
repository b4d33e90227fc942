"""Whom an accusation names: "activists accused the army's commander of abandoning the city", "blamed the
garrison for fleeing". The object of a verb of judging or sentencing did what its prepositional gerund says."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def judged_for(prep: Token) -> list[Token]:
    """The objects of the verb a preposition hangs on, when that verb accuses, blames or sentences someone
    for the act the preposition's gerund names ("sentenced 11 soldiers for abandoning their post")."""
    if prep.dep_ != "prep":
        return []
    verb = prep.head
    lemma = verb.lemma_.lower()
    sentencing = prep.lower_ == "for" and lemma in lexicon("verb_sanction")
    if not sentencing and lemma not in lexicon("verb_accuse"):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]
