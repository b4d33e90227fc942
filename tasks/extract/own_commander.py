"""Who tells his own commander: "Hussein told his Houthi commander he did not want to fight", "'I told my commander
I would not fight,' said Ali". A man named only by his name, or "I", who speaks to the commander or the officers of
his own unit ("his", "my", "their") is a member of that force, so his refusal in his own words is a soldier's."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon

ADDRESSEE_DEPS = ("dobj", "dative")


def tells_own_commander(declarer: Token) -> bool:
    """``declarer`` is the subject of a verb of saying whose addressee is his own commander or officer."""
    if declarer.dep_ != "nsubj":
        return False
    verb = declarer.head
    return any(
        c.dep_ in ADDRESSEE_DEPS and in_lexicon(c, lexicon("commander"))
        and any(p.dep_ == "poss" and p.lower_ in lexicon("own_possessive") for p in c.children)
        for c in verb.children
    )
