"""Whose enemy "the enemy" is when its own sentence names the other side beside it, or the land it occupies.

A statement names its own forces and the enemy in one breath: "after the strikes of the Russian Battlegroup
Dnepr, the enemy withdrew" (Ukraine's), "the occupiers fled as the heroic defenders of Ukraine entered Kherson"
(Russia's). The enemy is never the side named with it: it is that side's enemy. Only one side may be named
outside the actor, the event's places and the places fled to; two sides named say nothing of the voice.
"The occupiers fled from Balakliia", "a company of the occupiers refused to attack near Avdiivka": an occupier
(lexicons/occupier_word.txt) is the enemy of the state whose land the event is on, whoever tells it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import armed, tree
from tasks.extract.context import of_token
from tasks.extract.patterns import lexicon
from tasks.normalize import places

OF_LEVELS = 3  # "servicemen of a company of the 114th brigade of the occupiers"


def side_beside(trigger: Token, actor_span: Span, skip: set[int], lexicons: dict[str, frozenset[str]]) -> str | None:
    """The one side the trigger's clause names on a force outside ``actor_span`` and the tokens ``skip`` (places,
    refuges, speakers): "after the strikes of the Russian Battlegroup Dnepr, the enemy was forced to withdraw".
    Only the trigger's own clause: '"The occupiers are fleeing," it said, adding that Russian soldiers had changed
    into civilian clothes' names the occupiers' own side in another clause."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    clause = trigger
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:  # "was forced to withdraw"
        clause = clause.head
    blocked = {t.i for t in actor_span} | skip
    tokens = [t for t in clause.subtree if t.i not in blocked]
    if not tokens:
        return None
    doc, base = trigger.doc, tokens[0].idx
    codes = set()
    for a, b, name in _sides_named(trigger, base, tokens[-1].idx + len(tokens[-1])):
        named = [t for t in tokens if a <= t.idx < b]
        if named and len(named) == len([t for t in doc if a <= t.idx < b]) and any(armed.is_armed(o, lexicons) for o in _owners(named[-1])):
            codes.add(name.code)
    return codes.pop() if len(codes) == 1 else None


def _sides_named(token: Token, start: int, end: int) -> list[tuple[int, int, places.Name]]:
    """The side mentions between the offsets ``start`` and ``end`` of ``token``'s parse, as offsets of that parse: the
    document's own scan of sides (made once), or a scan of that stretch when the parse has no document."""
    document, offset = of_token(token)
    if document is None:
        return list(places.find(token.doc.text[start:end], "sides"))  # a bare sentence (tests): scan it
    shift = offset - token.idx  # the parse's offset in the document
    return [(a - shift, b - shift, name) for a, b, name in document.sides_in(start + shift, end + shift)]


def _owners(token: Token) -> list[Token]:
    """The nouns a side's name belongs to: "Forces" of "the Ukrainian Defense Forces", "defenders" of "the defenders of Ukraine"."""
    while token.dep_ in ("amod", "compound", "poss", "nmod") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        return [token, token.head.head]
    return [token]


def of_chain(actor: Token) -> list[Token]:
    """The actor and the nouns its of-phrases name, OF_LEVELS deep, with their modifiers ("the occupation army")."""
    heads = [actor]
    for _ in range(OF_LEVELS):
        heads += [o for h in heads for o in tree.prep_objects(h, {"of"}) if all(o.i != k.i for k in heads)]
    return heads + [c for h in heads for c in h.children if c.dep_ in ("amod", "compound", "poss")]


def names_occupier(actor: Token) -> bool:
    """Is the actor named as an occupier or invader ("the occupiers", "the occupation army", "units of the invaders")?"""
    words = lexicon("occupier_word")
    return any(tree.in_lexicon(t, words) for t in of_chain(actor))
