"""The scene a clause is set in: "In Gwadar, the district administration decided not to hold the fireworks": a
place fronted before the subject of the verb that governs the event, and set off by a comma, is where the
event happened (the parser hangs it on "decided", not on "hold").
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def scene_objects(trigger: Token) -> list[Token]:
    """The objects of the fronted phrases of place of the trigger's clause and of the verbs it complements
    ("decided not to hold", "refused orders to deploy")."""
    verbs = [trigger]
    while verbs[-1].dep_ in ("xcomp", "ccomp") and verbs[-1].head.i != verbs[-1].i and verbs[-1].head.lemma_.lower() not in lexicon("cue_report"):
        verbs.append(verbs[-1].head)
    return [obj for verb in verbs for prep in verb.children if _fronted(prep, verb) for obj in prep.children if obj.dep_ == "pobj"]


def _fronted(prep: Token, verb: Token) -> bool:
    """Is ``prep`` a phrase of place before the subject of ``verb``, followed by a comma ("In Bama, the council ...")?"""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    after = prep.right_edge.i + 1
    return (
        prep.dep_ == "prep" and prep.lower_ in lexicon("prep_location") and bool(subjects) and prep.i < min(subjects)
        and after < len(prep.doc) and prep.doc[after].text == ","
    )


def authorities_scene(trigger: Token) -> list[Token]:
    """The objects of the fronted phrases of place of a verb of saying above the trigger whose subject is a public
    authority ("In Pskov and Lipetsk, officials said their parades would not be held"): the authorities of the place
    speak of their own celebrations (a cancellation's place; not a force's, whose speaker may sit elsewhere)."""
    verb = next((a for a in trigger.ancestors if a.lemma_.lower() in lexicon("cue_report")), None)
    if verb is None or not any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon("authority") for c in verb.children):
        return []
    return [obj for prep in verb.children if _fronted(prep, verb) for obj in prep.children if obj.dep_ == "pobj"]
