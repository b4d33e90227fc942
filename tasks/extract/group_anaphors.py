"""Definite descriptions and pronouns that refer back to an armed group: "the group", "its militants", "members of
the movement", "its members", and "it" for a group driven from ground it held. Read by the actor gate
(``participants.py``) and by sides (``sides.py``); split out of ``roles.py``."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.armed import is_armed, is_leader
from tasks.extract.context import of_token
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.place_tokens import is_place
from tasks.extract.tree import in_lexicon, phrase, prep_objects
from tasks.normalize import places


def is_anaphor(token: Token) -> bool:
    """A definite description that refers back to an armed group: "the group", "its militants"."""
    named = token.lemma_.lower() in lexicon("anaphor") or token.lower_ in lexicon("anaphor")
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in lexicon("determiner_anaphoric") for c in token.children) or any(
        c.dep_ == "poss" and c.lower_ in lexicon("pronoun_owner") and not _owner_other_than_a_leader(token) for c in token.children
    )  # "his organisation's retreat", after the group's leader
    return named and definite


def it_for_group(pronoun: Token, trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "it" for an armed group driven from ground it held: the group that the subject of the sentence's main clause
    names after it ("Although it has been ousted from Manbij, the group keeps sleeper cells") or that opens the
    sentence before ("Hamas fired rockets overnight. It was pushed out of ..."). The trigger must name the ground
    (a place, a position, a border, a river): not "it was cleared out by engineers" (a tunnel), "forced off the air"
    (a station), "pushed back into service" (a port)."""
    if pronoun.lower_ not in lexicons["pronoun_group"] or pronoun.pos_ != "PRON" or not _names_ground(trigger, lexicons):
        return False
    sentence = pronoun.sent
    subjects = [c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > pronoun.i]
    if pronoun.head.dep_ == "advcl" and pronoun.head.head == sentence.root and subjects:
        return _one_group(subjects[0], lexicons)
    document, offset = of_token(pronoun)
    if document is None or not (pronoun.i == sentence.start or pronoun.dep_ == "dobj"):
        return False
    return document.group_opens_sentence_before(offset - pronoun.idx + sentence.start_char) is not None


def _names_ground(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does the trigger say from, out of, across or to what ground the force was driven ("from Manbij", "across the
    river", "to the edge of the desert")?"""
    ground = lexicons["position"] | lexicons["frontier_noun"] | lexicons["water_body"] | lexicons["margin_noun"] | lexicons["area_noun"]
    found = prep_objects(trigger, set(lexicon("prep_ground")))
    return any(is_place(t) or in_lexicon(t, ground) for t in found)


def _one_group(subject: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """An armed group named as one: "Isis", "the Wagner Group", "the group" (not "fighters", "troops")."""
    if subject.tag_ not in ("NNP", "NN") or subject.lower_ in lexicons["pronoun_noncombatant"]:
        return False
    return is_anaphor(subject) or (is_armed(subject, lexicons) and bool(places.find(phrase(subject).text, "sides")))


def _owner_other_than_a_leader(token: Token) -> bool:
    """ "The chief executive of a bank said his organisation's withdrawal ...": a subject before the possessive that
    names no leader of a side nor a force is whose "his" is (not "Baghdadi was down to a few loyalists, tested by the
    chaos of his organisation's retreat")."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and not is_leader(t) and not is_armed(t, load_lexicons())
        and not in_lexicon(t, lexicon("commander") | lexicon("group_leader_noun"))  # "Al-Shabaab's leader was killed, and his organisation's retreat followed"
        for t in token.sent if t.i < token.i
    )


def is_member_of_anaphor(token: Token) -> bool:
    """ "senior members of the group", "some of the movement": members of what a definite description refers back to."""
    return token.lemma_.lower() in lexicon("member") and any(
        g.dep_ == "pobj" and is_anaphor(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    )


def is_member_of_antecedent(token: Token) -> bool:
    """ "its members", "their men": members of whatever "its"/"their" refers back to."""
    return in_lexicon(token, lexicon("member_person")) and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)
