"""A gesture of giving up done in an emotion or as a protest: "walked out of the briefing with their hands on
their heads in frustration" is dismay, and "walked out of the hall waving white cloths in protest at the war" is a
protest, and "raised their hands in prayer" a rite, not soldiers giving themselves up (code review round 5b; round
sur17; round surr19; lexicons/emotion_manner.txt, protest_manner.txt, rite_manner.txt)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon


def _white_cloths(token: Token, lexicons: dict[str, frozenset[str]]) -> list[Token]:
    """The white flags, cloths or rags the token waves, raises or carries ("waving white cloths", "with a white rag")."""
    held = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] + tree.prep_objects(token, {"with"})
    return [c for c in held if tree.in_lexicon(c, lexicons["white_cloth_word"]) and any(a.lower_ == "white" for a in c.children)]


def hands_in_emotion(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """The trigger goes "with (their) hands ...", raises them or waves a white cloth, and an "in <emotion>", "in
    protest" or "in prayer" phrase hangs on it, on the hands or cloth, or on what holds the hands ("on their heads
    in despair")."""
    raised = [c for c in trigger.children if c.dep_ == "dobj"]
    hands = [o for o in tree.prep_objects(trigger, {"with"}) + raised if o.lemma_.lower() in ("hand", "hands")]
    cloths = _white_cloths(trigger, lexicons)
    if not hands and not cloths:
        return False
    holders = [trigger, *hands, *cloths, *(o for h in hands for o in tree.prep_objects(h, lexicon("prep_held_over")))]
    holders += [o for o in tree.prep_objects(trigger, lexicon("prep_held_over"))]  # "on their heads" hung on the verb
    manners = lexicons["emotion_manner"] | lexicons["protest_manner"] | lexicons["rite_manner"]
    return any(tree.in_lexicon(e, manners) for h in holders for e in tree.prep_objects(h, {"in"}))
