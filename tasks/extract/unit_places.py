"""A place inside a unit's name ("the Odesa Territorial Defence battalion", "the Kharkiv brigade", "the 155th
Anne of Kyiv brigade", "the Poltava territorial defence battalion"): the town names the formation, as an honorific
or its home, never where it retreated, surrendered or refused. A name whose last word is a proper noun ("the 3rd
Kharkiv Brigade") is also read by place_tokens.is_open_place through its head; here the formation noun may be lower
case, and "of" may join the name's words where the parser splits the name. Read on the text after the name, so
the document's scan of place names (name_scan.py) and the parse agree. A garrison is the force holding the town
before it ("the Kherson garrison surrendered": Kherson; lexicons/holding_force.txt)."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon
from tasks.normalize.geo import gazetteer

MAX_NAME_WORDS = 5  # words between a place and the formation noun that ends the unit's name
_WORD = re.compile(r"\s*([\w'’.-]+)")


def unit_name_follows(after: str) -> bool:
    """Does the text ``after`` a place's name go on as a unit's name to a formation noun (military_unit.txt, not a
    garrison): only capitalised words, numbers, "of" or words of unit_descriptor.txt between ("Territorial Defence
    battalion", " of Kyiv brigade", " territorial defence battalion")?"""
    formations = lexicon("military_unit") - lexicon("holding_force")
    at = 0
    for _ in range(MAX_NAME_WORDS + 1):
        match = _WORD.match(after, at)
        if match is None:
            return False
        word, at = match.group(1), match.end()
        if word.lower() in formations:
            return True
        if word.lower() in STOP_WORDS and word != "of":
            return False  # "Troops Leave Kherson As Brigade Regroups": a headline's capitalised clause word ends the name
        if not (word[:1].isupper() or word.isdigit() or word == "of" or word.lower() in lexicon("unit_descriptor")):
            return False
    return False


def in_unit_name(token: Token) -> bool:
    """Is the capitalised ``token`` a word of a unit's name a formation noun ends ("Odesa" of "the Odesa Territorial
    Defence battalion")?"""
    return token.text[:1].isupper() and unit_name_follows(token.doc.text[token.idx + len(token) : token.idx + len(token) + 120])


def unit_name_places(span: Span | None) -> list[str]:
    """The places a unit's name in ``span`` is named after ("Kharkiv" of "soldiers of the Kharkiv brigade"): no place
    of the event, but the home of a state's unit, whose country says whose force it is."""
    if span is None:
        return []
    return [t.text for t in span if t.pos_ == "PROPN" and in_unit_name(t) and gazetteer().is_place_name(t.text)]


def force_post(noun: Token) -> bool:
    """A site noun named by the force that holds it, not by a place: a unit's designation ending in a formation
    noun ("the army's 16th Infantry Division base") or an acronym no gazetteer knows ("an FC camp near Panjgur").
    Such a post is where a town's garrison sits; the town named with it is the place."""
    named = [c for c in noun.children if c.dep_ == "compound"]
    if not named:
        return False
    last = named[-1]
    if last.lower_ in lexicon("military_unit"):
        return True
    return all(c.text.isupper() and 1 < len(c.text) <= 5 and not gazetteer().is_place_name(c.text) for c in named)
