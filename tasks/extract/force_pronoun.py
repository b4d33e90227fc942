"""A pronoun that stands for a force named just before: "Russian troops were shelled near Bakhmut. They withdrew
on Friday." The force is named in the lines before, so the event's own sentence holds no military word: the
pronoun's armed antecedent is that sentence's military context (the rule context ``pronoun_for_force``)."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import roles, tree
from tasks.extract.context import of_token
from tasks.extract.patterns import lexicon


def stands_for_force(trigger: Token) -> bool:
    """Is the pronoun subject of ``trigger`` a force named in its paragraph or the line before? Not "those" or
    "people", and not for verbs civilians do as much ("they fled to Kharkiv", after troops shelled their village)."""
    document, offset = of_token(trigger)
    subject = _pronoun_subject(trigger)
    if document is None or subject is None or tree.in_lexicon(trigger, lexicon("civilian_motion")) or _unarmed_speaker(trigger):
        return False
    return document.armed_before(offset, singular=subject.lower_ in lexicon("pronoun_singular"))


def _unarmed_speaker(trigger: Token) -> bool:
    """ "Aid workers said they withdrew from the city": the clause's pronoun may be the speakers themselves, who are
    no force; the force named before is then no better an antecedent. Not when the report follows the clause
    ("On Tuesday they surrendered, Russian state media said"): a pronoun before its speakers looks back."""
    if trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in lexicon("cue_report") or trigger.head.i > trigger.i:
        return False
    speakers = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    return any(not tree.in_lexicon(s, lexicon("armed")) and s.pos_ in ("NOUN", "PROPN") for s in speakers)


def _pronoun_subject(trigger: Token) -> Token | None:
    """The subject of ``trigger``, or of the verb that controls it ("they kept withdrawing"), when it is a pronoun
    that can stand for a force."""
    found = roles.candidates(trigger, "subj") or roles.candidates(trigger, "controller")
    if not found and trigger.lemma_.lower() == "go":
        found = roles.candidates(trigger, "pass")  # "they were gone from the market area": a state, no passive
    subject = found[0] if found else None
    if subject is None or subject.pos_ != "PRON" or subject.lower_ in lexicon("pronoun_noncombatant"):
        return None
    return subject
