"""A giving up that the police take part in: a suspect's, not an armed force's.

"The police surrounded the house and the gunman surrendered", "the gunman came out with his hands up and
was arrested by police": the police act in the sentence (a subject, or the agent of a passive), outside
the one who gives up. Not the police as a source ("police said"), nor military police.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon
from tasks.normalize import places


def police_act(sentence: Span, actor: Token | None) -> bool:
    """Whether a police force is a subject or a passive's agent in ``sentence``, outside ``actor``'s phrase."""
    inside = {t.i for t in actor.subtree} if actor is not None else set()
    return any(_acting_police(t) for t in sentence if t.i not in inside)


def _acting_police(token: Token) -> bool:
    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in lexicon("police_force"):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lexicon("military_context") for c in token.children):
        return False  # "military police"
    if token.dep_ == "nsubj":
        return token.head.lemma_.lower() not in lexicon("cue_report")  # not "police said"
    return token.dep_ == "pobj" and token.head.dep_ == "agent"  # "was arrested by police"


def with_owners(receivers: list[Token]) -> list[Token]:
    """The receivers and whose they are: "the Attorney General's Office", "the prosecutor's office" are the
    prosecutor's (a suspect's giving up), as "the general's cavalry" is the general's; and a machine's modifier, the
    force that flies or drives it ("a police robot", "an FBI drone": lexicons/unmanned_captor.txt)."""
    machines = lexicon("unmanned_captor")
    return receivers + [
        c for r in receivers for c in r.children
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and (r.lower_ in machines or r.lemma_.lower() in machines))
    ]


def officers_of_a_side(receiver: Token) -> bool:
    """ "Field Marshal Paulus surrendered to Soviet officers": officers a side's name or a word of war qualifies
    ("Soviet", "British", "army"), not "police officers". The caller asks that the one who gives up be armed (a
    ranked man, a soldier, a unit): then they are an enemy's officers, no police (a suspect's "surrendered to
    British officers" stays a police matter)."""
    if receiver.lemma_.lower() != "officer":
        return False
    mods = [c for c in receiver.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(c.lower_ in lexicon("police_force") for c in mods):
        return False  # "police officers"
    return any(c.lower_ in lexicon("military_context") or places.side_of(c.text) is not None for c in mods)


def insurgents_to_the_state(receiver: Token, giver: Token | None) -> bool:
    """ "Thirteen Al-Shabaab militants surrendered to the authorities", "rebels handed themselves over to the authorities
    under the amnesty": insurgents (``insurgent_noun.txt``) or the men of a named armed group give themselves up to
    the state they fight, whose authorities are no police here; a suspect's or a gunman's "surrendered to the
    authorities" stays a police matter."""
    if giver is None or receiver.lower_ not in lexicon("authority"):
        return False
    if giver.lower_ in lexicon("insurgent_noun"):
        return True
    before = giver.doc[giver.left_edge.i : giver.i]
    return any(name.kind != "state" for _, _, name in places.find(before.text, "sides")) if len(before) else False
