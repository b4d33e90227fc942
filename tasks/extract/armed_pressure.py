"""A figurative receiver that belongs to a force: "the defenders surrendered to the demands of the besieging rebels",
"the defenders surrendered to despair and thirst, then to the rebels". A pressure, a demand or a state of mind
(``yield_abstract.txt``) is no one to give oneself up to ("surrendered to despair", "surrendering to Beijing's
pressure"), but when an armed force gives up and the pressure is an armed force's own, or the force stands beside
it as a second receiver, that force is who it surrendered to.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.armed import is_armed
from tasks.extract.patterns import lexicon


def armed_pressure(receiver: Token, receivers: list[Token], giver: Token | None, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is ``receiver`` a figurative receiver of an armed ``giver`` that an armed force owns or stands beside?"""
    abstract = lexicon("yield_abstract")
    if giver is None or receiver.lower_ not in abstract or not is_armed(giver, lexicons):
        return False
    owners = [c for c in receiver.children if c.dep_ == "poss"]
    owners += [g for p in receiver.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    others = [r for r in receivers if r.i != receiver.i and r.lower_ not in abstract]
    return any(is_armed(t, lexicons) for t in owners + others)
