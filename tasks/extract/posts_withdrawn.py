"""Posts a force withdraws from: "began withdrawing from its posts in the Lachin corridor", "pulled back from two
posts along the border". "Post" alone is a civil object (a job, a message: ``civil_object.txt``); in the plural,
as what a pullback verb (``posts_withdrawn_verb.txt``) leaves, posts are manned positions. "Left / abandoned
their posts" is not read here: that is a desertion, and "withdrew from the post of chairman" stays a job.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def posts_withdrawn_from(noun: Token, trigger: Token) -> bool:
    """Is ``noun`` plural posts that ``trigger``, a pullback verb, leaves "from"?"""
    if noun.lemma_.lower() != "post" or noun.tag_ != "NNS" or trigger.lemma_.lower() not in lexicon("posts_withdrawn_verb"):
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.i in (trigger.i, *(c.i for c in trigger.children if c.dep_ in ("prt", "advmod")))
