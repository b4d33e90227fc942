"""A clause of purpose ("we remember what happened so it does not happen again", "lest it happen again"):
what it says is an aim, not a fact. A "so" clause in the past or with "will" states a result instead
("it rained, so the parade did not go ahead"; "so the festival will not take place")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_PRESENT = ("VB", "VBP", "VBZ")


def purpose_marker(clause: Token) -> Token | None:
    """The "so" or "lest" of an adverbial clause in the present, bare or with "can", "could" or "would" (not "will"); None otherwise."""
    if clause.dep_ != "advcl":
        return None
    marker = next((c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i and c.lower_ in lexicon("marker_purpose")), None)
    if marker is None or clause.tag_ not in _PRESENT:
        return None
    modals = [c for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"]
    return marker if all(m.lower_ in lexicon("cue_hypothetical_modal") for m in modals) else None
