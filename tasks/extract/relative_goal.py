"""The place a relative clause holding the event goes to: "Idlib province, in north-west Syria, to which the rebels
are fleeing", "Kismayo, to which the militants withdrew". The relative pronoun is the object of a preposition of
elsewhere, so the antecedent and the places named with it just before the clause are the destination, no place
of the event (as "fled to Idlib" is not)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def goal_of_relative(token: Token, trigger: Token) -> bool:
    """Is ``token`` named before a relative clause that holds ``trigger`` and whose relative pronoun follows a
    preposition of elsewhere ("to which", "towards which"), with no verb or other preposition of elsewhere between
    (the parser hangs the clause on the nearest noun: "Marib, in central Yemen, to which ...": both are the goal)?"""
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl"), None)
    if clause is None or token.i >= clause.i:
        return False
    goal = next((c for c in (*trigger.children, *clause.children) if _to_relative_pronoun(c)), None)
    if goal is None or token.i >= goal.i:
        return False
    between = token.doc[token.i + 1 : goal.i]
    return not any(t.pos_ == "VERB" or (t.dep_ == "prep" and t.lower_ in lexicon("prep_elsewhere")) for t in between)


def _to_relative_pronoun(prep: Token) -> bool:
    """Is ``prep`` a preposition of elsewhere whose object is a relative pronoun ("to which", "into which")?"""
    return prep.dep_ == "prep" and prep.lower_ in lexicon("prep_elsewhere") and any(g.dep_ == "pobj" and g.lower_ in lexicon("pronoun_relative") for g in prep.children)
