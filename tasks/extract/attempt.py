"""An attempt under way: "was hit by shrapnel as he tried to surrender", "were trying to pull back when the bridge
was destroyed". Something happened during the attempt, so the event tried was happening (the ontology counts an event
that is happening); a bare "tried to surrender" stays an intention."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon


def attempt_under_way(verb: Token) -> bool:
    """``verb`` is a past attempt overlapping a past clause: its own as-, while- or when-clause, or the one it carries."""
    if verb.lemma_.lower() not in lexicon("cue_attempt"):
        return False
    if verb.dep_ == "advcl" and _during(verb) and _told_in_the_past(verb.head) and (_told_in_the_past(verb) or verb.tag_ == "VBG"):
        return not _civilians_before_pronoun(verb)  # "was hit as he tried to surrender", "were killed while trying to flee"
    if not _told_in_the_past(verb):
        return False
    clauses = [c for v in (verb, *_infinitives(verb)) for c in v.children if c.dep_ == "advcl"]
    return _progressive(verb) and any(_during(c) and _told_in_the_past(c) for c in clauses)  # "were trying to pull back ... when"


def tried_under_way(infinitive: Token) -> bool:
    """``infinitive`` is what an attempt under way tried: "as Syrian troops attempted to flee"."""
    return infinitive.dep_ == "xcomp" and infinitive.head.i != infinitive.i and attempt_under_way(infinitive.head)


def _infinitives(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "xcomp"]


def _civilians_before_pronoun(verb: Token) -> bool:
    """ "fired on the wives of fighters as they attempted to flee": the pronoun may stand for the civilians or kin
    the clause above names, who are no force; leave the attempt an intention there."""
    if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return False
    inside = {t.i for t in verb.subtree}
    people = lexicon("civilian_group") | lexicon("kin_noun")
    return any(in_lexicon(t, people) for t in verb.head.subtree if t.i not in inside and t.pos_ == "NOUN")


def _during(clause: Token) -> bool:
    """A clause marked "as", "while" or "when" (the parser may hang "when" as an adverb)."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in lexicon("marker_during") for c in clause.children)


def _progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


def _told_in_the_past(verb: Token) -> bool:
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
