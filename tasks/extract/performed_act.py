"""An event noun as the object of a light verb ("Russian troops beat a hasty retreat from Sake", "made a hasty
exit from Kidal", "conducted a fighting withdrawal from Goma"): the verb's subject is who acts, and the place
after "from", which the parser hangs on the verb, is the place the act leaves (lexicons/verb_perform.txt)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.remnant_clause import with_remnant_wholes


def performing_verb(noun: Token) -> Token | None:
    """The light verb ``noun`` is the object of, if any ("beat" of "beat a retreat")."""
    if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.lemma_.lower() not in lexicon("verb_perform"):
        return None
    return noun.head


def completing_verb(noun: Token) -> Token | None:
    """The verb that completes or begins ``noun``, its object, if any ("complete" of "Russian Peacekeepers Complete
    Exit From Karabakh": lexicons/verb_complete.txt)."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.head.lemma_.lower() not in lexicon("verb_complete"):
        return None
    return noun.head


def performer(noun: Token) -> list[Token]:
    """The subject of the light verb whose object ``noun`` is, or of the verb that completes or begins it: who
    carried the act out ("made a hasty exit", "Complete Exit From Karabakh")."""
    verb = performing_verb(noun) or completing_verb(noun)
    if verb is None:
        return []
    return with_remnant_wholes([c for c in verb.children if c.dep_ in ("nsubj", "csubj")])  # "what was left of the battalion made a hasty exit"


def source_on_verb(noun: Token, preps: set[str]) -> list[Token]:
    """The objects of ``preps`` ("from") hung on the light verb rather than on ``noun``, when ``noun`` has none; so
    too on a verb that completes or begins it, past the noun's of-phrase ("completed a redeployment of their units from
    Laukkaing": lexicons/verb_complete.txt; not "complete pullout from war in Angola", whose "from" is no place)."""
    verb = performing_verb(noun)
    of_force = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)  # the parser hangs "from" on the verb past "of its forces"
    if verb is None and of_force:
        verb = completing_verb(noun)
    if verb is None or any(c.dep_ == "prep" and c.lower_ in preps for c in noun.children):
        return []
    found = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    outs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "out" and "out" in preps]
    return found + [g for c in outs for o in c.children if o.dep_ == "prep" and o.lower_ == "of" for g in o.children if g.dep_ == "pobj"]  # "out of Laukkaing"
