"""A participle comment on the clause before it: "its troops were being 'regrouped' to strengthen the Donetsk front,
in effect confirming a hasty retreat from much of the Kharkiv region". A participle of admitting (lexicons/
comment_admit_verb.txt) set off by a comma, with at most an adverbial between ("in effect", "effectively"), says
what the statement amounts to; the parser may hang it under a purpose infinitive ("to strengthen"), but its object
is a fact admitted, not an aim. The realis walk stops there and the event is reported.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_REACH = 3  # the comma is at most this many tokens before the participle ("," "in" "effect" "confirming")


def admitted_in_comment(verb: Token, came_by: str) -> bool:
    """Did the walk come up to a comment participle of admitting from its object or clause?"""
    if came_by not in ("dobj", "ccomp") or verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return False
    if verb.lemma_.lower() not in lexicon("comment_admit_verb"):
        return False
    commas = [t.i for t in verb.doc[max(verb.sent.start, verb.i - _REACH) : verb.i] if t.text == ","]
    return bool(commas) and all(t.pos_ in ("ADV", "ADP", "NOUN") for t in verb.doc[commas[-1] + 1 : verb.i])  # "in effect", "effectively"
