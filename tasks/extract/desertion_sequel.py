"""A leaving that tells how deserters or men quitting went: "thousands of soldiers had shed their uniforms and
deserted, leaving behind tanks and ammunition", "more than 200 officers had deserted the force, many of them leaving
the country", "officers have quit the police since March, many of them leaving the country". The participle of
leaving hung on a desertion or a resignation (lexicons/deserting_verb.txt, resign_service_verb.txt) is the
deserters' own going: the desertion's row states the event (REFUSAL_TO_FIGHT, or none for police who quit a job),
and no force withdraws as a body (the ontology's RETREAT is a force's move; its REFUSAL_TO_FIGHT "desert")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon


def sequel_of_desertion(trigger: Token) -> bool:
    """Is ``trigger`` a participle of leaving ("leaving", VBG) whose clause continues a verb of deserting or quitting:
    the verb it hangs on (or one conjoined with it), or a clause just before it under the same verb of saying (the
    parser's reading of "officers have quit ..., many of them leaving ..., the union said")?"""
    if trigger.tag_ != "VBG" or trigger.dep_ not in ("advcl", "ccomp", "conj"):
        return False
    if any(c.dep_ in ("aux", "mark") for c in trigger.children):
        return False  # "deserted while the rest of the battalion was retreating": a clause of its own, the battalion's retreat
    head = trigger.head
    if trigger.dep_ == "ccomp":
        before = [c for c in head.children if c.dep_ == "ccomp" and c.i < trigger.i]
        return any(_deserts(v) for c in before[-1:] for v in (c, *c.conjuncts))
    return any(_deserts(v) for v in (head, *head.conjuncts))


def _deserts(verb: Token) -> bool:
    return verb.pos_ == "VERB" and (tree.in_lexicon(verb, lexicon("deserting_verb")) or tree.in_lexicon(verb, lexicon("resign_service_verb")))
