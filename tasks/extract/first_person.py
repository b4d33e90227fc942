"""A soldier's "I": '"I gave myself up," the marine said' is his surrender; '"I retreated to my room and cried,"
the soldier said' is no retreat, nor '"I gave up after a year," the former soldier said of his studies'.

Quoted by an armed speaker, "we" is his force; "I" is one man, who also speaks of his life outside the war.
A retreat or a surrender said in the first person singular counts only when its clause says it is about the war:
what was left or given up (a place, a position), a receiver on a side, a word of war, arms, a force or a place,
himself given up, or the verb "surrender" with nobody else to surrender to. Refusals need no such word: their
verbs (desert, refuse to fight, go AWOL) name a soldier's duty.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract import armed, token_classes, tree

WAR_WORDS = ("arms_word", "position", "war_noun", "white_flag_object")
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
MILITARY_RECEIVER = ("armed", "state", "side", "demonym")


def first_person_singular(token: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "I", "me", "my", "myself" (lexicons/pronoun_first_singular.txt)."""
    return token.lower_ in lexicons["pronoun_first_singular"]


def about_the_war(trigger: Token, themes: list[Token], receivers: list[Token], lexicons: dict[str, frozenset[str]]) -> bool:
    """Does the clause of a retreat or surrender told by "I" name something of the war?"""
    if themes:
        return True  # "I fled from Bakhmut"
    if any(token_classes.has_class(r, c, lexicons) for r in receivers for c in MILITARY_RECEIVER):
        return True  # "I surrendered to the Ukrainians"
    if not receivers and tree.in_lexicon(trigger, lexicons["trigger_surrender_verb"]):
        return True  # "I surrendered"; not "I surrendered to my feelings"
    for t in trigger.subtree:
        if t.i == trigger.i or (t.pos_ == "PRON" and t.lower_ != "myself"):
            continue
        if t.lower_ == "myself" and t.head.i == trigger.i:
            return True  # "I gave myself up"
        if armed.is_armed(t, lexicons) or any(tree.in_lexicon(t, lexicons[w]) for w in WAR_WORDS):
            return True  # "I retreated with my unit", "I laid down my weapon", "I raised my hands"
    return any(t.pos_ == "PROPN" and entity_type(t) in PLACE_ENTITIES for t in trigger.subtree)  # "I crossed into Poland"
