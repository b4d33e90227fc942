"""The subject a participle aside took from its clause's own verb.

"its fireworks display, held every August since 1948, has been cancelled": the parser reads the aside's bare past
participle ("held") as the clause's verb, gives it the subject, and leaves the passive "has been cancelled" with no
subject of its own. The subject is the aside's: the noun just before the comma that opens the aside, when the aside
is a bare participle (no auxiliary of its own) closed by a comma just before the passive's auxiliaries.
"""

from __future__ import annotations

from spacy.tokens import Token


def _bare_participle(verb: Token) -> bool:
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _aside_before(trigger: Token) -> Token | None:
    """The bare participle whose aside ends with a comma just before ``trigger``'s auxiliaries."""
    first = min([trigger, *(c for c in trigger.children if c.dep_ in ("aux", "auxpass") and c.i < trigger.i)], key=lambda t: t.i)
    if first.i < 2 or first.nbor(-1).text != ",":
        return None
    near = [trigger.head] if trigger.dep_ == "conj" else [c for c in trigger.head.children if c.i < trigger.i] if trigger.head.i != trigger.i else []
    for verb in near:
        if verb.pos_ == "VERB" and _bare_participle(verb) and verb.i > 1 and verb.nbor(-1).text == "," and max(t.i for t in verb.subtree if t.text != ",") < first.i:
            return verb
    return None


def aside_subject(trigger: Token) -> Token | None:
    """The passive subject of ``trigger`` that the parser gave to a participle aside before it, or None."""
    if not any(c.dep_ == "auxpass" for c in trigger.children) or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    verb = _aside_before(trigger)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 2]
    return subjects[0] if subjects else None
