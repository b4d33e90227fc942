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
    if prep.lower_ in lexicon("prep_charge") and faces_justice(verb):
        return [c for c in verb.children if c.dep_ == "nsubj"]  # "17 soldiers would face trial for abandoning their positions"
    if not sentencing and not accusing:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def faces_justice(verb: Token) -> bool:
    """ "face trial", "face a court-martial" (lexicons/face_justice_object.txt): a trial the subject faces."""
    return verb.lemma_.lower() == "face" and any(c.dep_ == "dobj" and c.lower_ in lexicon("face_justice_object") for c in verb.children)


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


def charged_act(gerund: Token) -> bool:
    """A gerund after a charge preposition of a trial or sanction to come for counted people ("17 soldiers would face
    trial for abandoning their positions", "twelve soldiers will be court-martialled for leaving their posts"): the
    trial is to come, the act it is for is told as done. Not a warning to a kind ("soldiers will be jailed for
    abandoning their positions", "any soldier will face trial for ...": whoever may do it)."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in lexicon("prep_charge"):
        return False
    verb = judging_verb(prep)
    if verb is None or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if not faces_justice(verb) and verb.lemma_.lower() not in lexicon("verb_sanction"):
        return False
    punished = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN")]
    return any(c.dep_ == "nummod" for p in punished for c in p.children)
