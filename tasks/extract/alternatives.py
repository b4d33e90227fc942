"""Alternatives: an event as the alternative not taken ("fled rather than surrender"), or offered as one branch of
an either-or with a lesser change ("the march would be postponed or cancelled", "cancelled or scaled back"): one of
two outcomes, no decision. Two cancellations joined by "or" ("cancelled or banned") stay events, and so does a done
"or" of many doers ("a dozen cities have cancelled or curtailed their celebrations": each did one, so some cancelled)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def lesser_alternative(trigger: Token) -> Token | None:
    """The "or" that offers the trigger beside a verb of postponing, moving or scaling back; None otherwise."""
    head = trigger.head if trigger.dep_ == "conj" else trigger
    members = [head, *(c for c in head.children if c.dep_ == "conj")]
    either = next((c for m in members for c in m.children if c.dep_ == "cc" and c.lower_ == "or"), None)
    if either is None:
        return None
    lesser = lexicon("verb_lesser_change")
    others = [m for m in members if m.i != trigger.i and m.pos_ == "VERB"]
    if _done_by_many(head):
        return None
    return either if any(m.lemma_.lower() in lesser for m in others) else None


def _done_by_many(verb: Token) -> bool:
    """A verb in the past or the perfect, with no modal, whose subject is plural ("cities have cancelled or
    curtailed"): not "would be postponed or cancelled", nor one city's "has cancelled or scaled back"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes) or not (verb.tag_ == "VBD" or any(a.lemma_ == "have" for a in auxes)):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") for c in verb.children)


def declined_alternative(trigger: Token, phrases: frozenset[str]) -> str | None:
    """The cue when the trigger is the alternative not taken: the two words before it are "rather than" or
    "instead of" ("fled rather than surrender", "instead of surrendering, they retreated")."""
    if trigger.i < 2 or trigger.pos_ != "VERB":
        return None
    before = trigger.doc[trigger.i - 2 : trigger.i].text.lower()
    return before if before in phrases else None
