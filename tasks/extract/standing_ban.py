"""A ban already in force, told as going on: "mass events were still prohibited", "fireworks remain banned in the
region", "gatherings continue to be banned". The ontology's cancellation is a decision to cancel or ban a
celebration; a standing ban continued is no new decision (lexicons/ban_verb.txt, state_continue.txt). Not "the
city has banned the fireworks", nor "were banned on Monday": a ban that begins."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon


def standing_ban(trigger: Token) -> bool:
    """Is ``trigger`` a participle of banning that states a ban continuing: "still" or "already" on its passive,
    or a verb of continuing it completes ("remain banned", "continue to be banned")?"""
    if trigger.tag_ != "VBN" or not in_lexicon(trigger, lexicon("ban_verb")):
        return False
    continuing = lexicon("state_continue")
    if any(c.dep_ == "advmod" and c.lower_ in continuing for c in trigger.children):
        return True  # "were still prohibited"
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lemma_.lower() == "be" and head.dep_ == "xcomp":
        head = head.head  # "continue to be banned"
    return trigger.dep_ in ("acomp", "xcomp", "oprd") and head.i != trigger.i and head.lemma_.lower() in continuing
