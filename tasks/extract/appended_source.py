"""A source named at the end of a sentence that the parser hangs on the place before it as an apposition
("Ukrainian forces have withdrawn from Krasnohorivka, the Ukrainian military acknowledged on Tuesday"), or
whose verb it conjoins to the trigger ("The enemy withdrew from three outposts near Bakhmut, Ukraine's defence
ministry said on Monday": "said" a conjunct of "withdrew"), or set off by commas inside the clause ("Ukrainian
troops, the General Staff said, withdrew from Soledar")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.tree import phrase


def source_as_apposition(trigger: Token, report: frozenset[str]) -> str | None:
    """The reporting verb of a trailing "<the source> <said>" read as a relative clause (acl) on a noun set off
    by a comma after the trigger, that noun itself an apposition; the verb says nothing more (no object, no
    clause, no negation), so the noun is who says it, not a thing described."""
    for noun in trigger.subtree:
        if noun.dep_ != "appos" or noun.i <= trigger.i or noun.left_edge.i == 0:
            continue
        if noun.doc[noun.left_edge.i - 1].text != ",":
            continue
        for verb in noun.children:
            if verb.dep_ == "acl" and verb.tag_ == "VBD" and _bare_report(verb, report):
                return verb.text
    return None


def _bare_report(verb: Token, report: frozenset[str]) -> bool:
    if verb.lemma_.lower() not in report:
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "mark", "neg", "xcomp") for c in verb.children)


def conjoined_source(trigger: Token, report: frozenset[str]) -> Span | None:
    """The source of a bare reporting verb after a comma that the parser hung on the trigger as a conjunct or an
    adverbial clause ("withdrew from X, Ukraine's defence ministry said on Monday"): its subject, a name or a noun
    (not "and it said"), else the noun just before it the parser made an apposition of the place ("near Chasiv
    Yar, Ukraine's 24th Mechanized Brigade said"); the verb says nothing more (no object, no clause, no negation),
    and no conjunction joins it ("withdrew and Ukraine said the area was cleared" has its own clause)."""
    if any(c.dep_ == "cc" for c in trigger.children):
        return None
    for verb in trigger.children:
        if verb.dep_ not in ("conj", "advcl") or verb.i <= trigger.i or verb.tag_ != "VBD" or not _bare_report(verb, report):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].pos_ in ("NOUN", "PROPN") and verb.doc[subjects[0].left_edge.i - 1].text == ",":
            return phrase(subjects[0])
        before = [t for t in verb.sent if t.dep_ == "appos" and t.right_edge.i == verb.i - 1 and t.pos_ in ("NOUN", "PROPN")]
        if not subjects and before and verb.doc[before[0].left_edge.i - 1].text == ",":
            return phrase(before[0])
    return None


def source_set_off(trigger: Token, report: frozenset[str]) -> str | None:
    """A bare reporting verb with a subject of its own set off by commas inside the clause ("Ukrainian troops, the
    General Staff said on Monday, withdrew from Soledar"): the parser hangs it on the clause's verb as parataxis;
    the clause it sits in (the trigger's or one above it) is what the source says. Not "he said that ..." (a clause
    of its own), nor "officials did not say" (negated)."""
    for holder in (trigger, *trigger.ancestors):
        for verb in holder.children:
            if verb.dep_ != "parataxis" or verb.pos_ != "VERB" or not _bare_report(verb, report):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects and _commas_around(verb, subjects[0]):
                return verb.text
    return None


def _commas_around(verb: Token, subject: Token) -> bool:
    """The reporting verb's words open on its subject after a comma and close before a comma (the parser may hang
    both commas on the verb)."""
    words = list(verb.subtree)
    first = words[1] if words[0].text == "," else words[0]
    last = words[-1].i if words[-1].text == "," else words[-1].i + 1
    doc = verb.doc
    return first.i == subject.left_edge.i and first.i > 0 and doc[first.i - 1].text == "," and last < len(doc) and doc[last].text == ","
