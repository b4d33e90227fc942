"""Whose event a bare event noun is: "the pullout" with no actor of its own is the one the document named before.

"Naturally, both Putin and Erdogan welcomed the pullout", after "the US withdrawal": the withdrawal is the United
States', not that of a leader who speaks of it or of the enemy it was fought against. The side comes from the
last earlier mention of one of the rule's event nouns with a side just before it ("the US withdrawal", "Trump's
troop withdrawals") or in its "of" phrase ("the withdrawal of 2,000 US soldiers").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from tasks.extract import event_memory, tree
from tasks.extract.context import DocumentContext, context_offset, names_in
from tasks.extract.name_scan import is_country
from tasks.extract.patterns import Rule, lexicon
from tasks.normalize import places

NOUN_REACH_CHARS = 25  # "the US troop withdrawal", "Trump's troop withdrawals": a side this close before the noun
OF_PHRASE_CHARS = 40  # "withdrawal of over 2,000 US troops": the side within the of-phrase's first words
_BREAK = re.compile(r"[,;:.!?](?=\s)|[()\u2014\n]")  # "2,000" and "U.S." do not end a phrase


def bare_event_noun(trigger: Token, actor: Token | None) -> bool:
    """An event noun with no actor and no owner, in a sentence that names no side's force: "the pullout", "the
    process of withdrawal"; not "2,500 Isis fighters remain, all survivors of routs" (the fighters' routs)."""
    if trigger.pos_ != "NOUN" or actor is not None:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in trigger.children):
        return False
    return not _names_a_force(trigger)


def _names_a_force(trigger: Token) -> bool:
    """Does the trigger's sentence name a side's armed force ("Isis fighters", "Russian troops", "Wagner's men")?"""
    armed = lexicon("armed")
    return any(
        c.dep_ in ("amod", "compound", "poss") and tree.in_lexicon(c.head, armed) and places.side_of(tree.phrase(c).text) is not None
        for c in trigger.sent
    )


def event_nouns(rule: Rule) -> list[str]:
    """The nouns a noun rule's trigger takes (its first node's lemmas)."""
    lemmas = rule.pattern[0].get("RIGHT_ATTRS", {}).get("LEMMA", {}) if rule.pattern else {}
    return list(lemmas.get("IN", ())) if isinstance(lemmas, dict) else []


def side_of_event_before(rule: Rule, trigger: Token, actor: Token | None, context: DocumentContext, start: int) -> str | None:
    """The side the document gave an event of the same nouns before ``start``: "the US withdrawal", "the withdrawal of US troops"."""
    nouns = event_nouns(rule)
    if not nouns or not bare_event_noun(trigger, actor):
        return None
    return next((side for _, side in _earlier_mentions(nouns, context, start) if side is not None), None)


def side_of_force_before(trigger: Token, actor: Token | None, context: DocumentContext, reporter: Span | None = None) -> str | None:
    """ "About 1,000 American troops are deployed in Syria. The withdrawal was completed on Friday": an event noun
    that refers back ("the withdrawal", "the surrender"), with no actor of its own, is the force's named just before,
    when its sentence names no side outside its ``reporter`` ("..., Chinese state media said")."""
    if not definite_event_noun(trigger) or not bare_event_noun(trigger, actor) or names_a_side(trigger.sent, reporter):
        return None
    return force_side_before(context, context_offset(trigger))


def names_a_side(sentence: Span, reporter: Span | None) -> bool:
    """Does ``sentence`` name a side outside ``reporter`` and outside a place it names ("the pullout from Kyiv's
    suburbs": Kyiv is where, no side)?"""
    skip = (reporter.start_char - sentence.start_char, reporter.end_char - sentence.start_char) if reporter is not None else (0, 0)
    for a, b, _ in names_in(sentence, "sides"):
        span = sentence.char_span(a, b, alignment_mode="expand")
        if not (skip[0] <= a < skip[1]) and not (span is not None and _a_place_phrase(span.root)):
            return True
    return False


def _a_place_phrase(token: Token) -> bool:
    """Is ``token`` (or the noun it is the possessor of) the object of a preposition of place ("from Kyiv's suburbs",
    "in Syria"), not of "of" ("the surrender of Germany")?"""
    if token.dep_ == "poss":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in lexicon("prep_location") - {"of"}


def definite_event_noun(trigger: Token) -> bool:
    """ "The withdrawal", "this surrender", "last week's withdrawal": an event noun that points back to one the text
    spoke of (not "a full pullout", which a sentence may bring in as new)."""
    return event_memory.refers_back(trigger) and any(
        (c.dep_ == "det" and c.lower_ in ("the", "this")) or (c.dep_ == "poss" and c.lemma_.lower() in lexicon("time_unit"))
        for c in trigger.children
    )


def force_side_before(context: DocumentContext, offset: int) -> str | None:
    """The side of the armed force named last in the lines before ``offset`` ("American troops"), which an event
    noun there can refer back to; none after the police ("British police officers ... The surrender": a suspect's)."""
    side = context.armed_side_before(offset, sided=True)
    police = lexicon("police_force")
    if side is None or any(w in police for w in re.findall(r"[a-z]+", context.paragraph_before(offset).lower())):
        return None
    return side


def side_for_place_adjective(rule: Rule, trigger: Token, actor: Token | None, context: DocumentContext, start: int) -> str | None:
    """ "Neither the Syrian withdrawal nor ...", after "the withdrawal of 2,000 US soldiers from Syria": a state's
    adjective on the event noun says where from when the document named the same event before with another side
    and that state's country after it; the side is that other side's."""
    if actor is None or actor.dep_ != "amod" or actor.head.i != trigger.i or actor.pos_ != "ADJ":
        return None
    adjective = places.side_of(actor.text)
    nouns = event_nouns(rule)
    if adjective is None or not nouns:
        return None
    for end, side in _earlier_mentions(nouns, context, start):
        after = context.places_in(end, end + OF_PHRASE_CHARS + NOUN_REACH_CHARS)
        if side not in (None, adjective) and any(name.code == adjective and is_country(context.text[a:b]) for a, b, name in after):
            return side
    return None


def _earlier_mentions(nouns: list[str], context: DocumentContext, start: int) -> Iterator[tuple[int, str | None]]:
    """The mentions of ``nouns`` before ``start``, last first: where each ends, and the side named just before
    it or in its "of" phrase (None when neither names one)."""
    pattern = r"\b(?:" + "|".join(re.escape(n) for n in nouns) + r")s?\b"
    matches = reversed(list(re.finditer(pattern, context.text[:start], re.I)))
    return ((m.end(), _side_just_before(context, m.start()) or _side_in_of_phrase(context, m.end())) for m in matches)


def _side_just_before(context: DocumentContext, offset: int) -> str | None:
    """A side named in the words just before ``offset``, in the same phrase ("the US troop withdrawal")."""
    named = context.sides_in(offset - NOUN_REACH_CHARS, offset)
    if not named or _BREAK.search(context.text[named[-1][1] : offset]):
        return None
    return named[-1][2].code


def _side_in_of_phrase(context: DocumentContext, offset: int) -> str | None:
    """The side named in an of-phrase starting at ``offset`` ("of over 2,000 US troops")."""
    of = re.match(r"\s+of\b", context.text[offset : offset + 5])
    if of is None:
        return None
    phrase = _BREAK.split(context.text[offset : offset + OF_PHRASE_CHARS], maxsplit=1)[0]
    named = context.sides_in(offset, offset + len(phrase))
    return named[0][2].code if named else None
