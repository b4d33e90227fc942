"""The place an event's own sentence names, before any place of another sentence.

When no place is tied to the event's clause ("The KKB fled into the forest after the exchange of fire with
the security personnel in Sugapa", "In Herat, ... after government forces laid down their weapons", "TTP
militants who attacked a checkpost in Chitral retreated"), the sentence that reports it still says where it
happened more often than the sentences before it do: a town named earlier in the paragraph is one stop of
the story, the sentence's own town is this event's. A sentence read alone already gets that place from the
document fallback (its one sentence is the whole document); this gives a sentence of a longer document the
same answer. The places the event's sentence refuses (the speaker's capital, a destination, the actor's
origin, the dateline) stay refused, and a country gives way to the towns the context names in it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tasks.extract.captives import where_kept
from tasks.extract.clause_places import in_anothers_clause
from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon
from tasks.extract.reference_points import describes_another_place
from tasks.extract.tree import first_conjunct, with_conjuncts
from tasks.normalize import places

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext


def own_sentence_place(trigger: Token, sentence: Span, start: int, context: "DocumentContext", refused_names: frozenset[str], not_here: set[int]) -> list[str]:
    """The specific places (no country) the sentence at ``start`` names, the most specific nearest the trigger with the
    places conjoined to it ("the festivities planned for Jacmel and Cap-Haitien"), but for the names
    ``refused_names`` (lower case), places after a preposition of elsewhere ("fled into Tajikistan"), the
    dateline, the tokens ``not_here`` and the trigger ("Retreat is always heartbreaking"), a side's capital that
    stands for its state ("threats from Washington"), a route ("across the Dnipro"), a reference point ("the last
    town before Goma"), a piece of a longer name ("South Africa's contribution") and
    a place of a later deed ("abandoned his position and was found at a flat in Poltava"); [] when the sentence
    names none."""
    candidates: list[tuple[int, Span]] = []
    for a, b, name in context.places_in(start, start + len(sentence.text)):
        text = context.text[a:b]
        if is_country(text) or name.text in refused_names or text.lower() in refused_names or context.in_dateline(a) or context.after_elsewhere(a):
            continue
        span = sentence.char_span(a - start, b - start, alignment_mode="expand")
        if span is None or span.text.strip().lower() != text.lower():
            continue  # a dateline the parsed line blanks out ("KHARKIV, Ukraine (AP) —"): the document's to give
        if any(t.i in not_here or t.i == trigger.i for t in span) or _piece_of_a_longer_name(span) or later_deed(span.root, trigger):
            continue  # "Retreat is always heartbreaking": the trigger is no place, whatever GeoNames knows
        if places.side_of(text) and not _located_at(span):
            continue  # "without threats from Washington": a side's capital stands for its state, unless "in Kabul"
        if _on_a_route(span.root) or describes_another_place(span.root, trigger):
            continue  # "pull back across the Dnipro": the route; "Sake, the last town before Goma": a reference point
        if in_anothers_clause(span.root, trigger) or where_kept(span.root):
            continue  # "leaving behind Humvees that the group paraded through Raqqa", "hostages held in Gaza": another thing's place
        candidates.append(((context.specificity((a, b, name)), abs(span.start - trigger.i)), span))
    if not candidates:
        return []
    nearest = min(candidates, key=lambda c: c[0])[1]  # the most specific, then the nearest ("Bunia, where the soldiers deserted, lies in Ituri")
    group = {t.i for t in with_conjuncts(first_conjunct(nearest.root))}
    return [span.text for _, span in sorted(candidates, key=lambda c: c[1].start) if span.root.i in group or span is nearest]


def _on_a_route(token: Token) -> bool:
    """Is the name at ``token`` the object of a preposition of a route ("across the Dnipro", "over the Drina")?"""
    head = token
    while head.dep_ in ("compound", "det") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in lexicon("prep_route")


def _located_at(span: Span) -> bool:
    """Does a preposition of where a town lies come just before ``span`` ("in Kabul", "near Moscow"; not "of", "at",
    which also name the owner or the addressee)?"""
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    return before is not None and before.lower_ in lexicon("prep_town") - lexicon("prep_town_after_kind")


def _piece_of_a_longer_name(span: Span) -> bool:
    """Is ``span`` the end of a longer proper name ("Africa" of "South Africa's contribution")?"""
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    return before is not None and before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i in {t.i for t in span}


def later_deed(place: Token, trigger: Token) -> bool:
    """Is ``place`` in a clause conjoined after the trigger's, another deed than the event ("abandoned his position
    and was found two weeks later in Poltava")? Not the main clause of a subject the event describes ("soldiers
    who refused to return were held in pits near Svatove": where they are held for it is read as its place)."""
    verb = next((a for a in place.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i <= trigger.i or verb.dep_ != "conj":
        return False
    return first_conjunct(verb).i == first_conjunct(trigger).i
