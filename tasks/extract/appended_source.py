"""A source named at the end of a sentence that the parser hangs on the place before it as an apposition
("Ukrainian forces have withdrawn from Krasnohorivka, the Ukrainian military acknowledged on Tuesday")."""
from __future__ import annotations

from spacy.tokens import Token


def source_as_apposition(trigger: Token, report: frozenset[str]) -> str | None:
    """The reporting verb of a trailing "<the source> <said>" read as a relative clause (acl) on a noun set off
    by a comma after the trigger, that noun itself an apposition; the verb says nothing more (no object, no
    clause, no negation), so the noun is who says it, not a thing described."""
    for noun in trigger.subtree:
        if noun.dep_ != "appos" or noun.i <= trigger.i or noun.left_edge.i == 0:
            continue
        if noun.doc[noun.left_edge.i - 1].text != ",":
            continue
        for verb in noun.children:
            if verb.dep_ == "acl" and verb.tag_ == "VBD" and _bare_report(verb, report):
                return verb.text
    return None


def _bare_report(verb: Token, report: frozenset[str]) -> bool:
    if verb.lemma_.lower() not in report:
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "mark", "neg", "xcomp") for c in verb.children)
