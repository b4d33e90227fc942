"""A commander who moves "with" his own force ("the colonel withdrew with his troops", "the commander fled with his
men towards Uvira"): the unit moves with him, a RETREAT (retreat.commander-with-force), not a commander abandoning
his men (refusal.commanders-fled); "deserted with his men" stays a desertion (no verb of pulling back)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed
from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon, prep_objects


def moves_with_own_force(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is ``trigger`` a verb of pulling back (lexicons/trigger_retreat_verb.txt, trigger_leave_verb.txt) with a
    "with" object that is an armed force of the subject's own ("his troops", "their men")?"""
    if trigger.pos_ != "VERB" or not (in_lexicon(trigger, lexicon("trigger_retreat_verb")) or in_lexicon(trigger, lexicon("trigger_leave_verb"))):
        return False
    return any(
        any(c.dep_ == "poss" and c.lower_ in lexicon("pronoun_possessive") for c in force.children) and armed.is_armed(force, lexicons)
        for force in prep_objects(trigger, {"with"})
    )


def with_force_conjoined(commander: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is a commander coordinated with a force that is no other commander ("the garrison commander and a small group
    of soldiers withdrew", "the colonel and his men fled", "a major and some forty of his men fell back")? The force
    moves with him: he is no commander alone abandoning his men."""
    def force(t: Token) -> bool:
        own_men = t.lemma_.lower() in ("man", "men") and any(c.dep_ == "poss" and c.lower_ in lexicon("pronoun_possessive") for c in t.children)
        return own_men or (armed.is_armed(t, lexicons) and not in_lexicon(t, lexicon("commander")))
    return any(force(c) or any(force(g) for g in prep_objects(c, {"of"})) for c in commander.children if c.dep_ == "conj")
