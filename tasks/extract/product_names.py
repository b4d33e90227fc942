"""A product a business drops is no celebration: "Ford scrapped the Fiesta", "the carmaker axed the Carnival". A
celebration word written as a bare proper name (capitalised, with no word of a name before or after it, only its
article) that is the object or the passive subject of a verb whose doer is a business (an organisation the
recogniser names that no word of ``lexicons/authority.txt``, ``governing_body.txt`` or ``municipal_office.txt``
makes a public body, or a word of ``lexicons/business_noun.txt``) names the firm's model, brand or show, not a
festive public event (the ontology's CANCELLED_CELEBRATION "Not": ordinary business). Not "Seville City Council
scrapped the Feria": a public body's; not "the Feria de Abril": a longer name.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon, phrase

_NAME_DEPS = ("compound", "flat", "nmod", "appos", "poss", "amod")


def product_name(token: Token) -> bool:
    """Is ``token`` a bare capitalised name that a business drops ("the Fiesta" of "Ford scrapped the Fiesta")?"""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    if any(c.dep_ in _NAME_DEPS or (c.dep_ == "prep" and c.lower_ in lexicon("name_particle_prep")) for c in token.children):
        return False  # "the Fiesta de San Isidro", "this year's Carnival": more than a bare name
    verb = token.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"] if token.dep_ == "dobj" else [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return any(_business(d) for d in doers)


def _business(token: Token) -> bool:
    """A firm: a word of business_noun.txt, or an organisation's name no public body's word is part of."""
    if in_lexicon(token, lexicon("business_noun")):
        return True
    public = lexicon("authority") | lexicon("governing_body") | lexicon("municipal_office")
    return token.pos_ == "PROPN" and entity_type(token) == "ORG" and not any(in_lexicon(t, public) for t in phrase(token))
