"""Who a measure would apply to is a kind, not people who did something: "a law that would allow soldiers who
left their units to return" (f02 of the first article set) names whoever left, as "any soldier who deserted" does
(the ontology: generics are no events). A noun with a determiner ("the soldiers who left") stays people who did."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_UP = ("ccomp", "xcomp", "relcl")


def under_a_modal(noun: Token) -> bool:
    """The noun is an argument of a verb (or of the clause of a verb) with a hypothetical modal ("would allow soldiers",
    "would let soldiers ... return")."""
    verb = noun.head
    for _ in range(2):
        if any(c.dep_ == "aux" and c.lower_ in lexicon("cue_hypothetical_modal") for c in verb.children):
            return True
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
