"""An order given to another state: "Niger's military rulers have told France to withdraw its soldiers", "Niamey told
Washington to pull its troops out". A government does not command another state's army, so what it tells that state
to do is asked of it (the ontology's "demanded"), not an order reported as issued down a chain of command ("Shoigu
ordered the troops to withdraw", which counts as done; "Trump has told the Pentagon to extricate its troops" is an
order inside one state). So is an order to another state's forces: "Niger's junta ordered French troops to leave the
country" is an ultimatum, whether or not it sets a deadline; an order down one's own chain of command with a deadline
("Trump has ordered US forces in Syria to leave by the spring") is still an order issued."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract import armed, token_classes, tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places
from tasks.normalize.adversaries import enemies_of, state_codes


def orders_another_state(order: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is the object of an order verb (verb_order.txt) a state or its capital, not a force ("told France to ...")?"""
    if order.lemma_.lower() not in lexicon("verb_order"):
        return False
    told = [c for c in order.children if c.dep_ in ("dobj", "dative") and token_classes.has_class(c, "state", lexicons) and not armed.is_armed(c, lexicons)]
    givers = _givers(order)
    for state in told:
        side = places.side_of(tree.phrase(state).text)
        if givers and side is not None and side not in givers:
            return True  # "Niamey told Washington to ...", "Niger's military rulers have told France to ..."
        if not givers and entity_type(state) == "GPE":
            return True  # "The junta told France to ...": a state by its name, not one of its offices ("the Pentagon")
    return False


def orders_foreign_force(order: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Is the object of an order verb the armed force of another state ("Niger's junta ordered French troops to
    leave") or of the giver's enemy ("Sudan's army chief ordered RSF units to withdraw")? Not when either side is
    unknown ("the president ordered American troops"), nor for a group that fights beside the giver, in its chain
    of command ("Russia's defence ministry ordered Wagner units to leave their positions": an order issued)."""
    if order.lemma_.lower() not in lexicon("verb_order"):
        return False
    givers = _givers(order)
    told = [places.side_of(tree.phrase(c).text) for c in order.children if c.dep_ in ("dobj", "dative") and armed.is_armed(c, lexicons)]
    return bool(givers) and any(side is not None and side not in givers and _beyond_command(side, givers) for side in told)


def _beyond_command(side: str, givers: set[str]) -> bool:
    """Is ``side`` a state other than the givers, or an enemy of one of them: a force their order cannot command?"""
    return side in state_codes() or any(side in enemies_of(g) for g in givers)


def _givers(order: Token) -> set[str]:
    """The sides of the order verb's subjects."""
    return {places.side_of(tree.phrase(c).text) for c in order.children if c.dep_ == "nsubj"} - {None}
