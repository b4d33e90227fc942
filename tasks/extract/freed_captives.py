"""Soldiers brought home from captivity: "a plane brought home 95 Ukrainian soldiers released in a prisoner swap",
"Ukraine repatriated 200 soldiers freed in a prisoner exchange". Bringing them home ends their captivity; it is no
withdrawal of a force (the ontology: RETREAT is a withdrawal; SURRENDER "Not: prisoners"); nor is shipping home men
who "had surrendered", or who "were disarmed" or "captured" before they were shipped home."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


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
    if token.dep_ == "nsubjpass" and (said(token.head, released) or said(token.head, lexicons["interned_verb"])):
        return True  # "were disarmed by the British and shipped home", "were captured and later flown home": captives moved
    if token.dep_ in ("dobj", "nsubjpass") and _ended_captivity(token, said, released, lexicons["captivity_noun"]):
        return True
    if token.dep_ in ("dobj", "nsubjpass"):
        for prep in (c for c in token.head.children if c.dep_ == "prep" and c.lower_ in lexicon("prep_exchange")):
            words = list(prep.subtree)
            if any(t.dep_ == "pobj" and said(t, released) for t in words) and any(captive(t) for t in words):
                return True  # "brought home 95 soldiers in a prisoner swap", "as part of an exchange of prisoners"
    return False


def _ended_captivity(token: Token, said: Callable[[Token, frozenset[str]], bool], released: frozenset[str], held: frozenset[str]) -> bool:
    """Is the verb that moves the soldiers done by an exchange ("A prisoner swap brought home 120 soldiers", "The
    exchange brought 95 servicemen back"), or are they moved from where captives are held ("back from Russian
    captivity", "home from Russian prisons": lexicons/captivity_noun.txt)? Not "the ceasefire deal brought 2,000
    soldiers home from northern Iraq": a deal is no exchange, Iraq no prison."""
    verb = token.head
    if any(c.dep_ == "nsubj" and said(c, released) for c in verb.children):
        return True
    holders = [verb, token, *(c for c in (*verb.children, *token.children) if c.dep_ in ("advmod", "prt"))]
    return any(
        p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and said(o, held) for o in p.children)
        for h in holders for p in h.children
    )
