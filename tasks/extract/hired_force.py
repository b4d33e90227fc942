"""Whose side hired contractors are: "About 280 Romanian private military contractors who had been training and
supporting the Congolese army also surrendered": contractors (lexicons/hired_force_noun.txt) are no force of the
state their passport names; the armed force their own clause says they work for, train or support
(lexicons/hired_work_verb.txt) is their side (the Congolese army's, COD). A contractor phrase with no such clause
is read as before."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import armed, tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places


def hired_side(actor: Token | None, lexicons: dict[str, frozenset[str]]) -> str | None:
    """The side of the force the contractors ``actor`` names work for, by the clause or participle on them."""
    if actor is None or not tree.in_lexicon(actor, lexicon("hired_force_noun")):
        return None
    clauses = [c for c in actor.children if c.dep_ in ("relcl", "acl")]
    for verb in (v for c in clauses for v in tree.with_conjuncts(c)):
        if verb.lemma_.lower() not in lexicon("hired_work_verb"):
            continue
        served = [c for c in verb.children if c.dep_ in ("dobj", "agent")] + tree.prep_objects(verb, lexicon("prep_hired_by"))
        for force in served:
            side = places.side_of(tree.phrase(force).text) if armed.is_armed(force, lexicons) else None
            if side is not None:
                return side
    return None
