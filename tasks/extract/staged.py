"""A surrender, retreat or desertion acted on a stage: a review's opera or play, not a force's (the ontology's
figurative Not): "opens with soldiers in full retreat across a bare stage" in a sentence of "the war opera",
"the tenor, playing a captain who surrenders his sword". Read off the sentence's words of a staged performance
(lexicons/stage_word.txt); a word that only names a building ("the opera house") does not count."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def on_stage(trigger: Token) -> bool:
    """A word of a staged performance in the trigger's sentence, not a modifier of another noun ("opera house")."""
    words = lexicon("stage_word")
    return any((t.lower_ in words or t.lemma_.lower() in words) and t.dep_ != "compound" for t in trigger.sent)
