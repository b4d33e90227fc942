"""A town inside the scene's region, named in the clause of the circumstance a surrender or a refusal came out of.

"In the Kursk region, a group of soldiers surrendered after being cut off near the village of Pogrebki", "A
resistance group in Sagaing region said 40 soldiers gave themselves up after their outpost near Kawlin was
surrounded": the sentence places the event in a region (its scene, or the speaker's), and the clause that says what
happened right before ("after", "when": lexicons/circumstance_mark.txt) names the town where the force stood. The
ontology's ``location`` is the most specific place the event happened, so that town is the place.

Only a place after a preposition of where a thing lies ("in", "near", "outside", "around") counts, never one the
force came from or went to ("after walking from Oleshky", "after being sent from Moscow"), nor a place that dates the
event ("after the fall of Avdiivka": a noun, no clause). A town GeoNames knows must lie in the region found; a town
it does not know (a village the tagger names) is finer than any region. Cancelled celebrations are left alone: the
circumstance of a cancellation is its cause ("cancelled the festival after a fire near Haro"), not its venue.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import place_spans
from tasks.extract.name_scan import is_country
from tasks.extract.participant_towns import lies_in
from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon
from tasks.normalize.geo import Place, gazetteer

KINDS = ("SURRENDER", "REFUSAL_TO_FIGHT")


def circumstance_towns(found: list[str | None], trigger: Token, refused: set[int], kind: str) -> list[str | None]:
    """The towns the trigger's circumstance clauses name inside the regions or countries ``found`` (a row each);
    ``found`` itself for another kind, when one of its places is no region, or no such town is named."""
    if kind not in KINDS or not found:
        return found
    regions = [_region(name) for name in found]
    if any(region is None for region in regions):
        return found
    towns: list[Span] = []
    for clause in _circumstance_clauses(trigger):
        for token in clause.subtree:
            town = place_spans.place_span(token) if token.i not in refused else None
            if town is None or token.i != town.root.i or any(t.i in refused for t in town) or is_country(town.text):
                continue
            if _located_there(town.root) and _inside(town.text, regions) and all(t.start != town.start for t in towns):
                towns.append(town)
    return [town.text for town in towns] or found


def _circumstance_clauses(trigger: Token) -> list[Token]:
    """The heads of the clauses of circumstance of the trigger and of the task it refuses: "after their trench was
    surrounded", "when their column was trapped" (a clause with its subordinator), "after being cut off" (a clause
    after a preposition); not "after the fall of Avdiivka" (a noun)."""
    marks = lexicon("circumstance_mark")
    verbs = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp"]  # "refused to go back after their convoy was ambushed"
    clauses = [c for v in verbs for c in v.children if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.i < c.i and m.lower_ in marks for m in c.children)]
    clauses += [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in marks for g in c.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")]
    return clauses


def _located_there(name: Token) -> bool:
    """Is the name after a preposition of where a thing lies ("near Kawlin", "outside the town of Bara"), not of
    where it came from or went to?"""
    noun = name
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and in_lexicon(noun.head.head, lexicon("settlement_kind")):
        noun = noun.head.head  # "near the village of Pogrebki": the kind noun stands where the name does
    return noun.dep_ == "pobj" and noun.head.lower_ in lexicon("prep_town") - lexicon("prep_town_after_kind")


def _inside(name: str, regions: list[Place]) -> bool:
    """Does the town lie in one of ``regions``: by GeoNames when it knows the name, else a village finer than any region."""
    if not gazetteer().candidates(name):
        return True
    return any(lies_in(name, region) for region in regions)


def _region(name: str | None) -> Place | None:
    place = gazetteer().resolve(name) if name else None
    return place if place is not None and place.precision in ("admin1", "country") else None
