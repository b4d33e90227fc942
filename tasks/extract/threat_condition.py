"""A threat's negative condition: "the garrison would be stormed unless it surrendered", "threatened to launch an
offensive if Kurdish fighters do not withdraw". The threat demands what its condition names (the ontology:
threatened = demanded); a positive condition ("would be shot if they retreated") stays hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_UP = ("xcomp", "ccomp", "conj")


def threat_behind(clause: Token, mark: Token) -> Token | None:
    """The verb or noun of threatening over the consequence ``clause`` (marked by ``mark``) hangs on, if the condition is negative."""
    negative = mark.lower_ in lexicon("cue_negative_condition") or any(c.dep_ == "neg" for c in clause.children)
    if not negative or clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    node = clause.head
    for _ in range(3):
        if node.lemma_.lower() in lexicon("cue_threat"):
            return node
        threat = next((c for c in node.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon("cue_threat")), None)
        if threat is not None:
            return threat  # "issued a warning that ... unless"
        if node.dep_ not in _UP or node.head.i == node.i:
            return None
        node = node.head
    return None


def in_case(clause: Token) -> str | None:
    """ "in case the brigade retreats", "just in case the governor banned the march": the parser reads "in case" as a
    preposition and its object and hangs the clause elsewhere; the two words before the clause say it is a condition."""
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    doc, phrases = clause.doc, lexicon("marker_condition_phrase")
    for i in range(max(clause.left_edge.i - 2, clause.sent.start), clause.i - 1):
        pair = doc[i : i + 2].text.lower()
        if pair in phrases and doc[i + 2].lower_ != "of":
            return pair  # not "in case of attack": a noun phrase, judged by its own words
    return None
