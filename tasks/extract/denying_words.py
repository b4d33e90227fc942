"""Words that deny an event besides "not", for realis.py: a subject quantified by "no", "none of", "not a single",
"neither" ("No soldiers of the brigade deserted"), but not "no fewer than" (a count); "no longer"; a negating verb
whose own complement it denies instead of its subject ("the pullout prevented a rout").
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.own_clause import lead_in_subject
from tasks.extract.patterns import lexicon


def no_fewer_than(det: Token) -> bool:
    """ "No fewer than 312 Boko Haram terrorists have surrendered", "no less than 40 soldiers": "no" before a comparative
    and "than" (lexicons/comparative_fewer.txt) gives a count, at least so many, and denies nothing."""
    doc = det.doc
    return det.i + 2 < len(doc) and doc[det.i + 1].lower_ in lexicon("comparative_fewer") and doc[det.i + 2].lower_ == "than"


def no_longer(adverb: Token) -> bool:
    """ "no longer withdraw", "are no longer deserting": "no" hangs on "longer", not on the verb, and denies it all the same."""
    return adverb.dep_ == "advmod" and adverb.lower_ == "longer" and any(c.dep_ == "neg" and c.lower_ == "no" for c in adverb.children)


def negative_subject(verb: Token) -> Token | None:
    """ "No soldiers of the brigade deserted": a subject quantified by "no" denies the event; also "None of the
    soldiers deserted during the battle", whose verb the parser hung on "None" as a participle."""
    if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.lower_ in lexicon("pronoun_negative") and verb.head.dep_ not in ("pobj", "dobj"):
        return verb.head
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not lead_in_subject(c)):
        if subject.lower_ in lexicon("pronoun_negative"):
            return subject
        quantifiers = [subject, *(c for c in subject.children if c.dep_ == "nummod")]
        not_one = next((c for q in quantifiers for c in q.children if c.dep_ == "neg" and c.i < subject.i and not no_fewer_than(c)), None)
        if not_one is not None:
            return not_one  # "Not a single one of our fighters has surrendered", "not one soldier deserted"
        det = next((c for c in subject.children if (c.dep_ == "det" and c.lower_ == "no" and not no_fewer_than(c)) or (c.dep_ in ("det", "preconj") and c.lower_ == "neither")), None)
        if det is not None:
            return det
    return None


def denies_another(verb: Token, came_by: str) -> bool:
    """ "Mutiny in Regiment as Reservists Refuse to Fight" (the mutiny parsed as the subject), "the pullout prevented a
    rout": a negating verb with a complement of its own negates that, not the event that is its subject
    ("the withdrawal failed" has none: it is denied)."""
    return came_by == "nsubj" and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
