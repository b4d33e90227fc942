"""Objects of a verb that the parser misread: "Serbia bans EuroPride march" (the noun read as an adverbial, "in
March"), "Zwolle scraps New Year fireworks show" (the compound split into a subject and a verb), "cancelled the
fireworks display it traditionally holds" (a noun with a relative clause and no "that", read as a clause)."""
from __future__ import annotations

from spacy.tokens import Token


def misread_objects(verb: Token) -> list[Token]:
    """Nouns after ``verb`` that stand where its object would: an adverbial noun, or the verb of a clause whose
    subject (or compound) is the noun just before it (a compound noun split in two)."""
    return [c for c in verb.children if c.i > verb.i and (_adverbial_noun(c) or _split_compound(c) or _noun_read_as_clause(c))]


def _noun_read_as_clause(token: Token) -> bool:
    """ "cancelled the fireworks display it traditionally holds": a noun phrase with its article or possessive whose
    relative clause has no "that", read as the verb's clause complement (a clause has a verb, not an article)."""
    return token.dep_ == "ccomp" and token.pos_ == "NOUN" and any(t.dep_ in ("det", "poss") for t in token.subtree if t.i < token.i)


def _adverbial_noun(token: Token) -> bool:
    return token.dep_ == "npadvmod" and token.pos_ in ("NOUN", "PROPN")


def _split_compound(token: Token) -> bool:
    """ "fireworks show" read as a clause: the noun before the verb is its subject or a compound hung on it; or read as
    a relative clause on the verb itself ("cancels Ibalong street dancing": a relative clause describes a noun)."""
    before = next((c for c in token.children if c.i == token.i - 1 and c.dep_ in ("nsubj", "compound")), None)
    if token.dep_ not in ("ccomp", "relcl") or token.pos_ != "VERB" or before is None:
        return False
    # "cancelled their Navy Day shows": a name with its article or possessive hung on it is a noun phrase, not a subject
    return before.pos_ == "NOUN" or (before.pos_ == "PROPN" and any(c.dep_ in ("det", "poss") for c in before.children))


def subject_read_as_claim_object(verb: Token, report: frozenset[str]) -> list[Token]:
    """ "Russia claims Ukrainian marines ... are refusing to fight": the subject of a finite clause with none,
    read as the object of the verb of saying that governs it."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in report or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]


def subject_read_as_compound(trigger: Token) -> list[Token]:
    """ "Hundreds of Boko Haram fighters surrender in Borno, army says": a headline's subject hung on its verb as a
    compound (a verb has none; a clause noun with no determiner is a verb misread), the common noun just before it
    (not a name: "When America retreats" is no headline's misread subject)."""
    clause = trigger.pos_ in ("VERB", "AUX") or (trigger.dep_ in ("ccomp", "ROOT") and not any(c.dep_ == "det" for c in trigger.children))
    before = [c for c in trigger.children if c.dep_ == "compound" and c.i == trigger.i - 1 and c.pos_ == "NOUN"]
    listed = apposed_list_head(trigger, before)
    return listed + before if clause or listed else []


def apposed_list_head(trigger: Token, subjects: list[Token]) -> list[Token]:
    """ "Hundreds of Boko Haram Members, Families Surrender in Borno": a headline's list of subjects joined by a comma
    (its "and" dropped), the verb read as a relative clause on the list's first member, conjoined to it or hung on it as
    parataxis ("Al-Shabaab commander, 11 fighters defect to government forces"): that member, which the rules read first."""
    first = subjects[0] if subjects else None
    if first is None or trigger.dep_ not in ("relcl", "conj", "parataxis") or trigger.head.pos_ not in ("NOUN", "PROPN") or first.left_edge.i == 0:
        return []
    comma = trigger.doc[first.left_edge.i - 1]
    return [trigger.head] if comma.text == "," and comma.head in (trigger.head, trigger) and first.i == trigger.i - 1 else []
