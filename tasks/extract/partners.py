"""The other sides of an actor that names several: "U.S. and South Korean troops withdrew", "Malian troops and Wagner
mercenaries pulled out". The ontology asks for one event row per participant; the first conjunct's side is the
event's (``sides.py``), the ones coordinated with it give a row each."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import roles
from tasks.extract.patterns import lexicon
from tasks.normalize import places

MODIFIERS = ("amod", "nmod", "compound")  # "Russian and Syrian forces", "U.S. and South Korean troops"


def own_words(token: Token) -> str:
    """A conjunct's phrase without the conjuncts that follow it ("South Korean", not "South Korean and Iraqi")."""
    cut = {d.i for c in token.children if c.dep_ in ("cc", "conj") for d in c.subtree}
    return " ".join(t.text for t in token.subtree if t.i not in cut)


def partner_sides(actor: Token | None, side: str | None) -> list[str]:
    """The sides other than ``side``, the event's, of the nationalities coordinated on the actor's noun ("Russian
    and Syrian forces": Syria) when the first of them gave the event its side (not "Syrian and Iraqi fighters of the
    Islamic State": where they come from), and of the armed groups and states' armies coordinated with the actor
    ("Malian troops and Wagner mercenaries": Wagner; "and French soldiers": France), in order. A state's demonym on
    other conjoined nouns is left alone ("Ukrainian troops and British volunteers": volunteers of Ukraine)."""
    if actor is None or side is None:
        return []
    out: list[str] = []
    for mod in (c for c in actor.children if c.dep_ in MODIFIERS and c.i < actor.i and places.side_of(own_words(c)) == side):
        out += [code for c in mod.conjuncts if (code := places.side_of(own_words(c)))]
    for other in (c for c in actor.conjuncts if c.i > actor.i and c.pos_ in ("NOUN", "PROPN")):
        named = [n for _, _, n in places.find(own_words(other), "sides")]
        groups = [n.code for n in named if n.kind == "group"]
        army = roles.in_lexicon(other, lexicon("regular_soldier") | lexicon("force_word"))  # "and French soldiers": France's army
        out += groups[:1] or ([named[0].code] if named and army else [])
    return [code for code in dict.fromkeys(out) if code != side]
