"""The town a celebration belongs to, said by its name or by who cancels it: "the Sibiu jazz festival",
"Valletta's carnival", "Nazareth calls off its Christmas parade". The tagger often calls such a town a
person or an organisation; GeoNames decides (a sizeable place only: "Harvest" of "Harvest Moon Festival" is
no town).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.entities import entity_type
from tasks.extract.name_scan import is_country, names_armed_group
from tasks.extract.patterns import lexicon
from tasks.extract.place_tokens import PLACE_LABELS, in_celebration_name, names_a_sizeable_place
from tasks.extract.tree import in_lexicon
from tasks.normalize.geo import gazetteer


def town_in_the_name(noun: Token) -> Span | None:
    """The town before a celebration noun, in its compounds or as its possessor ("the Kandy Esala procession",
    "Kampala's independence parade"), the first one; a town over the country it lies in ("Lebanon's Byblos
    festival": Byblos; not "Singapore's River Hongbao festival": Hongbao is a town of China)."""
    if not in_lexicon(noun, lexicon("celebration") | lexicon("celebration_generic")):
        return None  # the rule judged the phrase a celebration: "Glasgow's own outdoor event" in a Hogmanay story
    words = [t for t in noun.subtree if t.i < noun.i and _modifies(t, noun)]
    towns = [town for t in words if (town := town_at(t)) is not None]
    if towns and is_country(towns[0].text):  # "Lebanon's Byblos festival": a town of that country after it
        return next((town for town in towns[1:] if _country(town.text) == _country(towns[0].text) is not None), towns[0])
    return towns[0] if towns else None


def _country(name: str) -> str | None:
    place = gazetteer().resolve(name)
    return place.country_code if place is not None else None


def town_that_cancels(actor: Token | None) -> Span | None:
    """The actor of a cancellation when it is a town ("Bethlehem calls off ...", "Nazareth cancels ..."), or one of
    the towns conjoined ("Cannes and Antibes said"): whoever runs the place cancels what was to be held there. Not a
    name with an aside or a phrase of its own ("Paris, Texas", "Dover in Kent"). A Title Case headline's town may be
    tagged a common noun ("Culiacán Calls Off ...")."""
    if actor is None or actor.pos_ not in ("PROPN", "NOUN") or any(c.dep_ in ("prep", "appos") for c in actor.children):
        return None
    return town_at(actor, common=True)


def name_words(noun: Token) -> list[str]:
    """The proper names compounded before a celebration noun, its name's words ("Independence Night Grito", "its Santa
    Tecla fireworks"), not its possessor (the owner: "Valletta's carnival")."""
    words = [t for t in noun.subtree if t.i < noun.i and t.text[:1].isupper() and _modifies(t, noun, ("compound",))]
    return [" ".join(t.text for t in words)] if words else []


def _modifies(token: Token, noun: Token, deps: tuple[str, ...] = ("compound", "poss")) -> bool:
    """Is ``token`` a word of the compounds or the possessor before ``noun`` (not of a phrase after it)?"""
    node = token
    while node.i != noun.i:
        if node.dep_ not in deps or node.head.i == node.i:
            return False
        node = node.head
    return True


def town_at(token: Token, common: bool = False) -> Span | None:
    """The sizeable place named at ``token`` with the words of the name before it ("Tel Aviv"), or None; a capitalised
    word the tagger calls a ``common`` noun too when asked."""
    if token.pos_ not in (("PROPN", "NOUN") if common else ("PROPN",)) or not token.text[:1].isupper() or in_celebration_name(token) or in_lexicon(token, lexicon("celebration")):
        return None
    start = min([token.i] + [c.left_edge.i for c in token.children if c.dep_ == "compound" and c.i < token.i])
    span = token.doc[start : token.i + 1]
    if names_armed_group(span.text):
        return None
    tagged = entity_type(token) in PLACE_LABELS and gazetteer().is_place_name(span.text)  # "Valletta's carnival"; not "Old Town Days"
    return span if names_a_sizeable_place(token) or tagged else None


def places_of_the_cause(sentence: Span, trigger: Token) -> set[int]:
    """The tokens of a reason given with a cancellation ("over the war in Gaza", "after the Mogadishu bombing",
    "because of the floods in Transylvania") or of its motive ("in mourning for the dead in Gaza", ``tribute_noun.txt``): where something else happened, not where the celebration was to be;
    not a phrase that holds the cancellation itself ("After the cancellation of the carnival in Sochi, ...")."""
    tokens: set[int] = set()
    for prep in sentence:
        if prep.dep_ != "prep" or prep.left_edge.i <= trigger.i <= prep.right_edge.i:
            continue
        reason = next((t for t in prep.subtree if t.dep_ == "pobj"), None)
        if prep.lower_ in lexicon("circumstance_mark") and _finite_verb_after(prep):
            tokens |= {t.i for t in prep.subtree}  # "cancels its carnival as insecurity on the Route Nationale 2 worsens": a clause the parser cut
            continue
        if prep.lower_ not in lexicon("prep_cause") and not (reason is not None and reason.lower_ in lexicon("tribute_noun")):
            continue  # "in mourning for the dead in Gaza", "out of respect for the victims in Izium": the motive's people
        if reason is None or reason.pos_ in ("PROPN", "PRON", "NUM") or in_lexicon(reason, lexicon("site") | lexicon("settlement_kind")):
            continue
        tokens |= {t.i for t in prep.subtree}
        after = prep.right_edge.i + 1
        if after < sentence.end and sentence.doc[after].dep_ == "prep" and sentence.doc[after].lower_ in lexicon("prep_location"):
            tokens |= {t.i for t in sentence.doc[after].subtree}  # "over war in Gaza", the parser hanging "in Gaza" on the verb
    return tokens | {t.i for clause in _clauses_of_the_cause(trigger) for t in clause.subtree}


def _finite_verb_after(prep: Token) -> bool:
    """Does a finite verb come right after the phrase of ``prep`` ("as insecurity on the Route Nationale 2 | worsens"):
    the preposition was the conjunction of a clause with a subject of its own?"""
    after = prep.right_edge.i + 1
    return after < len(prep.doc) and prep.doc[after].tag_ in ("VBZ", "VBD", "VBP") and prep.doc[after].i != prep.head.i


def _clauses_of_the_cause(trigger: Token) -> list[Token]:
    """The heads of the clauses with a subject of their own that tell what went on when a cancellation was made or
    why ("calls off fireworks as heatwave hits Valencia", "cancelled the Holi procession after clashes broke out in
    Agra"; lexicons/circumstance_mark.txt, prep_cause.txt): another event's place, not the celebration's venue."""
    marks = lexicon("circumstance_mark") | lexicon("prep_cause")
    return [c for c in trigger.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON" for s in c.children)]
