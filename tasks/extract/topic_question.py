"""An event as the topic of an analysis, asked what it tells or means: "Analyst Update: What the Wagner Mutiny Tells
Us About Russia's Army", "What the Prigozhin mutiny says about Putin's grip". The question presupposes the event and
states none (the ontology's unit is a sentence that states an event; the piece's body tells it). Only "the" + an
event noun as the subject of a verb of lexicons/verb_signify.txt whose object is "what"."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def topic_of_a_question(trigger: Token) -> bool:
    """Is ``trigger`` the subject of "what ... tells / says / means" ("What the Wagner Mutiny Tells Us")?"""
    verb = trigger.head
    return (
        trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "nsubj" and verb.lemma_.lower() in lexicon("verb_signify")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)
        and any(c.lower_ == "what" and c.dep_ in ("dobj", "dative", "attr") for c in verb.children)
    )
