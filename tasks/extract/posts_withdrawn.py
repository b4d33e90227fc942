"""Posts a force withdraws from: "began withdrawing from its posts in the Lachin corridor", "pulled back from two
posts along the border". "Post" alone is a civil object (a job, a message: ``civil_object.txt``); in the plural,
as what a pullback verb (``posts_withdrawn_verb.txt``) leaves, posts are manned positions. "Left / abandoned
their posts" is not read here: that is a desertion, and "withdrew from the post of chairman" stays a job. Plural posts a handover verb gives "to" someone ("handed over
their posts to the Taliban") are positions too: the rule's receiver and armed actor decide the rest.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.normalize import places


def posts_withdrawn_from(noun: Token, trigger: Token) -> bool:
    """Is ``noun`` plural posts that ``trigger``, a pullback verb, leaves "from"?"""
    if noun.lemma_.lower() != "post" or noun.tag_ != "NNS" or trigger.lemma_.lower() not in lexicon("posts_withdrawn_verb"):
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.i in (trigger.i, *(c.i for c in trigger.children if c.dep_ in ("prt", "advmod")))


def manned_posts(noun: Token, trigger: Token) -> bool:
    """Plural posts left in a pullback ("withdrew from its posts") or handed over to someone ("handed over their
    posts to the Taliban"): positions, not jobs."""
    return posts_withdrawn_from(noun, trigger) or _posts_handed_over(noun, trigger)


def _posts_handed_over(noun: Token, trigger: Token) -> bool:
    """Is ``noun`` plural posts that ``trigger``, a handover verb, gives to a named side ("handed over their posts to
    the Taliban", or in the passive: "dozens of government posts have been handed to the Taliban")? Not "handed over his post to his successor" (one post is a job), nor "their posts to the new
    chiefs of staff" (a receiver that names no side: jobs passed on)."""
    if noun.lemma_.lower() != "post" or noun.tag_ != "NNS" or trigger.lemma_.lower() not in lexicon("trigger_handover_verb"):
        return False
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.i != trigger.i:
        return False
    receivers = [g for c in trigger.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(places.side_of(trigger.doc[g.left_edge.i : g.right_edge.i + 1].text) is not None for g in receivers)
