"""Whose "their battalion" is, when its own sentence names no side: the armed subject of the sentence before.

"Two North Korean soldiers were captured by Ukrainian special forces in the Kursk region. Their battalion had
retreated from Plekhovo days earlier": "their" stands for the subject of the clause before, the soldiers who were
captured (North Korea's), not the agent of the passive nor the country the article is about. A possessive pronoun
(``pronoun_owner``) on the actor, or on the noun an "of" hangs on ("most of their battalion"), resolves to the last
armed word of the lines before that has a side of its own, not the agent of a passive ("by Ukrainian forces").
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.context import context_offset, names_in, of_token


def owner_subject_side(actor: Token, lexicons: dict[str, frozenset[str]]) -> str | None:
    """The side of the armed actor the possessive on ``actor`` refers back to in the lines before, passing over the
    agent of a passive (``DocumentContext.armed_side_before``); None when the actor has no possessive pronoun, or
    its own sentence names a side ("Russia said its troops") or a subject before it ("A captain said his platoon"):
    those are read elsewhere."""
    owned = [actor, *tree.prep_objects(actor, {"of"})]
    if not any(c.dep_ == "poss" and c.lower_ in lexicons["pronoun_owner"] for o in owned for c in o.children):
        return None
    if names_in(actor.sent, "sides"):
        return None
    if any(t.i < actor.i and t.dep_ in ("nsubj", "nsubjpass") for t in actor.sent):
        return None  # "A captain said his platoon had refused": his own, read from the captain elsewhere
    context, _ = of_token(actor)
    if context is None:
        return None
    return context.armed_side_before(context_offset(actor), sided=True)
