"""Authorities a state backs in the land of its enemy ("Kremlin-backed authorities in Horlivka", "the
Moscow-sponsored administration in Tokmak"): the occupier's administration, so the backer's side. Authorities a
state backs in a friendly country stay that country's ("the US-backed government in Kabul" is Afghan)."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places
from tasks.normalize.adversaries import enemies_of


def occupier_side(actor: Token, governed: str | None, day: date | None) -> str | None:
    """The state that backs the authority ``actor`` names, when it is at war with ``governed``, the state the
    event's place belongs to; else None."""
    if governed is None or not tree.in_lexicon(actor, lexicon("authority")):
        return None
    ties = [c for c in actor.children if c.dep_ in ("amod", "acl", "compound") and c.lemma_.lower() in lexicon("backer_participle")]
    backers = [g for t in ties for g in t.children if g.dep_ in ("npadvmod", "compound", "nmod")]
    backers += [g for t in ties for g in tree.prep_objects(t, {"by"})]  # "officials backed by Moscow"
    sides = [s for g in backers if (s := places.side_of(tree.phrase(g).text)) is not None]
    return sides[0] if sides and sides[0] in enemies_of(governed, day) else None
