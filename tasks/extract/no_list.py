"""A list of things there will be none of: "There will be no giant tree in Manger Square, no parade of scout bands and
no fireworks". Each item's "no" is the cancellation, as the first item's is ("there will be no parade"), and the
"will" of the list's "there be" is a decision, not a forecast. The parser often hangs a later item on a word of the
item before it (an apposition of "Manger Square", a conjunct of "bands"), so the walk up from the trigger meets
other items' "no" and the "be" by other words than a conjunct. Read by ``realis.realis`` for rules whose negation is
the event.
"""
from __future__ import annotations

from spacy.tokens import Token

_IN_A_LIST = ("pobj", "prep", "appos", "conj", "attr", "compound", "cc")  # the words that join the items up to "be"


def _has_no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def existential_list(trigger: Token, be: Token) -> bool:
    """Is ``trigger`` an item with "no" of the list that ``be`` ("there will be no X, no Y and no Z") holds: ``be`` has
    "there" for its subject, its first complement has "no", and only the joints of a list lie between them?"""
    if be.lemma_ != "be" or not _has_no(trigger) or not any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children):
        return False
    if not any(c.dep_ == "attr" and _has_no(c) for c in be.children):
        return False
    node = trigger
    while node.head.i != node.i and node.i != be.i:
        if node.dep_ not in _IN_A_LIST:
            return False
        node = node.head
    return node.i == be.i


def existential_above(node: Token) -> Token | None:
    """The "there be" above ``node`` along the joints of a list, if any."""
    for up in [node, *node.ancestors]:
        if up.lemma_ == "be":
            return up
        if up.dep_ not in _IN_A_LIST:
            return None
    return None


def in_no_list(trigger: Token, node: Token) -> bool:
    """Is ``node``'s "no" one of a "there will be no X, no Y and no Z" list that the trigger is an item of?"""
    be = existential_above(node)
    return be is not None and existential_list(trigger, be)
