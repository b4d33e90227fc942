"""The task declined by leaving: "fled rather than face Boko Haram" refuses a fight; "fled rather than face trial"
or "resigned rather than face questions" avoids a court or an inquiry, no fight (code review round 5b); "refused to
fight the fire" fights no enemy (code review round 13)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, token_classes, tree
from tasks.extract.patterns import Rule, lexicon

TASK_DEPS = ("conj", "advcl", "pcomp", "xcomp")  # as in the rule refusal.resign-rather-than


def alternative_words(lexicons: dict[str, frozenset[str]]) -> frozenset[str]:
    """ "rather", "instead": the first words of the alternatives of cue_alternative.txt ("rather than", "instead of")."""
    return frozenset(cue.split()[0] for cue in lexicons["cue_alternative"])


def faces_no_fight(rule: Rule, trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """A rule whose evidence is the task declined ("rather than <task>"), whose only task is "face" with an object
    that is no force, enemy, battle or front."""
    if not any(node.get("RIGHT_ID") == "rather" for node in rule.pattern) or _deserted(trigger):
        return False
    tasks = [c for c in trigger.children if c.dep_ in TASK_DEPS and tree.in_lexicon(c, lexicon("refusal_task"))]
    if not tasks or any(t.lemma_.lower() != "face" for t in tasks):
        return False
    return not any(_a_fight(o, lexicons) for t in tasks for o in t.children if o.dep_ == "dobj")


def fights_no_enemy(rule: Rule, trigger: Token) -> bool:
    """A refusal whose every fighting task fights no enemy: "refused to fight the fire", "refused to leave the
    embassy to fight the blaze" (lexicons/fight_civil_object.txt)."""
    if rule.label != "REFUSAL_TO_FIGHT":
        return False
    tasks = [t for t in trigger.subtree if t.i != trigger.i and t.pos_ == "VERB" and tree.in_lexicon(t, lexicon("refusal_task"))]
    objects = [[o for o in t.children if o.dep_ == "dobj"] for t in tasks]
    return bool(tasks) and all(found and all(tree.in_lexicon(o, lexicon("fight_civil_object")) for o in found) for found in objects)


def faces_justice(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "fled rather than face trial", "quit instead of facing charges": fleeing justice, for any rule (a retreat
    read off "the soldier fled" as much as a desertion)."""
    if _deserted(trigger) or not any(t.lower_ in alternative_words(lexicons) for t in trigger.subtree):
        return False
    faces = [c for c in trigger.children if c.dep_ in TASK_DEPS and c.lemma_.lower() == "face"]
    objects = [o for f in faces for o in f.children if o.dep_ == "dobj"]
    return bool(objects) and all(tree.in_lexicon(o, lexicons["face_justice_object"]) for o in objects)


def _a_fight(thing: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    words = lexicons["face_fight_object"] | lexicons["war_noun"] | lexicons["enemy_word"] | lexicons["front_noun"]
    return tree.in_lexicon(thing, words) or armed.is_armed(thing, lexicons) or token_classes.has_class(thing, "demonym", lexicons)


def declined_places(trigger: Token, lexicons: dict[str, frozenset[str]]) -> set[int]:
    """Tokens of the alternative not taken, when it lay elsewhere: a service quit ("quit the army rather than fight
    in Ukraine", lexicons/resign_service_verb.txt) or a posting declined ("deserted rather than serve in the
    occupied region", lexicons/posting_task_verb.txt). Not "went home rather than fight in Amhara": they were there."""
    words = alternative_words(lexicons)
    quitting = trigger.lemma_.lower() in lexicons["resign_service_verb"]
    found: set[int] = set()
    for word in (t for t in trigger.subtree if t.lower_ in words):
        after = trigger.doc[word.i + 1 : trigger.right_edge.i + 1]
        task = next((v for v in after if v.pos_ in ("VERB", "AUX") and v.dep_ in TASK_DEPS and v.i != trigger.i), None)
        if task is not None and (quitting or task.lemma_.lower() in lexicons["posting_task_verb"]):
            found |= {t.i for t in task.subtree}
    return found


def _deserted(trigger: Token) -> bool:
    """ "deserted rather than face charges": a desertion whatever it avoids (lexicons/verb_desert_plain.txt)."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in lexicon("verb_desert_plain")
