"""An event that an explanation is for: "officials gave no reason for the cancellation of the parades", "the council
offered no explanation for calling off the concert". The negation, or the verb of offering, is the explanation's;
the event it explains took place (like "did not explain the cancellation", which realis already reads so).
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def explains_the_event(node: Token, came_by: str, came_from: Token) -> bool:
    """Did the walk up from the event reach ``node`` through the "for" of an explanation noun that a verb gives,
    whether the parser hung "for" on the noun ("gave no reason for the cancellation") or on the verb that offers it
    ("offered no explanation for calling off")? The caller asks an event noun to be definite: not "for any withdrawal"."""
    if came_by != "prep" or came_from.lower_ != "for":
        return False
    nouns, giving = lexicon("explanation_noun"), lexicon("explanation_giving_verb")
    if node.pos_ == "NOUN":  # "gave no reason for the cancellation"; not "found no reason for cancelling" (it was not done)
        return node.lemma_.lower() in nouns and node.dep_ == "dobj" and node.head.lemma_.lower() in giving
    return node.lemma_.lower() in giving and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in node.children)
