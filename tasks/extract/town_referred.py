"""Words that refer back to a town besides "the town" and "the city" (event_places._town_referred_to resolves them
all to the town named last before): a Title Case headline's bare "Town" ("Gangs Seize Mirebalais as Police and
Soldiers Abandon Town"), the town a part of it belongs to ("abandoned the town's rural districts"), and a seat named
by its unit ("RSF pulls out of Gezira state capital", "the Gedo regional capital": the town, not the state), and
"it" as the object left ("insurgents who had held the port town of Mocímboa da Praia ... have abandoned it").
A witness's town ("Residents of El Tarra said ...") is a place of the event the speaker tells of.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tasks.extract import place_spans
from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext


def seat_by_unit(noun: Token) -> bool:
    """Is ``noun`` a seat named by the unit it governs ("Gezira state capital", "the district capital")?"""
    return noun.lower_ in lexicon("seat_noun") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lexicon("seat_unit_word") for c in noun.children
    )


def headline_town(noun: Token, sentence: Span, context: "DocumentContext", start: int) -> bool:
    """Is ``noun`` a bare Title Case "Town" or "City" of the first line, past its first word ("Soldiers Abandon Town")?"""
    at = start + noun.idx - sentence.start_char  # a headline is parsed recased: its words as written are the document's
    written = context.text[at : at + len(noun.text)]
    return at < context.headline[1] and noun.i > sentence.start and written.istitle() and noun.lower_ in lexicon("town_kind") and not list(noun.children)


def referring_towns(nouns: list[Token], sentence: Span, context: "DocumentContext", start: int) -> list[Token]:
    """The words among ``nouns`` (the event's themes, objects and places) and their possessors that refer back to a
    town: "the town" of "the town's outskirts", a seat named by its unit, a headline's bare "Town", "it" as the object
    left ("have abandoned it": the town named before, when the sentence ties no place to the event)."""
    found = []
    for noun in nouns:
        owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in lexicon("town_kind") and any(d.lower_ == "the" for d in c.children)]
        found += owners  # "abandoned the town's rural districts"
        if seat_by_unit(noun) or headline_town(noun, sentence, context, start) or (noun.lower_ == "it" and noun.dep_ == "dobj"):
            found.append(noun)
    return found


def witness_town(place: Token, verb: Token) -> bool:
    """Is ``place`` the town of the subject of the verb of saying ``verb``, a resident ("Residents of Tillia said")?"""
    return any(
        s.dep_ == "nsubj" and s.lower_ in lexicon("witness_resident") and any(p.dep_ == "pobj" and p.i == place.i for c in s.children if c.dep_ == "prep" and c.lower_ in lexicon("prep_resident_of") for p in c.children)
        for s in verb.children
    )


def town_in_sentence(noun: Token, sentence: Span, context: "DocumentContext", not_here: set[int], in_clauses) -> str | None:
    """The town the sentence names last before ``noun``, by the parse (a town the document's scan may lack: "Gangs
    Seize Mirebalais as Police and Soldiers Abandon Town"), in the event's clauses (``in_clauses``), resolved to a town."""
    for t in reversed(sentence[: noun.left_edge.i - sentence.start]):
        if t.pos_ != "PROPN" or t.i in not_here or (span := place_spans.place_span(t)) is None or span.root.i != t.i:
            continue
        if any(x.i in not_here for x in span) or is_country(span.text) or not in_clauses(span.root):
            continue
        place = context.geocoder.place(span.text)
        if (place is not None and place.precision == "city") or (place is None and _residents_town(span.root)):
            return span.text  # "residents of Halgan reported that ... their base in the town": a village the gazetteer lacks
    return None


def _residents_town(token: Token) -> bool:
    """Is ``token`` the town of residents or of its mayor ("residents of Halgan", "the mayor of Tessalit")?"""
    return token.dep_ == "pobj" and token.head.lower_ in lexicon("prep_resident_of") and token.head.head.lower_ in lexicon("witness_resident")
