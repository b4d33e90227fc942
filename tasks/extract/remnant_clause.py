"""Who "what was left of the battalion" is: a free relative clause as a subject ("what remained of the garrison
fled", "what was left of the brigade were withdrawn") names its force after "of"; the clause's verb is one of
being left over (lexicons/remnant_clause_verb.txt), its subject the pronoun "what"."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

CLAUSE_SUBJECTS = {"csubj", "csubjpass"}


def remnant_whole(clause: Token) -> Token | None:
    """The noun after "of" when ``clause`` heads "what was left of <noun>" as a subject; None otherwise."""
    if clause.dep_ not in CLAUSE_SUBJECTS or clause.lemma_.lower() not in lexicon("remnant_clause_verb"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in clause.children):
        return None
    wholes = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return wholes[0] if wholes else None


def with_remnant_wholes(subjects: list[Token]) -> list[Token]:
    """``subjects`` with each "what was left of X" clause replaced by X."""
    return [remnant_whole(s) or s for s in subjects]
