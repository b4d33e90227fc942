"""Where a refused task leads ("refused to go back into combat", "to take part in the offensive"): the objects of the
task verb's goal prepositions and its direct object, also when the goal hangs on an adverb of direction ("refused to
go back up to the front line", "to move forward to the assault positions": lexicons/goal_direction_adverb.txt), or
when a headline's bare "to <noun>" is parsed as an infinitive ("Reservists refuse to move to border": "border" an
xcomp with "to" as its auxiliary). A refused boarding leads where the vehicle was to carry them ("refused to board
the boats that were to carry them to the front line", "the trucks meant to take them to Kupiansk"), a refused departure where the refusers were sent ("soldiers
from a unit sent to reinforce Sake refused to leave the camp": lexicons/posting_task_verb.txt; the place left is
no goal), and a refused
move "forward" or "in the second wave" leads into the attack (lexicons/refusal_destination.txt)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon
from tasks.extract.tree import prep_objects


def task_goals(trigger: Token) -> list[Token]:
    """The goals of the tasks (xcomp, acl) that ``trigger`` refuses, and of the vehicles they were to board."""
    return list(dict.fromkeys(g for t in task_clauses(trigger) for g in _goals(t)))


def task_clauses(trigger: Token) -> list[Token]:
    """The verbs of the tasks ``trigger`` refuses, with the clauses that say where a vehicle boarded was to carry them."""
    tasks = [c for c in trigger.children if c.dep_ in ("xcomp", "acl")]
    carrying = [v for t in tasks if t.lemma_ in lexicon("refused_boarding_verb") for v in _carrying_clauses(t)]
    sending = [v for t in tasks if t.lemma_ in lexicon("refused_departure_verb") for v in _sending_clauses(trigger)]
    return tasks + carrying + sending


def goals_elsewhere(trigger: Token) -> set[int]:
    """The words of the places the refusers were sent to ("sent to reinforce Minova") or a vehicle was to carry them
    ("trucks that were to take them to the front line near Kupiansk"): where they would have gone, not where they refused."""
    tasks = {c.i for c in trigger.children if c.dep_ in ("xcomp", "acl")}
    clauses = [v for v in task_clauses(trigger) if v.i not in tasks]
    return {t.i for v in clauses for g in _goals(v) for t in g.subtree}


def _sending_clauses(trigger: Token) -> list[Token]:
    """ "soldiers from a unit sent to reinforce Sake refused to leave": the posting clause in the refusers' subject
    and the infinitive under it."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    posted = [v for s in subjects for v in s.subtree if v.dep_ == "acl" and v.lemma_ in lexicon("posting_task_verb")]
    return posted + [x for v in posted for x in v.children if x.dep_ in ("xcomp", "advcl")]


def _carrying_clauses(task: Token) -> list[Token]:
    """ "board the boats that were to carry them to", "climb into trucks meant to take them to": the clause on the
    vehicle and the infinitive under it."""
    vehicles = [c for c in task.children if c.dep_ == "dobj"] + prep_objects(task, lexicon("prep_boarding"))
    clauses = [c for v in vehicles for c in v.children if c.dep_ in ("relcl", "acl")]
    return clauses + [x for c in clauses for x in c.children if x.dep_ == "xcomp"]


def front_countries(trigger: Token) -> set[int]:
    """Tokens of the country a refused task's front lies in ("refused to go back to the front in Ukraine",
    lexicons/front_noun.txt): it says which war, not where they refused (a unit "based in Buryatia" is where they
    are); a town or region of the front ("the front near Bakhmut") stays the place of the refused task."""
    fronts = [g for g in task_goals(trigger) if g.lemma_.lower() in lexicon("front_noun")]
    return {t.i for f in fronts for g in prep_objects(f, lexicon("prep_task_goal")) if is_country(g.text) for t in g.subtree}


def _goals(task: Token) -> list[Token]:
    found = prep_objects(task, lexicon("prep_task_goal"))
    found += [c for c in task.children if c.dep_ == "dobj" and task.lemma_ not in lexicon("refused_departure_verb")]  # the camp left
    found += [g for a in _direction_adverbs(task) for g in prep_objects(a, lexicon("prep_task_goal"))]
    found += [c for c in task.children if _bare_to_noun(c)]
    found += [c for c in task.children if c.dep_ in ("advmod", "prt") and c.lower_ in lexicon("refusal_destination")]  # "go forward"
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
