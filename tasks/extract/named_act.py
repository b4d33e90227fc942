"""An event noun that names the act of its sentence's main clause: "the government has withdrawn plans to cut the
army's budget, in what critics called a humiliating retreat". When that act is done to a plan, a bill or a treaty,
the noun names a political climb-down (the ontology's Not: "the government's humiliating retreat")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def names_a_civil_act(trigger: Token) -> bool:
    """Is the trigger the complement of "what X called" (a free relative: the main clause's act), and does the
    main clause act on a plan or a non-military thing?"""
    if trigger.dep_ != "oprd" or not any(c.dep_ == "dobj" and c.tag_ == "WP" for c in trigger.head.children):
        return False
    root = trigger.sent.root
    civil = lexicon("plan_noun") | lexicon("non_event_theme") | lexicon("civil_object")
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in civil for c in root.children)
