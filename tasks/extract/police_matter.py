"""A giving up that the police take part in: a suspect's, not an armed force's.

"The police surrounded the house and the gunman surrendered", "the gunman came out with his hands up and
was arrested by police": the police act in the sentence (a subject, or the agent of a passive), outside
the one who gives up. Not the police as a source ("police said"), nor military police.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.armed import is_armed
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
    return _of_a_group(giver)


def _of_a_group(giver: Token) -> bool:
    """Do the words before the giver or its of-phrase name an armed group, no state ("Nigerian Boko Haram
    fighters", "fighters of the Islamic State-linked insurgency": a hyphen joins no name)?"""
    before = giver.doc[giver.left_edge.i : giver.i]
    whose = [g for p in giver.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    texts = ([before.text] if len(before) else []) + [giver.doc[g.left_edge.i : g.right_edge.i + 1].text for g in whose]
    return any(name.kind != "state" for text in texts for _, _, name in places.find(text.replace("-", " "), "sides"))


def beside_a_force(receiver: Token, receivers: list[Token], giver: Token | None, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "Two militants surrendered to the army and police", "to the police and soldiers": an armed giver whose
    receivers join a police force or an authority to an armed force gives up to that force, as at a siege the two
    stand together; a suspect's "surrendered to police and soldiers" (no armed giver) stays a police matter."""
    if giver is None or receiver.lower_ not in lexicon("police") or not is_armed(giver, lexicons) or (giver.lower_ in lexicon("armed_suspect") and not _of_a_group(giver)):
        return False  # "the gunman who shot two shoppers surrendered to police and the army": a suspect
    others = [r for r in receivers if r.i != receiver.i and r.lower_ not in lexicon("police")]
    return any(is_armed(t, lexicons) for t in others)
