"""The force a deserter goes over to and the force a place falls to: the opponents of who gives way.

"More than 30 soldiers deserted their unit and joined the People's Defence Force": the force joined is the
enemy of the one deserted (the junta's soldiers, not the PDF's). "The command falls to the MNDAA as hundreds of
troops surrender": the force a place falls to presses the troops who surrender. "Russian deserters now fighting
for the Freedom of Russia Legion fled their unit": the force a deserter or defector (lexicons/force_leaver.txt)
serves or joined since, in a clause on him, is where he went, not whose deserter he is.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places


def joined_forces(trigger: Token) -> list[Token]:
    """What a deserter joins or defects to: the object of "join" conjoined to the trigger ("deserted and joined
    the PDF"), or the "to" of "defect" ("defected to the rebels")."""
    verbs = [trigger, *trigger.conjuncts]
    if any(c.dep_ == "dobj" and places.side_of(tree.phrase(c).text) for c in trigger.children):
        return []  # "deserted the SDF and joined the Syrian army": the force deserted is named
    joins = lexicon("join_side_verb")
    verbs += _own_later_joinings(trigger, joins)
    out = [c for v in verbs if v.lemma_.lower() in joins for c in v.children if c.dep_ == "dobj"]
    out += [g for v in verbs if v.lemma_.lower() in joins for g in tree.prep_objects(v, {"to"})]
    return out + [g for v in verbs if _goes_over(v) for g in tree.prep_objects(v, {"to"})]


def _goes_over(verb: Token) -> bool:
    """ "crossed over to", "went over to" (lexicons/refusal_go_over_verb.txt with its particle)."""
    return verb.lemma_.lower() in lexicon("refusal_go_over_verb") and any(c.lower_ == "over" and c.dep_ in ("prt", "advmod", "prep") for c in verb.children)


def _own_later_joinings(trigger: Token, joins: frozenset[str]) -> list[Token]:
    """The deserter's own joining told in another clause of the sentence, by a personal pronoun for him ("an
    officer who said he had defected from a light infantry battalion told reporters that he and 11 of his men had
    crossed over to a local People's Defence Force unit"): the force he went to, not his side."""
    pronouns = lexicon("pronoun_personal")
    return [
        v for v in trigger.sent
        if v.i != trigger.i and v.pos_ == "VERB" and (v.lemma_.lower() in joins or _goes_over(v))
        and any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in v.children)
    ]


def fallen_to(trigger: Token) -> list[Token]:
    """ "X falls to the MNDAA as troops surrender": the force the governing clause's place falls to."""
    if trigger.dep_ != "advcl" or trigger.head.lemma_.lower() not in lexicon("fall_to_verb"):
        return []
    return tree.prep_objects(trigger.head, {"to"})


def leaver(actor: Token | None) -> bool:
    """Is the actor named as one who left his force for another ("the defectors", "deserters")? The armed group a
    story is about is then where he went, no fallback for his side."""
    return actor is not None and tree.in_lexicon(actor, lexicon("force_leaver"))


def later_force_tokens(actor: Token | None) -> set[int]:
    """The clauses on a deserter or defector that name the force he serves or joined since ("now fighting for
    the Freedom of Russia Legion", "who joined the rebels"), as token indices; none for any other actor, nor for
    a clause that names the force left ("deserters who left the Russian army")."""
    if not leaver(actor):
        return set()
    verbs = lexicon("join_side_verb") | lexicon("serve_verb")
    clauses = [c for c in actor.children if c.dep_ in ("acl", "relcl") and c.i > actor.i]
    return {t.i for c in clauses if c.lemma_.lower() in verbs for t in c.subtree}


def later_forces_in(sentence: Span) -> set[int]:
    """The later-force clauses of every deserter or defector of ``sentence`` ("Russian deserters now fighting for
    the Legion said they had fled": "they" stands for the deserters, not the Legion)."""
    return {i for t in sentence for i in later_force_tokens(t)}
