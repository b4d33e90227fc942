"""Soldiers brought home from captivity: "a plane brought home 95 Ukrainian soldiers released in a prisoner swap",
"Ukraine repatriated 200 soldiers freed in a prisoner exchange". Bringing them home ends their captivity; it is no
withdrawal of a force (the ontology: RETREAT is a withdrawal; SURRENDER "Not: prisoners"); nor is shipping home men
who "had surrendered"."""
from __future__ import annotations

from spacy.tokens import Token

EXCHANGE_PREPS = {"in", "under", "through", "via", "as"}  # not "after the prisoner swap": a withdrawal may follow one


def freed_captive(token: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does the phrase headed by ``token`` name captives, or soldiers freed, released, exchanged or captured: a captive
    noun ("prisoners of war"), a passive participle or adjective of release on it ("released in a swap", "freed
    soldiers", "who were exchanged", "captured soldiers"), or an exchange of prisoners the verb it is the object of
    names ("brought home 95 soldiers in a prisoner swap")? Lexicons freed_captive.txt and captive_noun.txt."""
    released = lexicons["freed_captive"]

    def said(t: Token, words: frozenset[str]) -> bool:
        return t.lemma_.lower() in words or t.lower_ in words

    def captive(t: Token) -> bool:  # hostages, prisoners, POWs; not "soldiers", which captive_noun.txt also holds
        return said(t, lexicons["captive_noun"]) and not said(t, lexicons["armed"])

    if captive(token):
        return True
    for child in token.children:
        if child.dep_ in ("acl", "amod") and child.tag_ in ("VBN", "JJ") and said(child, released):
            return True  # "soldiers released in a swap", "freed soldiers", "captured soldiers"
        if child.dep_ == "relcl" and said(child, released) and any(c.dep_ == "auxpass" for c in child.children):
            return True  # "soldiers who were freed"; not "troops who exchanged fire"
        if child.dep_ == "relcl" and said(child, lexicons["trigger_surrender_verb"]) and any(c.lemma_ == "have" and c.dep_ == "aux" for c in child.children) and not any(c.dep_ == "dobj" for c in child.children):
            return True  # "the conscripts, many of whom had surrendered, were shipped home": prisoners sent back (not "had surrendered Srebrenica")
    if token.dep_ in ("dobj", "nsubjpass"):
        for prep in (c for c in token.head.children if c.dep_ == "prep" and c.lower_ in EXCHANGE_PREPS):
            words = list(prep.subtree)
            if any(t.dep_ == "pobj" and said(t, released) for t in words) and any(captive(t) for t in words):
                return True  # "brought home 95 soldiers in a prisoner swap", "as part of an exchange of prisoners"
    return False
