"""The country "the country" of an event refers back to: the country the document named last before it.

"Veterans gathered in Moscow to mark 36 years since the last Soviet troops left the country": the country
left is Afghanistan, named before, not a city the sentence names for another clause. The actor's own
state, in its sentence ("The Soviet Union had begun pulling its troops out of the country") or a line before
("The foreign minister of France flew to Bamako ... the last French troops left the country": by its side code), a state acting as a party
("France had already withdrawn its ambassador. ... MINUSMA will not leave the country": Mali, not France),
a destination ("fled into Tajikistan, and pilots flew their aircraft out of the country"), the dateline's
place and the sentence's refused places (a speaker's capital) are skipped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tasks.extract import argument_sides, tree
from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon
from tasks.normalize import places

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext


def country_nouns(trigger: Token, themes: list[Token], preps: frozenset[str] | set[str]) -> list[Token]:
    """ "the country" as the event's theme, object or the object of its preposition of place ("left the
    country", "pulling its troops out of the country"); not "their country" nor "the Baltic country"."""
    nouns = themes + [c for c in trigger.children if c.dep_ == "dobj"] + tree.prep_objects(trigger, set(preps))
    return [n for n in nouns if n.lower_ in lexicon("country_noun") and [c.lower_ for c in n.children] == ["the"]]


def country_referred_to(nouns: list[Token], sentence: Span, context: "DocumentContext", start: int, not_here: set[int], actor: Token | None) -> str | None:
    """The country named last before the first of ``nouns``, but for the actor's own state, the dateline and
    the sentence's tokens ``not_here``; None when none is named before it."""
    if not nouns:
        return None
    actor_tokens = {t.i for t in tree.phrase(actor)} if actor is not None else set()
    own = places.side_of(" ".join(t.text for t in tree.phrase(actor))) if actor is not None else None  # "the last French troops": France
    shift = start - sentence.start_char  # a character of the document's text, less this, is one of the parse's
    for a, b, _ in reversed(context.places_in(0, shift + nouns[0].idx)):
        name = context.text[a:b]
        if not is_country(name) or context.in_dateline(a) or (own is not None and places.side_of(name) == own):
            continue  # the actor's own state, in its sentence or a line before ("The foreign minister of France ... the last French troops left the country")
        span = sentence.doc.char_span(a - shift, b - shift, alignment_mode="expand") if a >= shift else None
        if span is not None and (any(t.i in not_here or t.i in actor_tokens for t in span) or _party_or_goal(span)):
            continue
        if span is None and not _named_as_a_place(context.text, a):
            continue  # "France had withdrawn its ambassador", "accused France" in a line before: a state acting
        return name
    return None


def _party_or_goal(span: Span) -> bool:
    """Is the country at ``span`` a state acting as a party, the subject of a verb ("France had already withdrawn
    its ambassador"; not of a verb of a place where things happen: "Mali has witnessed"; an object stays: "troops
    who entered Kazakhstan ... left the country"), or
    where someone went ("fled into Uzbekistan and Tajikistan"): no country a force is said to leave after it?"""
    first = tree.first_conjunct(span.root)
    goal = first.dep_ == "pobj" and first.head.lower_ in lexicon("prep_elsewhere")
    acts = first.dep_ == "nsubj" and first.head.pos_ == "VERB" and first.head.lemma_.lower() not in lexicon("place_subject_verb")
    return goal or acts or argument_sides.stands_for_its_state(span)  # "France had withdrawn": a party; not "Mali has witnessed"


def _named_as_a_place(text: str, start: int) -> bool:
    """Is the name at ``start`` of a line no parse holds named as a place: after a preposition of place or a
    verb of leaving (lexicons/country_antecedent_cue.txt: "the war in Afghanistan", "to leave Afghanistan")?"""
    words = text[max(start - 20, 0) : start].lower().split()
    return bool(words) and words[-1] in lexicon("country_antecedent_cue")

