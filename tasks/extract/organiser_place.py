"""The town named in who cancels a celebration: its authorities' side, before the place the event is read at.

"The Jerusalem municipality cancelled its Hanukkah festival in the Old City", "The mayor of Chernihiv said
there would be no City Day festivities", "The Tel Aviv-Yafo municipality announced that it has called off
its fireworks because of the war in Gaza": the body that cancels is the named town's, whatever place the
sentence's location resolves to (a square the gazetteer files under another country, a town of the reason).
The town is a place name (``place_tokens.is_place``, with the words of its name: the entity's, else the
places table's) inside the actor's phrase, else, for an
actor left unnamed or named by a pronoun, inside the phrase of who announced it, when that phrase is headed
by a common noun ("the mayor of ...", "the ... municipality"), not a name ("The Kyiv Independent reported"); a
government that announces it, named by its state ("the Australian and New Zealand governments confirmed"), is its state's.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from tasks.entities import entities
from tasks.extract import tree
from tasks.extract.context import DocumentContext
from tasks.extract.patterns import lexicon
from tasks.extract.place_tokens import PLACE_LABELS, _in_name_of_celebration, gazetteer_span, is_place
from tasks.normalize import places
from tasks.normalize.adversaries import state_codes

NAMING = ("compound", "poss", "pobj")  # "the Jerusalem municipality", "Kyiv's mayor", "the mayor of Chernihiv"; not "the US-backed government"


def organiser_authority(actor: Token | None, actor_span: Span | None, reporter: Span | None, context: DocumentContext, day: date | None) -> str | None:
    """Whose authorities run the town named in who cancels (the actor, else its announcer), or None."""
    spans = [actor_span] if actor_span is not None and actor is not None and actor.pos_ != "PRON" else []
    reporter = reporter if reporter is not None or actor is None or actor.pos_ != "PRON" else _announcer(actor)
    if (actor is None or actor.pos_ == "PRON") and reporter is not None and reporter.root.pos_ == "NOUN":
        spans.append(reporter)
    for span in spans:
        for token in span:
            if token.pos_ != "PROPN" or token.i == span.root.i or token.dep_ not in NAMING or _in_name_of_celebration(token) or not is_place(token):
                continue  # a town that is itself the actor is read by its name already ("Bethlehem cancels"); "Organisers of the Amani festival": what, not whose
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                continue  # "Lakes" of "Lakes Entrance": the whole name is read at its last word
            name = _name_at(token)
            if name is None or not (span.start <= name.start and name.end <= span.end) or span.root.i in range(name.start, name.end):
                continue
            authority = context.geocoder.authority_of(name.text, day)
            if authority is not None:
                return authority
    return _announcing_government(spans[-1]) if spans and spans[-1] is reporter else None


def _announcing_government(reporter: Span) -> str | None:
    """The state of a government that announces a cancellation named by its state's adjective or name ("the Australian
    and New Zealand governments confirmed" of the dawn service at Gallipoli: Australia's, not Turkey's; round cc23):
    a body of lexicons/public_authority.txt, read when no town in it is one."""
    if not tree.in_lexicon(reporter.root, lexicon("public_authority")):
        return None
    code = places.side_of(reporter.text)
    return code if code in state_codes() else None


def _announcer(pronoun: Token) -> Span | None:
    """The subject of the clause the pronoun's clause is said in ("The Tel Aviv-Yafo municipality announced that
    it has called off ...", the parser having left the statement no reporter): the nearest governing verb's."""
    clause = pronoun.head
    while clause.dep_ in ("ccomp", "xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subject is not None:
            return tree.phrase(subject)
        if clause.dep_ == "acl" and clause.head.pos_ == "NOUN":  # "The ... municipality announced ...", parsed as a modifier of the noun
            return clause.doc[clause.head.left_edge.i : clause.head.i + 1]
    return None


def _name_at(token: Token) -> Span | None:
    """The whole place name ``token`` is part of: its place entity ("Tel Aviv-Yafo"), else the places table's,
    else the name with its compounds before it ("Nablus" of "Nablus municipality", untagged)."""
    entity = next((e for e in entities(token.doc) if e.start <= token.i < e.end and e.label_ in PLACE_LABELS), None)
    start = min([token.i] + [c.left_edge.i for c in token.children if c.dep_ == "compound" and c.i < token.i])
    return entity or gazetteer_span(token) or token.doc[start : token.i + 1]
