"""What a law punishes is a kind of act, not an act done: "Russian servicemen face up to ten years in prison for
voluntary surrender", "Russian law has punished voluntary surrender with ten years", "approved tougher penalties
..., including up to ten years in prison for voluntary surrender", "Toughens Punishment for Desertion and 'Surrender
to the Enemy'" (the ontology: generics are no events). The event word is bare (no article, possessive or number:
not "his desertion", "the surrender of the garrison") and the phrase it sits in hangs on a penalty or a law
(lexicons/cue_sanction.txt, measure_noun.txt), on a verb of punishing whose subject is a law, or through "for" on
the present verb of a kind ("Russian servicemen face ... for"); not "a soldier was jailed for desertion" (one man)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon

_PHRASE_UP = ("pobj", "prep", "conj", "dobj", "appos", "cc")  # up through the noun phrases and their prepositions
_REACH = 8


def punished_kind(trigger: Token) -> Token | None:
    """The penalty, law or verb of punishing that makes the bare event word ``trigger`` a kind of act, or None."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children):
        return None
    laws = lexicon("cue_sanction") | lexicon("measure_noun")
    node, through_for = trigger, False
    for _ in range(_REACH):
        if node.dep_ not in _PHRASE_UP or node.head.i == node.i:
            return None
        through_for = through_for or (node.dep_ == "prep" and node.lower_ == "for")
        node = node.head
        if node.pos_ == "NOUN" and in_lexicon(node, laws) and not _owned_by_one(node):
            return node  # "penalties for desertion and 'voluntary surrender'"
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "prep":
            return node if _law_punishes(node) or (through_for and _kind_faces(node)) else None
    return None


def _owned_by_one(penalty: Token) -> bool:
    """ "his punishment for desertion": one man's, not a law's."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in penalty.children)


def _law_punishes(verb: Token) -> bool:
    """ "Russian law has punished voluntary surrender with ...": a verb of punishing whose subject is a law."""
    laws = lexicon("cue_sanction") | lexicon("measure_noun")
    return verb.lemma_.lower() in lexicon("verb_sanction") and any(
        c.dep_ == "nsubj" and in_lexicon(c, laws) for c in verb.children
    )


def _kind_faces(verb: Token) -> bool:
    """ "Russian servicemen face up to ten years in prison for ...": a simple present (or a modal) whose subject is a
    bare common noun (a plural or a mass: a count noun in the singular takes an article; "servicemen" may be tagged
    singular) and whose object is a prison term, what any of a kind faces; not "Petrov faces ten years"."""
    timeless = verb.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    kind = bool(subjects) and all(s.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss", "nummod") for d in s.children) for s in subjects)
    term = any(c.dep_ == "dobj" and in_lexicon(c, lexicon("penalty_term")) for c in verb.children)
    return timeless and kind and term
