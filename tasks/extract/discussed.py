"""An event talked about, not done: "talks on the surrender of the garrison", "negotiations over a withdrawal"
(a noun of discussion with a topic preposition), and "the committee discussed the departure of foreign fighters",
"the withdrawal was debated" (a verb of discussion whose object or passive subject is the event noun; not a
remark withheld, "would not discuss the retreat from Kherson", which takes the event as done; nor an event the
sentence tells as done, "debated the withdrawal from Kherson, which ended on November 11", "discussed the
withdrawal from Mali, completed last year"), but a debate put off "until" a condition is met is one ("will not discuss the withdrawal of Eritrean troops until that process is complete"). So is an event one takes a side on ("three quarters of Ukrainians
oppose any withdrawal", "senators who favour a pullout", "opposition to a surrender"; ``cue_taking_sides.txt``,
FrameNet Taking_sides), with the same guard for one told as done.

The ontology: calls for or debates about an event are not events. The words are the lexicon
``cue_discussion.txt`` (FrameNet's Discussion frame); the topic prepositions are ``prep_topic.txt``.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def talk_about(noun: Token) -> Token | None:
    """The noun or verb of discussion whose topic the event noun is, or None."""
    if noun.pos_ != "NOUN":
        return None
    talks = lexicon("cue_discussion")
    sides = lexicon("cue_taking_sides")
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in sides and not _told_as_done(noun):
        return noun.head.head  # "opposition to any withdrawal"
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in sides and not _told_as_done(noun):
        return noun.head  # "oppose any withdrawal", "senators who favour a full retreat"
    if noun.dep_ == "pobj" and noun.head.lower_ in lexicon("prep_topic") and noun.head.head.lemma_.lower() in talks:
        return noun.head.head  # "talks on the surrender of the garrison"
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in talks and not _withheld(verb) and not _qualified(noun) and not _told_as_done(noun):
        return verb  # "discussed the departure of foreign fighters", "the withdrawal was debated"
    return None


def _withheld(verb: Token) -> bool:
    """ "would not discuss the retreat from Kherson", "refused to discuss": a remark withheld on an event the
    speaker takes as done, not a debate about whether it should happen. Not a debate put off until a condition
    is met ("will not discuss the withdrawal of Eritrean troops until that process is complete": the withdrawal
    is still to be negotiated; prep_until.txt)."""
    return (any(c.dep_ == "neg" for c in verb.children) or verb.dep_ == "xcomp") and not _deferred(verb)


def _deferred(verb: Token) -> bool:
    """ "will not discuss X until ...": an until-clause or an until-phrase on the verb of discussion."""
    until = lexicon("prep_until")
    return any(
        (c.dep_ == "prep" and c.lower_ in until) or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in until for m in c.children))
        for c in verb.children
    )


def _qualified(noun: Token) -> bool:
    """ "discussed a possible withdrawal": the noun's own modifier says what it is (``modifier_irrealis.txt``)."""
    words = lexicon("modifier_irrealis")
    return any(c.dep_ in ("amod", "compound") and (c.lower_ in words or c.lemma_.lower() in words) for c in noun.children)


def _told_as_done(noun: Token) -> bool:
    """ "the withdrawal, which ended on November 11": a relative clause in the simple past whose subject is the event
    itself; "the withdrawal from Mali, completed last year": a participle of finishing (``verb_complete.txt``,
    ``trigger_end_verb.txt``), also where the parser hangs the clause on the place ("the withdrawal from Kherson,
    which ended ..."). Not "the withdrawal which Paris announced" (another subject), "the withdrawal planned".
    The debate is about an event that took place."""
    finishing = lexicon("verb_complete") | lexicon("trigger_end_verb")
    places = [g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    for owner in (noun, *places):
        for clause in (c for c in owner.children if c.dep_ in ("relcl", "acl")):
            finished = clause.lemma_.lower() in finishing
            own_subject = all(s.tag_ in ("WDT", "WP") for s in clause.children if s.dep_ in ("nsubj", "nsubjpass"))
            simple_past = clause.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
            if clause.dep_ == "relcl" and simple_past and own_subject and (owner.i == noun.i or finished):
                return True
            if clause.tag_ == "VBN" and finished:
                return True
    return False
