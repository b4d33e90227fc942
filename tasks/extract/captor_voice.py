"""A surrender told by the force it was made to: "He gave himself up to us", "they surrendered to our unit", the
sergeant said. "Us" of an armed speaker is a force, so the one who gave himself up to it is its enemy's fighter,
though the lines before name no soldier for "he" to stand for; and a surrender made to a force's machine ("gave
themselves up to a drone") in a story of a war; or made where he reached the enemy's lines ("One man reached Ukrainian
lines and gave himself up"): the force holding them received it."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import of_token
from tasks.extract.patterns import lexicon
from tasks.extract.remainder import count_of_them
from tasks.extract.tree import in_lexicon, prep_objects, subtree_text
from tasks.normalize import places


def to_us(receivers: list[Token], lexicons: dict[str, frozenset[str]]) -> bool:
    """A receiver in the first person plural: "to us", "to our unit", "to our positions" (not "to me": one man),
    in a sentence no police officer or prison guard speaks or acts in ("he gave himself up to us," the police
    officer said; "..., the prison guard said": custody, lexicons/custodial_staff.txt)."""
    plural = lexicons["pronoun_first_person"] - lexicons["pronoun_first_singular"]
    police = lexicons["police"] | lexicon("police_force") | lexicon("custodial_staff")
    if receivers and any(t.lower_ in police for t in receivers[0].sent):
        return False
    return any(
        r.lower_ in plural or any(c.dep_ == "poss" and c.lower_ in plural for c in r.children)
        for r in receivers
    )


def pronoun_gives_up(candidates: list[Token], lexicons: dict[str, frozenset[str]]) -> bool:
    """Who gave himself up is a third-person pronoun ("he", "they") or a count of them ("two of them"), not the
    speakers themselves."""
    return bool(candidates) and all(
        count_of_them(c) or (in_lexicon(c, lexicons["pronoun_personal"]) and not in_lexicon(c, lexicons["pronoun_first_person"]))
        for c in candidates
    )


def unmanned_captor(receivers: list[Token]) -> bool:
    """A receiver that is a force's unmanned machine ("to an unmanned drone", "to a ground robot";
    lexicons/unmanned_captor.txt), in a document about a war: the force that flies or drives it receives the surrender."""
    machines = lexicon("unmanned_captor")
    document, _ = of_token(receivers[0]) if receivers else (None, 0)
    return document is not None and document.military and any(in_lexicon(r, machines) for r in receivers)


def enemy_lines(trigger: Token) -> list[Token]:
    """The side's lines, positions or trench that who gives himself up (``trigger``) went to in the same clause or a verb
    conjoined with it ("managed to reach Ukrainian lines and gave himself up", "crawled to a Ukrainian trench and gave
    himself up"; lexicons/surrender_goal.txt): the side that holds them is the receiver, not his."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj")]
    if trigger.dep_ == "conj":
        verbs += [trigger.head, *(c for c in trigger.head.children if c.dep_ == "conj")]
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "xcomp"]  # "managed to reach"
    goals = [g for v in verbs for g in (*prep_objects(v, lexicon("prep_motion_goal")), *(c for c in v.children if c.dep_ == "dobj"))]
    return [g for g in goals if in_lexicon(g, lexicon("surrender_goal")) and _held_by_a_side(g)]


def _held_by_a_side(goal: Token) -> bool:
    """ "Ukrainian lines", "the positions of the 25th Brigade": lines a side's adjective or of-phrase names."""
    owners = [c for c in goal.children if c.dep_ in ("amod", "compound", "poss")] + prep_objects(goal, {"of"})
    return any(places.side_of(subtree_text(o)) is not None for o in owners)
