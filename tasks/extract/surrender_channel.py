"""A surrender hotline used: "Thousands of Russian soldiers calling the hotline to surrender", "a hotline set up to
let soldiers surrender has been used thousands of times". The ontology counts calls to a surrender hotline that end
in surrender, so the infinitive is no aim: the event is as real as the use of the channel. Only the soldiers' own
use: "officials called Russian soldiers to surrender through the hotline" and "Kyiv called for (or on) soldiers to
surrender using the hotline" are calls on them, demands (code review round 5b)."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places
from tasks.normalize.adversaries import enemy_of

USED = {"VBD", "VBG", "VBN"}  # called, calling, has been used; not "will call", "soldiers who call" (a kind)


def calls_a_channel(verb: Token) -> bool:
    """ "call the hotline to surrender", "can call to surrender", "used the chatbot to surrender", in any tense, on
    a channel named in the sentence: the verb is a use of the channel by its subject when its object, if any, is the
    channel itself; a person as the object ("called Russian soldiers to surrender") or a call on or for someone
    ("called on", "called for") is a demand."""
    channel = lexicon("surrender_channel")
    if verb.lemma_.lower() not in lexicon("channel_use_verb") or not any(tree.in_lexicon(t, channel) for t in verb.sent):
        return False
    if any(c.dep_ in ("prep", "prt") and c.lower_ in lexicon("prep_call_on") for c in verb.children):
        return False
    return all(tree.in_lexicon(o, channel) or o.tag_ in ("WDT", "WP") for o in verb.children if o.dep_ == "dobj")  # "which soldiers can call"


def channel_use(trigger: Token) -> Token | None:
    """The verb of using a surrender channel that an infinitive trigger ("to surrender") belongs with, if it says the
    channel was used (``calls_a_channel``, in a past form, not negated); realis judges that verb instead of the
    infinitive."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    if any(c.dep_ in ("nsubj", "mark") for c in trigger.children):
        return None  # "called for Russian soldiers to surrender using the hotline": the soldiers are no callers
    use = trigger.head  # the infinitive hangs on the use: not "used the hotline to urge soldiers to surrender"
    if use.i == trigger.i or use.tag_ not in USED or not calls_a_channel(use):
        return None
    return None if any(c.dep_ == "neg" for c in use.children) else use  # "never called the hotline to surrender"


def channel_caller(token: Token) -> bool:
    """ "callers to Ukraine's surrender hotline", "users of the surrender chatbot": the soldiers who used a channel a
    surrender word names (lexicons/channel_caller.txt), not "callers to the tax hotline"."""
    if not tree.in_lexicon(token, lexicon("channel_caller")):
        return False
    channels = [g for g in tree.prep_objects(token, lexicon("prep_channel")) if tree.in_lexicon(g, lexicon("surrender_channel"))]
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lexicon("trigger_surrender_verb") for g in channels for c in g.children)


def caller_side(actor: Token | None, named: set[str], day: date | None) -> str | None:
    """ "Callers to Ukraine's surrender hotline": the enemy of the side whose channel they used, not that side."""
    if actor is None or not channel_caller(actor):
        return None
    channels = [g for g in tree.prep_objects(actor, lexicon("prep_channel")) if tree.in_lexicon(g, lexicon("surrender_channel"))]
    owner = next((s for g in channels if (s := places.side_of(tree.phrase(g).text)) is not None), None)
    return enemy_of(owner, named, day)
