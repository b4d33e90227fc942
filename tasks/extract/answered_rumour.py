"""A rumour a speaker answers: "He was responding to rumours on social media that the event had been banned",
"reacting to speculation that the parade was off". News tells a rumour's content this way when the speaker denies
it; the event is negated (lexicons/rumour_noun.txt, verb_answer.txt). The clause may hang on the noun or, after a
phrase between them ("rumours on social media that"), on the verb of answering. Not "reports that": a report
answered may be confirmed."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.report_cues import that_marked
from tasks.extract.tree import in_lexicon, prep_objects


def answered_rumour(node: Token, came_by: str, came_from: Token) -> Token | None:
    """The verb of answering when the walk came up to a rumour noun through its that-clause, or to the verb itself
    through a that-clause while the verb answers a rumour; else None."""
    rumours = lexicon("rumour_noun")
    if came_by == "acl" and in_lexicon(node, rumours) and that_marked(came_from):
        verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "to" else None
        return verb if verb is not None and in_lexicon(verb, lexicon("verb_answer")) else None
    if came_by == "ccomp" and that_marked(came_from) and in_lexicon(node, lexicon("verb_answer")):
        return node if any(in_lexicon(o, rumours) for o in prep_objects(node, {"to"})) else None
    return None
