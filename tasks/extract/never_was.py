"""An event noun its own relative clause denies: "Kharkiv's Surrender That Wasn't", "a retreat that never
happened", "the parade that never was" (a headline's and a column's way of calling an event untrue)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon


def denied_by_relative(noun: Token) -> Token | None:
    """The negation of a relative clause on ``noun`` whose verb says it came about ("that wasn't", "that never
    happened"), or of the verb the parser hung the noun on as the subject with the relative pronoun ("Mariupol's
    Surrender That Never Was": "Was" the root, "Surrender" and "That" its subjects)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    came_about = lexicon("verb_came_about")
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i]
    if noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > noun.i and c.lower_ in ("that", "which") for c in noun.head.children):
        clauses.append(noun.head)
    for verb in clauses:
        if verb.lemma_.lower() in came_about and not any(c.dep_ in ("dobj", "attr", "acomp") for c in verb.children):
            neg = next((c for c in verb.children if c.dep_ == "neg"), None)
            if neg is not None:
                return neg
    return None


def acquitted_of(trigger: Token) -> Token | None:
    """The verb of acquitting (lexicons/acquittal_verb.txt) whose "of" holds ``trigger`` ("were acquitted of
    desertion", "cleared of abandoning his post"), or whose object is the one accused of it ("acquitted a sergeant
    accused of refusing to take part in hostilities"): a court's finding that it was not done. None otherwise."""
    prep = trigger.head if trigger.dep_ in ("pobj", "pcomp") else None
    if prep is None or prep.lower_ != "of":
        return None
    verb = prep.head
    if verb.lemma_.lower() in lexicon("verb_accuse") and verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head.head  # "acquitted a sergeant accused of ...": the accused is the acquittal's object
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon("acquittal_verb") else None


def signal_cut_short(trigger: Token) -> Token | None:
    """The verb of a clause after "but" that says the man signalling surrender was struck down (lexicons/
    struck_down_verb.txt, in the passive): "another soldier is seen waving a white rag at a drone, but he is then hit
    by a grenade". A white flag shown is a surrender only when nothing in its sentence cuts it short; None otherwise."""
    if not any(c.dep_ == "dobj" and in_lexicon(c, lexicon("white_cloth_word")) for c in trigger.children):
        return None
    for verb in (trigger, *trigger.ancestors):
        for said in (c for c in verb.children if c.dep_ == "conj" and c.i > trigger.i):
            contrast = any(t.dep_ == "cc" and t.lower_ == "but" for t in (*verb.children, *said.children))
            told = [c for c in said.children if c.dep_ == "ccomp"] if said.lemma_.lower() in lexicon("cue_report") else []
            conj = told[0] if told else said  # "but the brigade said he was killed by artillery"
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in conj.children)
            another = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in conj.children)  # not "but his comrade was killed"
            if contrast and passive and not another and conj.lemma_.lower() in lexicon("struck_down_verb"):
                return conj
        if verb.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            break
    return None


def nearly_done(trigger: Token) -> Token | None:
    """An adverb of lexicons/near_miss_adverb.txt on the event's own verb ("was nearly washed out", "almost
    surrendered"): it came close and did not happen. Not on a number or a subject ("nearly 300 soldiers surrendered")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in trigger.children if c.dep_ == "advmod" and c.i < trigger.i and in_lexicon(c, lexicon("near_miss_adverb"))), None)
