"""Permissions given: a withdrawal "authorised", "approved", "allowed", given "permission" or "the green light".

The ontology counts an order that a withdrawal take place, reported as issued; a permission given for it is the same
act. Asked for, sought or refused, a permission is still to come or denied: those verbs are judged by realis.py.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def permission_word(token: Token) -> bool:
    """A verb or noun of permitting (lexicons/permission_word.txt), with "green light" read from its modifier."""
    words = lexicon("permission_word")
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    return any(c.dep_ in ("amod", "compound") and f"{c.lower_} {token.lemma_.lower()}" in words for c in token.children)


def permitting_head(infinitive: Token) -> Token | None:
    """The permission an infinitive fills: "authorised the battalion to pull back", "permission to withdraw the
    brigade", "permission for a manoeuvre to withdraw units", "gave the green light for its troops to withdraw" (the
    infinitive on the noun after "for", or hung with its "for" on the verb that gives the permission); else None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    head = infinitive.head
    if infinitive.dep_ not in ("xcomp", "acl", "advcl", "relcl", "ccomp") or head.i == infinitive.i:
        return None
    if head.dep_ == "pobj" and head.head.lower_ == "for":
        head = head.head.head  # "permission for a manoeuvre to withdraw", "gave permission for a manoeuvre to withdraw"
    if permission_word(head):
        return head
    return _given_permission(head)


def _given_permission(verb: Token) -> Token | None:
    """The permission noun a verb of giving or getting has for its object ("gave the green light")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon("verb_grant_permission"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and permission_word(c)), None)


def permission_given(verb: Token, came_by: str, came_from: Token) -> bool:
    """Did the walk come up to a verb that gives or gets a permission ("gave permission", "granted permission",
    "received the green light") from the permission or from what it permits ("gave the green light for its troops
    to withdraw")? Not "sought permission", "asked for permission", "refused permission"."""
    given = _given_permission(verb)
    if given is None:
        return False
    return came_from.i == given.i or (came_by in ("advcl", "prep") and permitting_head(came_from if came_by == "advcl" else _infinitive_below(came_from)) is not None)


def _infinitive_below(prep: Token) -> Token:
    """The infinitive on the object of "for" ("for a manoeuvre to withdraw"), or the preposition itself."""
    return next((v for o in prep.children if o.dep_ == "pobj" for v in o.children if v.dep_ in ("acl", "relcl")), prep)
