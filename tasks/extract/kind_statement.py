"""What an event is like, not one that happened: "A mass retreat is one of the saddest sights in the world", "a
surrender is the last option". An event noun with an indefinite article, the subject of a present "is" with a
noun attribute, names the kind of event; "a retreat is under way" (no attribute) still tells of one, and "a pullout
is one of the conditions of the accord" is an aim, judged as such elsewhere. Whose kin a rule is for names a kind
too: "Relatives of soldiers who have deserted may contact the project"."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.patterns import lexicon


def said_of_a_kind(noun: Token) -> bool:
    """An "a"/"an" event noun, subject of a present copula with a noun attribute."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    determiners = [c for c in noun.children if c.dep_ == "det"]
    indefinite = bool(determiners) and all(c.lower_ in lexicon("determiner_indefinite") for c in determiners)
    attributes = [c for c in verb.children if c.dep_ == "attr"]
    return indefinite and bool(attributes) and not any(_aim_word(t) for a in attributes for t in a.subtree)


def _aim_word(token: Token) -> bool:
    """ "one of the conditions of the accord", "the plan": an aim or a plan, judged as one (cue_condition, cue_future)."""
    lemma = token.lemma_.lower()
    return lemma in lexicon("cue_condition") or lemma in lexicon("cue_future")



def kin_of_a_kind(noun: Token, relative: Token) -> bool:
    """A bare plural named as whose kin a rule is for ("Relatives of soldiers who have deserted may contact the
    project", "Families of soldiers who deserted can call the hotline", "Families of soldiers who surrender are
    told nothing"): the "of" object of a bare plural subject whose verb has a modal of ability or possibility, or
    is a simple present after a simple-present ``relative`` clause, names whoever did. Not an episode: "Relatives of
    soldiers who deserted protested" (past), "are being questioned" (going on), "who surrendered in Mariupol" (a
    named place, force or date in the relative clause)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    owner, verb = noun.head.head, noun.head.head.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    first = auxes[0] if auxes else verb
    episode = verb.tag_ == "VBG" or any(c.tag_ in ("VBG", "VBN") or c.lemma_ == "have" for c in auxes)
    modal = first.tag_ == "MD" and (first.lower_ in lexicon("cue_ability") or first.lower_ in lexicon("cue_epistemic_modal"))
    simple = relative.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in relative.children)
    timeless = modal or (simple and first.tag_ in ("VBZ", "VBP"))
    owner_bare = owner.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in owner.children)
    named = any(t.pos_ == "PROPN" or entity_type(t) == "DATE" for t in relative.subtree) or _episode(relative, verb)
    return owner_bare and verb.pos_ in ("VERB", "AUX") and timeless and not episode and not named


def _episode(relative: Token, verb: Token) -> bool:
    """ "soldiers who surrendered near the village" (a definite place, lexicons/prep_episode_place.txt, not the front),
    "who deserted from the brigade last winter" (a date the parser hung on the main clause, before its verb)."""
    places = (
        o for p in relative.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_episode_place")
        for o in p.children if o.dep_ == "pobj"
    )
    if any(any(d.dep_ == "det" and d.lower_ == "the" for d in o.children) and o.lower_ not in lexicon("front_noun") for o in places):
        return True
    return any(entity_type(t) == "DATE" for t in relative.doc[relative.i + 1 : verb.i])
