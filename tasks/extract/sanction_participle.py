"""A bare past participle of sanctioning said of someone ("a soldier jailed for refusing to return to the front has
appealed his sentence", "Jailed for deserting, he ..."): the act was judged done, whatever the clause above asks or
plans ("appealed" is no demand of it). Not "if jailed for deserting" nor "to be jailed" (round 12)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def sanctioned_act(clause: Token) -> bool:
    """Is ``clause`` a participle of lexicons/verb_sanction.txt on a noun or fronted, with no auxiliary, mark or negation?"""
    return (
        clause.dep_ in ("acl", "advcl") and clause.tag_ == "VBN" and clause.lemma_.lower() in lexicon("verb_sanction")
        and not any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in clause.children)
    )
