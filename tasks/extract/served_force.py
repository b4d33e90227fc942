"""The force a fighter serves: "a Georgian volunteer quit fighting for the Ukrainian army", "a Cuban recruit
serving in the Russian army", "a French mercenary serving with Wagner". A foreign volunteer's nationality is
not his side: the army he fights or serves for is. Only a force one serves or enlists in counts after "in" or
"with" ("fighting in Ukraine" names where he fights, "fighting with the RSF" whom he fights), only a force or
a state after "for" ("fighting for Kyiv" is for a town), and "against" names the enemy, never his own side. A multinational mission is served by contingents that stay
their own states' ("Ugandan troops serving with AUSSOM")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, tree
from tasks.extract.defected_to import later_force_tokens
from tasks.extract.patterns import lexicon
from tasks.normalize import places


def served_side(trigger: Token, actor: Token | None, lexicons: dict[str, frozenset[str]]) -> str | None:
    """The side of the force the actor fights or serves for, named in the trigger's clause or in the actor's
    own phrase; None when neither names one."""
    later = later_force_tokens(actor)  # "a Russian defector now serving with the Ukrainian army": where he went
    tokens = [t for t in list(trigger.subtree) + (list(actor.subtree) if actor is not None else []) if t.i not in later]
    verbs = [t for t in tokens if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in lexicon("serve_verb")]
    for verb in verbs:
        for force in [g for g in tree.prep_objects(verb, lexicon("prep_serve_cause")) if _force_or_state(g, lexicons)] + [
            g for g in tree.prep_objects(verb, lexicon("prep_serve_ranks"))
            if verb.lemma_.lower() in lexicon("enlist_verb") and armed.is_armed(g, lexicons)
        ]:
            side = places.side_of(tree.phrase(force).text)
            if side is not None and side not in places.mission_codes():  # "Ugandan troops serving with AUSSOM": Uganda's contingent
                return side
    return None


def _force_or_state(token: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is ``token`` a force ("the Ukrainian army") or a state by its country's name ("Ukraine"), not a town ("Kyiv")?"""
    if armed.is_armed(token, lexicons):
        return True
    found = places.find(tree.phrase(token).text, "places")
    return bool(found) and all(n.kind == "country" for _, _, n in found)
