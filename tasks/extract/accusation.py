"""Whom an accusation names: "activists accused the army's commander of abandoning the city", "blamed the
garrison for fleeing". The object of a verb of judging or sentencing did what its prepositional gerund says."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_UP_TO_THE_VERB = ("dobj", "pobj", "prep")


def judged_for(prep: Token) -> list[Token]:
    """The objects of the verb a preposition hangs on, when that verb accuses, blames or sentences someone
    for the act the preposition's gerund names ("sentenced 11 soldiers for abandoning their post"), also when
    the parser hung a court's charge on the verb's object or on a phrase of the sentence ("convicted 5,000
    servicemen of going absent without leave", "sentenced him to five years in a colony for leaving his unit")."""
    if prep.dep_ != "prep":
        return []
    verb = judging_verb(prep)
    if verb is None:
        return []
    lemma = verb.lemma_.lower()
    sentencing = prep.lower_ in lexicon("prep_charge") and lemma in lexicon("verb_sanction")
    accusing = lemma in lexicon("verb_accuse") and prep.head.i == verb.i  # not "accused the commander of abandoning the city", hung on him
    if not sentencing and not accusing:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def judging_verb(prep: Token) -> Token | None:
    """The verb a charge belongs to: the verb the preposition hangs on, or the verb whose object or phrase
    the parser hung it on (at most three steps up through objects and prepositions)."""
    node = prep.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in _UP_TO_THE_VERB or node.head.i == node.i:
            return None
        node = node.head
    return None
