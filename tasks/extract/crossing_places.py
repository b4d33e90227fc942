"""Places of a pullback's sentence that are where the force went or what it crossed, not the place it left.

"the last Soviet soldiers crossed the Friendship Bridge at Termez": the bridge is the line crossed (lexicons/
crossed_line.txt), Termez the place; "ordered to regroup in Donetsk", "regrouping in Belarus": the town named
with "in" or "at" is where the force regrouped after leaving, its destination (as "withdrew to Kismayo"), and so is
the place a force "took refuge in" (lexicons/refuge_noun.txt: "took refuge in Cameroon"); "boarded
a C-17 at Kabul airport": the plane boarded is no place; "heading towards Padaung in Magway Region": where the goal lies.
The event's place is then the place left, from the sentence or its document."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon

_NAME_DEPS = ("compound", "amod", "nmod")  # the dependencies that build a noun's name, not words


def crossed_or_reached(trigger: Token) -> set[int]:
    """Token ids of the line a crossing verb crosses (its direct object, a border, river or bridge, with the words of
    its name: "the Friendship Bridge"; not "between Mali and Niger", the states it parts), of the vehicle a boarding
    verb names (lexicons/boarding_verb.txt) and of the place a regrouping verb or a refuge taken names with "in" or "at"
    (lexicons/arrival_prep.txt)."""
    if trigger.pos_ != "VERB":
        return set()
    heading = _goal_settings(trigger)
    lemma = trigger.lemma_.lower()
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if lemma in lexicon("boarding_verb"):
        return _named_noun(objects) | heading
    if lemma == "cross":
        return _named_noun([c for c in objects if in_lexicon(c, lexicon("crossed_line"))]) | heading
    if lemma == "regroup" or any(in_lexicon(c, lexicon("refuge_noun")) for c in objects):
        preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in lexicon("arrival_prep")]
        return {g.i for c in preps for g in c.subtree if g.i != c.i} | heading
    return heading


def _goal_settings(trigger: Token) -> set[int]:
    """Token ids of the goal and the "in" or "at" phrases of a participle of going that names a goal, on the trigger or the verb
    it hangs from ("began leaving the base, heading towards Padaung in Magway Region": where the goal lies)."""
    verbs = [trigger] + ([trigger.head] if trigger.dep_ in ("xcomp", "ccomp", "conj") else [])
    found: set[int] = set()
    for part in (c for v in verbs for c in v.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and c.i > trigger.i):
        preps = [c for c in part.children if c.dep_ == "prep"]
        if any(c.lower_ in lexicon("prep_elsewhere") for c in preps):  # the goal with the place it lies in, hung on it or on the participle
            found |= {g.i for c in preps if c.lower_ in lexicon("arrival_prep") | lexicon("prep_elsewhere") for g in c.subtree if g.i != c.i}
    return found


def _named_noun(nouns: list[Token]) -> set[int]:
    """Token ids of ``nouns`` with the words of their names ("the Friendship Bridge", "a C-17"), not their
    prepositional phrases ("at Kabul airport")."""
    return {t.i for noun in nouns for t in noun.subtree if t.i == noun.i or _in_name(t, noun)}


def _in_name(token: Token, noun: Token) -> bool:
    """Is ``token`` a word of the name of ``noun``, through a chain of name dependencies ("Amu" of "the Amu Darya
    bridge", hung on "Darya")?"""
    while token.i != noun.i and token.dep_ in _NAME_DEPS and token.head.i != token.i:
        token = token.head
    return token.i == noun.i
