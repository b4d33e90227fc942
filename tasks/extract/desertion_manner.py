"""How a desertion was done is no other event: "the battalions deserted en masse, slipping away into the hills
at night" (b25 of the second article set): the participle that tells the manner of the desertion is the same
act of leaving, not a retreat of its own (the ontology: a unit retreating on orders is a RETREAT; deserting is not).
So is the escape a helper gives the deserters in the same sentence: "Hundreds of soldiers have defected, according to
a group that helps them escape"; and a verb of going conjoined after the desertion with no subject of its own ("at
least 30 soldiers deserted their posts and fled to territory held by resistance forces", "refused to carry out the
combat order and left the positions": ``lexicons/deserting_verb.txt``, ``deserters_flight_verb.txt``) or before it,
the desertion conjoined with no subject of its own ("slipped away from their regiments and deserted"), not after
"abandoned their posts and retreated", a retreat in its own words."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def manner_participles(trigger: Token, offset: int) -> set[int]:
    """Start offsets of the present participles hung on a desertion's trigger as adverbial clauses."""
    manners = {offset + child.idx for child in trigger.children if child.dep_ == "advcl" and child.tag_ == "VBG" and not _own_doer(child)}
    manners |= {offset + verb.idx for verb in _flight_after(trigger)}
    return manners | {offset + verb.idx for verb in _helped_escapes(trigger)}


def _flight_after(trigger: Token) -> list[Token]:
    """The verbs of going conjoined after a desertion verb (the refusing verb above "refused to obey"), sharing its
    subject: the deserters' going."""
    verb = trigger
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "refused to obey the order and left": the refusal's conjunct
    if verb.lemma_.lower() not in lexicon("deserting_verb"):
        return []
    before = [verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in verb.children) else []
    return [
        c for c in [*verb.children, *before]  # "slipped away from their regiments and deserted": the going before it too
        if (c.dep_ == "conj" or c in before) and c.pos_ == "VERB" and c.lemma_.lower() in lexicon("deserters_flight_verb")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children if c not in before)
    ]


def _own_doer(participle: Token) -> bool:
    """ "deserted while the rest of the battalion was retreating": a clause with a subject or an auxiliary of its own
    tells another force's retreat beside the desertion, not how it was done (probe round 12b)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in participle.children)


def _helped_escapes(trigger: Token) -> list[Token]:
    """ "a group that helps them escape", "a hotline that helps them flee the front": a verb under a verb of helping
    (lexicons/helping_verb.txt) whose doer is "them", in the sentence of the desertion."""
    helps = [t for t in trigger.sent if t.lemma_.lower() in lexicon("helping_verb")]
    return [
        v for h in helps for v in h.children
        if v.dep_ in ("ccomp", "xcomp") and any(c.lower_ == "them" for c in (*v.children, *h.children) if c.dep_ in ("nsubj", "dobj"))
    ]
