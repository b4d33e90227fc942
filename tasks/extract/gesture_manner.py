"""A gesture of giving up done in an emotion: "walked out of the briefing with their hands on their heads in
frustration" is dismay, not soldiers giving themselves up (code review round 5b; lexicons/emotion_manner.txt)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree


def hands_in_emotion(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """The trigger goes "with (their) hands ..." and an "in <emotion>" phrase hangs on it, on the hands or on
    what holds them ("on their heads in despair")."""
    hands = [o for o in tree.prep_objects(trigger, {"with"}) if o.lemma_.lower() in ("hand", "hands")]
    if not hands:
        return False
    holders = [trigger, *hands, *(o for h in hands for o in tree.prep_objects(h, {"on", "over", "above"}))]
    holders += [o for o in tree.prep_objects(trigger, {"on", "over", "above"})]  # "on their heads" hung on the verb
    return any(tree.in_lexicon(e, lexicons["emotion_manner"]) for h in holders for e in tree.prep_objects(h, {"in"}))
