"""Who labels a move by a euphemism is whose move it is: "An army spokesman described the move as a tactical
repositioning", "The government at first described the loss as a temporary redeployment", "Moscow called it a
goodwill gesture" (FrameNet Labeling, Communicate_categorization; lexicons/labeling_verb.txt). A side names its
own pullback so; the rules retreat.labelled-* read the labeller as the actor when the noun has no force of its own
("a repositioning of its units"); a spokesman or a statement labels for the body it speaks for."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon, prep_objects


def labeller(trigger: Token) -> list[Token]:
    """The subject of the labelling verb whose "as" object or object complement ``trigger`` is."""
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "as" else trigger.head
    if verb.i == trigger.i or verb.lemma_.lower() not in lexicon("labeling_verb"):
        return []
    return [_spoken_for(c) for c in verb.children if c.dep_ == "nsubj"]


def _spoken_for(subject: Token) -> Token:
    """The body a spokesman or a statement speaks for ("an army spokesman", "a spokeswoman for the brigade", "the
    army's statement": the army, the brigade; lexicons/speaker_noun.txt), else the subject itself."""
    if subject.lemma_.lower() not in lexicon("speaker_noun"):
        return subject
    bodies = [c for c in subject.children if (c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN")) or (c.dep_ == "amod" and in_lexicon(c, lexicon("armed")))]  # "a military spokesman"
    bodies += prep_objects(subject, lexicon("prep_spokesman_of"))
    return bodies[0] if bodies else subject
