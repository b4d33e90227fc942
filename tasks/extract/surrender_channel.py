"""A surrender hotline used: "Thousands of Russian soldiers calling the hotline to surrender", "a hotline set up to
let soldiers surrender has been used thousands of times". The ontology counts calls to a surrender hotline that end
in surrender, so the infinitive is no aim: the event is as real as the use of the channel."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import roles
from tasks.extract.patterns import lexicon

USED = {"VBD", "VBG", "VBN"}  # called, calling, has been used; not "will call", "soldiers who call" (a kind)


def channel_use(trigger: Token) -> Token | None:
    """The verb of using a surrender channel that an infinitive trigger ("to surrender") belongs with, if its
    sentence names the channel and says it was used; realis judges that verb instead of the infinitive."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    sentence = trigger.sent
    if not any(roles.in_lexicon(t, lexicon("surrender_channel")) for t in sentence):
        return None
    use = trigger.head  # the infinitive hangs on the use: not "used the hotline to urge soldiers to surrender"
    if use.i == trigger.i or use.tag_ not in USED or use.lemma_.lower() not in lexicon("channel_use_verb") or _calls_on(use):
        return None
    return None if any(c.dep_ == "neg" for c in use.children) else use  # "never called the hotline to surrender"


def _calls_on(verb: Token) -> bool:
    """ "Kyiv called on Russian soldiers to surrender through the hotline": a call on someone is a demand, not a use."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in lexicon("prep_call_on") for c in verb.children)


def calls_a_channel(verb: Token) -> bool:
    """ "call the hotline to surrender", "can call to surrender" on a hotline named in the sentence: "call" is a use
    of the channel here, in any tense, not a call on someone (a demand)."""
    named = any(roles.in_lexicon(t, lexicon("surrender_channel")) for t in verb.sent)
    return named and verb.lemma_.lower() in lexicon("channel_use_verb") and not _calls_on(verb)
