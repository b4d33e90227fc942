"""A firm's exit is no retreat: "The carmaker completed its withdrawal from Russia on Monday", "the bank's exit
from Russia". An event noun whose owner is a business (``lexicons/business_noun.txt``, WordNet company.n.01 and
its hyponyms) by its possessive or by the subject that "its" stands for (``possessor.possessor_subject``: the
firm that completed, began or put off its own withdrawal) tells of a market left, the ontology's RETREAT "Not:".
Not a force named by a firm's word in an armed phrase ("the private military company's withdrawal from Bangui"):
``armed.is_armed`` keeps it.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, tree
from tasks.extract.patterns import lexicon
from tasks.extract.possessor import possessor_subject


def firm_exit(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is the event noun ``trigger`` the exit of a business?"""
    if trigger.pos_ != "NOUN":
        return False
    owners = [c for c in trigger.children if c.dep_ == "poss" and c.pos_ != "PRON"] + possessor_subject(trigger)
    return any(tree.in_lexicon(o, lexicon("business_noun")) and not armed.is_armed(o, lexicons) for o in owners)
