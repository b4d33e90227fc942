"""Hired fighters named by their country in a story about their company: "Russian mercenaries withdrew from
Ndassima", in an article about Wagner, are Wagner's (a side of its own in groups.jsonl), not Russia's army.

The company must be named in the document (lexicons/mercenary_company.txt); otherwise the adjective's state
stays the side.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import DocumentContext
from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon


def company_of_mercenaries(actor: Token | None, context: DocumentContext) -> str | None:
    """The side of the mercenary company the document names, when ``actor`` is a phrase of mercenaries."""
    if actor is None:
        return None
    counted = [g for c in actor.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not any(in_lexicon(t, lexicon("mercenary_noun")) for t in (actor, *counted)):
        return None  # "Russian mercenaries", "dozens of Russian mercenaries"
    names = lexicon("mercenary_company")
    found = {n.code for a, b, n in context.sides_in(0, len(context.text)) if n.kind == "group" and context.text[a:b].lower() in names}
    return next(iter(found)) if len(found) == 1 else None
