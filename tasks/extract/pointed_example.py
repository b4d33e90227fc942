"""An event the writer points the reader to: "Look no further than the Kiel Mutiny in the German navy in 1918",
"Consider the Cattaro Mutiny", "Remember the surrender of the Sixth Army". The imperative asks the reader to look
or to remember, not anyone to do the event, which the sentence gives as an example that happened."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

UP_STEPS = 3  # "look" > "further" > "than" > the event


def pointed_to(trigger: Token) -> Token | None:
    """The imperative verb of attention whose object, directly or through a preposition, is the definite event noun ``trigger``."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("dobj", "pobj"):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in lexicon("determiner_weighing") for c in trigger.children) and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in trigger.children):
        return None  # "consider a surrender" weighs one
    if any(t.dep_ in ("relcl", "acl") and t.lemma_.lower() in lexicon("cue_demand") for t in trigger.subtree):
        return None  # "the withdrawal of US troops that the senator demanded": asked for, not given as done
    node = trigger
    for _ in range(UP_STEPS):
        node = node.head
        if node.pos_ == "VERB":
            break
        if node.dep_ not in ("prep", "advmod", "pobj") or node.head.i == node.i:
            return None
    verb = node
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or verb.tag_ != "VB" or verb.lemma_.lower() not in lexicon("verb_attention_imperative"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None  # "historians look at the mutiny", "we must consider a surrender"
    return verb
