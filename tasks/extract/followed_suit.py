"""Places and bodies that "followed suit" after a cancellation: "Belgorod said there would be no parade. Kursk,
Pskov and occupied Crimea followed suit" (the idiom: do as the one just named did, WordNet follow_suit.v.01), and
the other wordings of a decision taken again: "Authorities in Zaporizhzhia and Dnipro took similar decisions", "The
Belgorod region took the same decision", "made the same call", "did the same" (round cc22); what "the decision" covers (round cc23: "The decision covers the fireworks display"). The clause cancels too, when the document told a realis cancellation in its own sentence or in the one just
before, with no other clause with a subject of its own between them; after anything else ("The central bank raised
its rate. Two lenders followed suit", "airlines cancelled flights, and Lufthansa followed suit", "Belgorod cancelled
its parade. On Tuesday the bank raised its rate and two lenders followed suit") it is no cancellation, nor when a
"with" or "by" phrase names another act ("Dozens of companies followed suit with statements of support"). Who
follows is a town, a region, a state or an authority (the rule's actor classes)."""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Token

from tasks.entities import entities
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.tree import in_lexicon
from tasks.extract.unfestive import unfestive_kind

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

_SUBJECTS = {"nsubj", "nsubjpass"}


def follows_suit(trigger: Token) -> bool:
    """Does ``trigger`` repeat the act told before: "followed suit", "took the same decision", "took similar
    decisions", "made the same call", "did the same", "did likewise" (lexicons same_act_verb, same_decision_noun,
    same_marker, same_act_pro)? Its line asks for its named entities then, on the first pass already: whether it
    cancels depends on the rows of the lines before, which a first pass may not have yet (``Extractor.attempt``: a
    second pass gives entities only to the lines that asked for them)."""
    if not _repeats_an_act(trigger):
        return False
    entities(trigger.doc)
    return True


def _repeats_an_act(trigger: Token) -> bool:
    lemma, objects = trigger.lemma_.lower(), [c for c in trigger.children if c.dep_ == "dobj"]
    if decision_scope(trigger):
        return True
    if lemma == "follow":
        return any(c.lower_ == "suit" for c in objects)
    if lemma == "do":
        return any(c.dep_ in ("dobj", "advmod") and c.lower_ in lexicon("same_act_pro") for c in trigger.children)
    return lemma in lexicon("same_act_verb") and any(
        o.lemma_.lower() in lexicon("same_decision_noun") and any(a.dep_ == "amod" and a.lower_ in lexicon("same_marker") for a in o.children)
        for o in objects
    )


def decision_scope(trigger: Token) -> bool:
    """ "The decision covers the fireworks display", "The move also applies to the parade": the decision just told
    (lexicons/same_decision_noun.txt, with "the" or "this"), the subject of a verb of its scope (verb_inclusion.txt,
    verb_scope_to.txt); round cc23."""
    verbs = lexicon("verb_inclusion") | lexicon("verb_scope_to")
    return (
        trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and trigger.lemma_.lower() in lexicon("same_decision_noun")
        and trigger.head.lemma_.lower() in verbs and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in trigger.children)
    )


def on_another_topic(trigger: Token) -> bool:
    """Does the repeated decision name a topic of its own that is no celebration ("took the same decision regarding
    the budget", "about the curfew")? Then it repeats no cancellation."""
    words = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    topics = [o for w in words for p in w.children if p.dep_ == "prep" and p.lower_ in lexicon("decision_topic_prep") for o in p.children if o.dep_ == "pobj"]
    return any(not in_lexicon(o, lexicon("celebration")) or unfestive_kind(o) for o in topics)


def note_cancellation(context: "DocumentContext", trigger_start: int) -> None:
    """Note that a realis cancellation's trigger starts at ``trigger_start`` (DocumentContext.cancellation_starts)."""
    context.cancellation_starts.append(trigger_start)


def after_a_cancellation(context: "DocumentContext | None", trigger: Token, offset: int) -> bool:
    """Did a realis cancellation come just before ``trigger`` (at ``offset`` in the document): in its sentence piece
    or the one before, with no clause of its own subject between them, and no "with"/"by" phrase of another act?"""
    if context is None:
        return False
    pieces = context.celebrations.piece_starts
    piece = bisect_right(pieces, offset) - 1
    before = [c for c in context.cancellation_starts if c < offset]
    if piece < 0 or not before or max(before) < pieces[max(piece - 1, 0)]:
        return False
    last, base, followers = max(before), offset - trigger.idx, _followers(trigger)
    for word in trigger.doc:
        subjects = [c for c in word.children if c.dep_ in _SUBJECTS]
        if last < base + word.idx < offset and word not in trigger.subtree and subjects and not any(c in followers for c in subjects):
            return False  # "... and the central bank raised its rate and two lenders followed suit"
    return (decision_scope(trigger) or _fits_a_canceller(trigger)) and not _with_another_act(trigger)


def _followers(trigger: Token) -> list[Token]:
    """Who follows suit: the verb's subject, or when the parser gave it none, the subject it hung on a word before it
    in the sentence ("Kursk, Pskov and occupied Crimea followed suit": "Kursk" the subject of "occupied")."""
    own = [c for c in trigger.children if c.dep_ in _SUBJECTS]
    return own or [c for w in trigger.sent if w.i < trigger.i for c in w.children if c.dep_ in _SUBJECTS and c.i < trigger.i]


def _fits_a_canceller(trigger: Token) -> bool:
    """Is who follows suit a town, a region, a state or an authority (who cancels, lexicons/authority.txt), not
    "Local restaurants", "Dozens of companies", "two lenders"? A name the gazetteer knows counts ("Ternopil", "Rennes")."""
    from tasks.extract.token_classes import has_class
    from tasks.normalize.geo import gazetteer

    lexicons = load_lexicons()
    for subject in _followers(trigger):
        for word in [subject, *subject.conjuncts]:
            if any(has_class(word, cls, lexicons) for cls in ("place", "state", "authority")):
                return True
            if _a_name(word) and gazetteer().resolve(word.text) is not None:
                return True
    return False


def _a_name(word: Token) -> bool:
    """A proper name, or a capitalised word no dictionary knows that the parser took for a noun ("Rennes took the
    same step"); not "Banks followed suit" (a town's name in Australia, and an English word)."""
    from tasks.nlp import dictionary_word

    return word.pos_ == "PROPN" or (word.text[:1].isupper() and dictionary_word(word.lower_) is False)


def _with_another_act(trigger: Token) -> bool:
    """Does a "with" or "by" phrase say the follower did something else ("followed suit with statements of
    support"), not a cancellation ("followed suit by cancelling their fairs")?"""
    acts = lexicon("trigger_cancel_verb") | lexicon("trigger_cancel_noun")
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "by"):
            objects = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
            if objects and not any(o.lemma_.lower() in acts for o in objects):
                return True
    return False
