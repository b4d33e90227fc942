"""A person who surrenders "with" his own staff or men ("Paulus, promoted to field marshal the day before, surrendered
with his staff", "the rebel commander surrendered with 40 of his men"): they give up with him, so the surrender is his
force's and he is its armed actor, whatever his name tells (the ontology: a unit gives itself up; a commander's
surrender is his force's)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed
from tasks.extract.context import of_token
from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon, prep_objects


def surrenders_with_own_force(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is ``trigger`` a surrender verb (lexicons/trigger_surrender_verb.txt) with a "with" object that is the subject's
    own staff, men or force ("his staff", "40 of his men", "the remnants of his company")?"""
    if trigger.pos_ != "VERB" or not in_lexicon(trigger, lexicon("trigger_surrender_verb")):
        return False
    return any(_own_force(g, lexicons) for w in prep_objects(trigger, {"with"}) for g in (w, *prep_objects(w, {"of"})))


def _own_force(noun: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "his company", "their troops": a possessive pronoun on an armed noun; or on his staff or men
    (lexicons/own_force_word.txt) in a story about a war or a sentence that names a commander or a rank ("the duke, given
    the rank of general weeks before"; not "the hospital director surrendered with his staff")."""
    if not any(c.dep_ == "poss" and c.lower_ in lexicon("pronoun_possessive") for c in noun.children):
        return False
    if armed.is_armed(noun, lexicons):
        return True
    if not in_lexicon(noun, lexicon("own_force_word")):
        return False
    document, _ = of_token(noun)
    ranks = lexicon("commander") | lexicon("military_rank")
    return (document is not None and document.military) or any(in_lexicon(t, ranks) for t in noun.sent)
