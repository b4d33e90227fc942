"""Who leaves a post only a force holds is the force: "the last US personnel left the drone base outside Agadez",
"whole companies abandoning trenches around Balakliia", "Volunteers for the Defence of the Homeland abandoned the
Arbinda checkpoint".

A trench, a checkpoint, an outpost, a foxhole, barracks or an air base (lexicons/held_position.txt) is held by a
force, so the group named as leaving or abandoning one is that force, when it is named by a word of membership or
a role of service (lexicons/member.txt, force_role_noun.txt: personnel, volunteers, auxiliaries, companies,
advisers) with no common noun before it that says whose ("ground staff", "embassy personnel"), not by an
occupation or civilians ("journalists left the trenches", "dozens of residents left the
checkpoint"). A bare "base" is a post only with a word of its kind or its name before it ("the drone base", "Ain
al-Asad air base"; not "their base in Goma", which an aid agency has too), and "positions" are left out (jobs are
positions as well: lexicons/post_not_held.txt). A role noun that is no word of membership (advisers, teams,
crews) needs a modifier naming a side or a force ("the last Belgian advisers"; not "medical teams")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.armed import is_armed
from tasks.extract.owner_body import owned_by_a_civil_body
from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon, prep_objects
from tasks.normalize import places


def leaves_a_held_post(trigger: Token, actor: Token, themes: list[Token], lexicons: dict[str, frozenset[str]]) -> bool:
    """Is ``actor`` a group named by membership or service role that leaves one of ``themes``, a post only a force
    holds, by a verb of leaving or retreating (lexicons/trigger_leave_verb.txt, trigger_retreat_verb.txt) or one with
    "out", "back" or "away"? Not "The company closed its outposts in Siberia": a firm's, closed, not left."""
    leaving = trigger.lemma_.lower() in lexicon("trigger_leave_verb") | lexicon("trigger_retreat_verb") or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in lexicon("leave_particle") for c in trigger.children
    )
    if not leaving:
        return False
    if in_lexicon(actor, lexicon("person_plain")):
        return False  # "men were slipping away from the trenches": plain men's force must be named (a desertion, as often as not)
    if actor.pos_ not in ("NOUN", "PROPN") or not (in_lexicon(actor, lexicon("member")) or in_lexicon(actor, lexicon("force_role_noun"))):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and not is_armed(c, lexicons) for c in actor.children):
        return False  # "ground staff", "embassy personnel": a compound says whose staff, and it is no force's
    if not in_lexicon(actor, lexicon("member")) and not _of_a_side(actor, lexicons):
        return False  # "medical teams", "technicians": a role firms and charities have too; "the last Belgian advisers" are a state's
    civil = lexicon("civilian_group") | lexicon("civilian_person")
    counted = prep_objects(actor, {"of"})
    if any(in_lexicon(g, civil) or (g.tag_ in ("NNS", "NNPS") and not is_armed(g, lexicons)) for g in counted):
        return False  # "dozens of residents", "hundreds of journalists": who they are is said, and it is no force
    if owned_by_a_civil_body(actor, lambda t: is_armed(t, lexicons)):
        return False  # "volunteers of the charity", "the company's personnel": a body's people, not a force's
    return any(_held_post(t) for t in themes)


def _of_a_side(role: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does a modifier of a role noun (adviser, team, crew: lexicons/force_role_noun.txt) name a side or a force
    ("the last Belgian advisers", "US crews", "army medics")? Without one the role is as often a firm's or a
    charity's ("medical teams abandoned the checkpoint")."""
    return any(c.dep_ in ("amod", "compound", "nmod", "poss") and (places.find(c.text, "sides") or is_armed(c, lexicons)) for c in role.children)


def _held_post(token: Token) -> bool:
    if in_lexicon(token, lexicon("post_not_held")) or not in_lexicon(token, lexicon("held_position")):
        return False
    if token.lemma_.lower() == "base":  # "the drone base", "Ain al-Asad air base"; not "their base"
        return any(c.dep_ in ("compound", "amod", "nmod") and c.i < token.i for c in token.children)
    return True
