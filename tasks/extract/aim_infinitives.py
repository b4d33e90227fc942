"""Infinitives of aim and of decision, for realis.py: "a campaign to oust Isis" (an aim, still to come) against "used
the hotline to surrender" (a means used: done), "no choice but to cancel", "no plans to cancel" (an aim denied), a
series of infinitives the parser hung apart, and a decision taken or not yet taken ("the decision to cancel", "may
decide to cancel").
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.asides import additive_aside
from tasks.extract.clause_mood import Realis, perfect
from tasks.extract.patterns import lexicon
from tasks.extract.permission import permitting_head
from tasks.extract.roles import arrived, is_ordinal_infinitive, simple_or_perfect_past


def infinitive_purpose(node: Token, report: frozenset[str]) -> bool:
    """ "a campaign to oust Isis", "sent forces to oust": an aim, not a deed.

    An infinitive governed by an order or a report ("ordered the troops to
    withdraw", "is said to have fled", "had to withdraw") is not an aim.
    """
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return False
    if node.dep_ not in ("xcomp", "advcl", "acl", "relcl", "ccomp"):
        return False
    if is_ordinal_infinitive(node) or additive_aside(node) or permitting_head(node) is not None:
        return False  # "the last soldier to leave Afghanistan": who left, not an aim; "to say nothing of desertion"; "permission to withdraw"
    head = node.head.lemma_.lower()
    asked = head in lexicon("cue_demand") and node.head.pos_ in ("NOUN", "VERB")  # "appealed to conscripts to lay down": the appeal decides
    if node.dep_ == "advcl" and arrived(node.head):
        return False  # "gathered at the gates to surrender": what they came for is what they did
    if node.dep_ in ("advcl", "xcomp") and _used_means(node.head):
        return False  # "used the hotline to surrender", "seized a lull to withdraw": what the means served is what they did
    return head not in lexicon("verb_control") and head not in report and head not in lexicon("head_neutral") and not asked


def _used_means(verb: Token) -> bool:
    """A past use of a means or a chance ("used the hotline", "had seized a lull"): its infinitive is what was done."""
    return simple_or_perfect_past(verb) and verb.lemma_.lower() in lexicon("verb_instrument")


def aim_of_noun(node: Token, purpose: frozenset[str]) -> bool:
    """ "the fight to drive Isis out": an infinitive right after a noun of effort, however it was attached."""
    to = next((c for c in node.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    before = node.doc[to.i - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in purpose


def excepted(came_from: Token, noun: Token) -> bool:
    """The walk came up to a denied noun through its exception ("no choice but to cancel", "no option but to surrender")."""
    return came_from.i != noun.i and came_from.head.i == noun.i and came_from.lower_ in lexicon("cue_exception")


def denied_aim(node: Token) -> Token | None:
    """The determiner that denies the noun an infinitive of aim hangs on ("no plans to cancel the parade"), or the
    verb that denies it ("denied plans to cancel the parade")."""
    noun = node.head
    if node.dep_ not in ("acl", "xcomp") or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon("cue_negating"):
        return noun.head  # "denied plans to cancel the parade", "rejected plans to scrap the carnival"
    return next((c for c in noun.children if c.dep_ == "det" and c.lower_ in lexicon("determiner_negative")), None)


def earlier_infinitive(node: Token) -> Token | None:
    """The infinitive a series of infinitives began with, when the parser hung a later one on the verb above
    ("urging Moscow to respect the truce, to stop the shelling and to pull back"; "continues to urge Russia
    to abide by ..., to end its aggression, and to withdraw"): the verb the series belongs to governs it too."""
    if node.dep_ not in ("xcomp", "advcl") or not _infinitive(node):
        return None
    edge = node.left_edge.i
    if edge == 0 or node.doc[edge - 1].text != ",":
        return None
    before = node.doc[node.sent.start : edge - 1]
    return next((t for t in reversed(before) if t.dep_ in ("xcomp", "advcl") and _infinitive(t) and t.head.i != node.head.i), None)


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def undecided_mood(decider: Token, lexicons: dict[str, frozenset[str]]) -> Realis | None:
    """The mood of a verb of deciding whose content a cancellation is, when it says the decision is not yet made:
    a modal ("will decide to cancel", "may decide that the fair would be cancelled") or a condition ("if the
    council decides to cancel"). None when the decision was taken ("decided to cancel", "the decision to cancel")."""
    if decider.pos_ not in ("VERB", "AUX"):
        return None
    for child in decider.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in lexicons["cue_modal"] and not perfect(decider):
            return Realis(False, "hypothetical" if child.lower_ in lexicons["cue_hypothetical_modal"] else "future", child.text)
        if child.dep_ == "mark" and child.lower_ in lexicon("marker_condition"):
            return Realis(False, "hypothetical", child.text)
    return None


def decided(node: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """An infinitive or clause that a decision or an order governs: "the decision to cancel",
    "came to the determination to cancel", "we have been directed to cancel", "instructed that X be cancelled"."""
    head = node.head
    if node.dep_ not in ("acl", "xcomp", "ccomp", "advcl") or head.i == node.i:
        return False
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and c.lemma_.lower() in lexicons["cue_decision"] for c in head.children):
        return True  # "A decision was taken not to hold the parade": the infinitive is the decision's, not an aim of taking it
    return head.lemma_.lower() in lexicons["cue_decision"]
