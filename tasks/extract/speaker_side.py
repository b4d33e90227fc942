"""The side a reporter speaks for: named in its own phrase, not in what it is said to work on.

"Russia says the withdrawal is complete", "a spokesman for Ukraine's southern command said": the speaker's side is
named by its head, the words that modify it, an apposition ("Rami Abdel Rahman, the monitor's head") or the first
phrase it is of or for. "Zina Rose Kiryakos, an attorney for Christian victims of Isis" speaks for no side:
Isis is named two phrases down, as whom her clients suffered from.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

_MODIFIERS = ("amod", "compound", "poss", "nmod")


def speaking_side(reporter: Span) -> str | None:
    """The side ``reporter`` names in its own phrase (its head, modifiers, apposition, first prepositional phrase)."""
    heads = [reporter.root, *(c for c in reporter.root.children if c.dep_ == "appos")]
    heads += [g for h in list(heads) for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    words = sorted({t.i for h in heads for t in _named_by(h)})
    return places.side_of(" ".join(reporter.doc[i].text for i in words)) if words else None


def _named_by(head: Token) -> list[Token]:
    """The head and the words of its modifiers ("the Britain-based monitor's head": Britain-based monitor's head)."""
    out = [head]
    for child in head.children:
        if child.dep_ in _MODIFIERS and not tree.in_parentheses(child):
            out += list(child.subtree)
    return out



def soldier_speaks(trigger: Token, context: DocumentContext, offset: int) -> bool:
    """ "... when we gave up," he told a newspaper: the singular pronoun subject of the verb of saying above the
    trigger, after a force named in the lines before, in a story about a war, is one of its soldiers (his "we" is
    his unit)."""
    speaker = _pronoun_speaker(trigger)
    return speaker is not None and context.military and context.armed_before(offset)


def _pronoun_speaker(trigger: Token) -> Token | None:
    """The singular pronoun subject of the verb of saying above ``trigger``, or of one set in the clause above it ("He
    refused, he said, ever to call the war a defeat: 'We were ordered to leave, and we left'")."""
    node = trigger
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lexicon("cue_report") and node.pos_ in ("VERB", "AUX"):
            return _singular_subject(node)
        inserted = [c for c in node.children if c.dep_ == "parataxis" and c.pos_ == "VERB" and c.lemma_.lower() in lexicon("cue_report")]
        if inserted:
            return _singular_subject(inserted[0])
    return None


def _singular_subject(verb: Token) -> Token | None:
    singular = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in lexicon("pronoun_singular")]
    return singular[0] if singular else None


def cited_span(sentence: Span) -> Span | None:
    """The source a report relays: "RIA Novosti said, citing the Russian reconciliation centre" (a participle of
    citing or quoting on a reporting verb): it speaks, it is no actor."""
    for token in sentence:
        if token.tag_ == "VBG" and token.lemma_.lower() in lexicon("cite_verb") and token.head.lemma_.lower() in lexicon("cue_report"):
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if objects:
                return tree.phrase(objects[0])
    return None


def state_speaker_side(reporter: Span) -> str | None:
    """The state ``reporter`` speaks for, when it names one ("Ukraine says", "Sudan army says"); None for a group
    ("the RSF said": a group that reports bare "troops" leaving tells its enemy's as often as its own)."""
    from tasks.extract.receiver_side import state_codes

    side = speaking_side(reporter)
    return side if side in state_codes() else None
