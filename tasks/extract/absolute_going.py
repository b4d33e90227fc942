"""The clauses with a subject of their own that a leaving carries beside it, telling what its men did as it happened:
"whole units had abandoned their checkpoints, with some soldiers simply going home" (a with-absolute), "whole units
simply melted away, their conscripts taking off their uniforms and walking home" (a nominative absolute). When such
a clause sends the men home, the leaving is a desertion whoever is named leaving (leaving_kind.py): a force that
pulls back to new lines retreats, units whose men walk home deserted (the ontology: desert, abandon their posts or
units; a unit retreating on orders is a RETREAT)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.roles import has_own_subject


def absolute_clauses(verb: Token) -> list[Token]:
    """The verbs of the absolute clauses hung on ``verb``: a participle with its own subject, bare (", their
    conscripts taking off their uniforms") or after "with" (", with some soldiers simply going home")."""
    out = []
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and has_own_subject(child):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "with":
            out.extend(c for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and has_own_subject(c))
    return out
