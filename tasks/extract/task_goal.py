"""Where a refused task leads ("refused to go back into combat", "to take part in the offensive"): the objects of the
task verb's goal prepositions and its direct object, also when the goal hangs on an adverb of direction ("refused to
go back up to the front line", "to move forward to the assault positions": lexicons/goal_direction_adverb.txt), or
when a headline's bare "to <noun>" is parsed as an infinitive ("Reservists refuse to move to border": "border" an
xcomp with "to" as its auxiliary)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon
from tasks.extract.tree import prep_objects

GOAL_PREPS = {"to", "into", "on", "in", "for"}


def task_goals(trigger: Token) -> list[Token]:
    """The goals of the tasks (xcomp, acl) that ``trigger`` refuses."""
    tasks = [c for c in trigger.children if c.dep_ in ("xcomp", "acl")]
    return [g for t in tasks for g in _goals(t)]


def front_countries(trigger: Token) -> set[int]:
    """Tokens of the country a refused task's front lies in ("refused to go back to the front in Ukraine",
    lexicons/front_noun.txt): it says which war, not where they refused (a unit "based in Buryatia" is where they
    are); a town or region of the front ("the front near Bakhmut") stays the place of the refused task."""
    fronts = [g for g in task_goals(trigger) if g.lemma_.lower() in lexicon("front_noun")]
    return {t.i for f in fronts for g in prep_objects(f, GOAL_PREPS) if is_country(g.text) for t in g.subtree}


def _goals(task: Token) -> list[Token]:
    found = prep_objects(task, GOAL_PREPS) + [c for c in task.children if c.dep_ == "dobj"]
    found += [g for a in _direction_adverbs(task) for g in prep_objects(a, GOAL_PREPS)]
    found += [c for c in task.children if _bare_to_noun(c)]
    return list(dict.fromkeys(found))


def _direction_adverbs(task: Token) -> list[Token]:
    """ "go back up to", "head back out to": the adverbs of direction under the verb, and one under "back"."""
    words = lexicon("goal_direction_adverb")
    out = []
    for c in task.children:
        if c.dep_ in ("advmod", "prt") and c.lower_ in words | {"back"}:
            out.extend(a for a in [c, *c.children] if a.dep_ in ("advmod", "prt") and a.lower_ in words)
    return out


def _bare_to_noun(token: Token) -> bool:
    """ "refuse to move to border": a common noun with no determiner parsed as an infinitive under the verb."""
    return (
        token.dep_ == "xcomp" and token.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == token.i - 1 for c in token.children)
        and not any(c.dep_ == "det" for c in token.children)
    )
