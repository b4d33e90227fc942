"""A finite verb the parser read as a reduced relative on its own subject: "The last column of Russian armoured vehicles
left Khankendi, ... according to Azerbaijani media" ("left" an ``acl`` of "vehicles", the sentence rooted on
"column"), '"The soldiers left in the night, ...," one resident said' ("soldiers" a second subject of "said").

A past-tense ``acl`` (tagged VBD, not VBN) is the clause's verb, and the noun it hangs on its subject, when the parse
leaves no other reading: the verb has a direct object (a passive participle takes none), the noun is the sentence's
root (no finite verb), or the noun is one of two subjects of the same verb. Not "the soldiers left behind in the
town were captured": the soldiers are the subject of "were captured" alone.
"""
from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubjpass")


def misread_relative_subject(verb: Token) -> Token | None:
    """The noun a misread relative ``verb`` hangs on, when it is the verb's subject; else None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = verb.head
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    rootless = noun.dep_ == "ROOT"
    shared = noun.dep_ in SUBJECTS and any(c.dep_ in SUBJECTS and c.i != noun.i for c in noun.head.children)
    return noun if has_object or rootless or shared else None
