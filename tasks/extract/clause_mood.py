"""The mood of the clause a trigger heads: imperative, question (inverted), present or perfect,
planned in the past, still to come; and the ``Realis`` value that every realis cue returns.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tasks.extract.patterns import Rule, lexicon
from tasks.extract.threat_condition import in_case


@dataclass(frozen=True)
class Realis:
    realis: bool
    modality: str
    cue: str | None = None


def passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


_PRESENT = {"VBZ", "VBP", "VB"}


def present(verb: Token) -> bool:
    """A present-tense clause: the verb or its first auxiliary ("surrenders", "are withdrawn")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    first = aux[0] if aux else verb
    return first.tag_ in _PRESENT and first.lower_ not in lexicon("not_present_first")


def perfect(verb: Token) -> bool:
    """ "would have surrendered": a perfect after the modal, the counterfactual past."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _inverted(verb: Token) -> Token | None:
    """ "Had they retreated", "Should the alerts continue": an auxiliary before its subject opens a condition."""
    subject = _subject(verb)
    if subject is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in lexicon("conditional_inversion_aux") and c.i < subject.i), None)


def clause_mood(node: Token, trigger: Token, rule: Rule, lexicons: dict[str, frozenset[str]]) -> Realis | None:
    """Cues that make the whole clause of ``node`` irrealis: counterfactual and conditional
    inversions, a condition attached to it, a temporal clause before a future ("once the
    troops are withdrawn, ... will"; or a "would" with the temporal clause still in the present, "said its police
    would deploy after the rebels leave", where a past would have been backshifted), a headline or "is to" infinitive, present "have/need to"."""
    inverted = _inverted(node)
    if inverted is not None:
        return Realis(False, "hypothetical", inverted.text)
    precaution = in_case(node)
    if precaution is not None:
        return Realis(False, "hypothetical", precaution)  # "reserves were put on alert in case the garrison surrendered"
    for clause in (c for c in node.children if c.dep_ == "advcl"):
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        cue = min(marks & lexicon("marker_condition"), default=None) or (_inverted(clause).text if _inverted(clause) is not None else None)
        if cue:
            return Realis(False, "hypothetical", cue)  # "the parade will be called off if the shelling goes on"
    if (node.dep_ in ("advcl", "relcl") and present(node)) or (node.dep_ == "appos" and node.head.lower_ in lexicons["cue_temporal"]):
        words = {c.lower_ for c in node.children if c.dep_ in ("mark", "advmod", "npadvmod")}
        if node.dep_ in ("relcl", "appos"):
            words.add(node.head.lower_)  # "the moment the garrison surrenders" (read as a relative clause or an apposition)
        governor = node.head if node.dep_ == "advcl" else node.head.head
        while governor.dep_ in ("advmod", "prep") and governor.pos_ in ("ADV", "ADP", "SCONJ") and governor.head.i != governor.i:
            words.add(governor.lower_)  # "as soon as the army pulls out, ... will": the clause hangs off "soon"
            governor = governor.head
        future = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and c.lower_ in lexicon("future_modal") for c in governor.children)  # "would deploy after the rebels leave": a reported "will", the present kept; a modal, so "'d" is no "had"
        if not future and any(c.dep_ == "aux" and c.lower_ == "to" for c in governor.children):  # "ready to move in as soon as the Israelis leave": an infinitive is still to come
            future = bool(words & lexicons["cue_temporal"] - lexicon("cue_temporal_simultaneous"))  # not "to battle Isis as it retreats": under way
        if future and words & lexicons["cue_temporal"]:
            return Realis(False, "hypothetical", min(words & lexicons["cue_temporal"]))
    backshifted = reported_future_condition(node)
    if backshifted is not None:
        return Realis(False, "hypothetical", backshifted)  # "said the group would not withdraw until the garrison surrendered"
    if _imperative(node):
        return Realis(False, "demanded", node.text)  # "Occupier, get out of this country"
    to = next((c for c in node.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None:
        if node.dep_ == "ROOT" or _reported_headline_infinitive(node, lexicons["cue_report"]):
            return Realis(False, "future", "to")  # headline: "US To Pull Troops Out Of Syria", "Troops to Desert, Says Moscow"
        head = node.head
        still = _still_to_come(node)
        if still is not None and node.i != trigger.i and node.lemma_.lower() in lexicon("cue_unverified"):
            return None  # "Ukraine has yet to confirm reports that troops have left": a claim not yet checked, still reported
        if still is not None:
            return Realis(False, "negated", still.text)  # "Russian troops have yet to leave Kherson", "is yet to surrender"
        if node.dep_ == "xcomp" and head.lemma_ == "be" and present(head):
            if rule.decision_future and node.i == trigger.i and node.lemma_.lower() in lexicon("abstain_verb"):
                return None  # "Odesa is to forgo its City Day celebrations": the decision not to hold, announced
            return Realis(False, "future", head.text)  # "Israeli forces are to pull out", "is about to surrender"
        if node.dep_ == "xcomp" and head.lemma_ == "be" and head.tag_ == "VBD" and _planned_in_the_past(node, head, lexicons["armed"]):
            return Realis(False, "future", head.text)  # "TPLF fighters were to hand over their heavy weapons": a plan then
        if node.dep_ == "xcomp" and head.lower_ in lexicons["cue_deontic"] | {"need"} and head.lemma_ in lexicon("obligation_verb") and present(head):
            return Realis(False, "demanded", head.text)  # "US forces have to leave Iraq"; "had to" is a deed
    return None


def _planned_in_the_past(verb: Token, be: Token, armed: frozenset[str]) -> bool:
    """ "The fighters were to hand over their weapons under the deal": a past "be to" with a plain infinitive, whose
    subject is the force (an armed noun, a name or a pronoun), is a plan as it stood then, not a deed; not "was to
    have been held" (a perfect: a plan undone, told elsewhere), nor "the order was to withdraw" (what an order said)."""
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children):
        return False
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return subject.pos_ in ("PRON", "PROPN") or subject.lemma_.lower() in armed or subject.lower_ in armed


def _still_to_come(verb: Token) -> Token | None:
    """ "has yet to", "is still to", "had yet to": the adverb on "have" or "be" that says the infinitive has not happened."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_ not in ("have", "be"):
        return None
    return next((c for c in head.children if c.dep_ == "advmod" and c.lower_ in lexicon("cue_not_yet")), None)


def _imperative(verb: Token) -> bool:
    """A command: a main or quoted verb in the base form with no auxiliary and no subject but one
    addressed ("Get out!", "Surrender now", '"Occupier, get out of this country," blasted a truck')."""
    fronted = _fronted_command(verb)
    if not fronted and (verb.dep_ not in ("ROOT", "ccomp", "advcl", "parataxis") or verb.tag_ != "VB" or verb.pos_ != "VERB"):
        return False
    if not fronted and verb.dep_ != "ROOT" and not any(t.is_quote for t in verb.doc[verb.sent.start : verb.i]):
        return False  # in a clause, only a quoted command
    if any(c.dep_ in ("aux", "auxpass", "expl") for c in verb.children):
        return False
    return all(_addressed(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def _fronted_command(verb: Token) -> bool:
    """A headline's command told by a report verb after its comma ("Scrap The Fireworks, Residents Tell Council",
    "Cancel The Parade, Veterans Say"): the sentence's first word, a verb with an object and no subject, hung on
    the report verb (lexicons/cue_report.txt) that follows; the tagger may take a title-cased verb for a noun."""
    doc = verb.doc
    return (
        verb.i == verb.sent.start and verb.dep_ in ("advcl", "ccomp", "parataxis") and verb.head.i > verb.i
        and verb.tag_ in ("VB", "NN", "NNP") and verb.head.lemma_.lower() in lexicon("cue_report")
        and any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and verb.right_edge.i + 1 < len(doc) and doc[verb.right_edge.i + 1].text == ","
    )


def _addressed(subject: Token) -> bool:
    """A vocative taken for a subject: a bare name or noun set off by a comma before its verb ("Occupier, get out")."""
    doc = subject.doc
    return (
        subject.i < subject.head.i and subject.i + 1 < len(doc) and doc[subject.i + 1].text == ","
        and not any(c.dep_ in ("det", "conj") for c in subject.children) and subject.pos_ in ("PROPN", "NOUN")
    )  # a list is no one addressed: "Belgorod, Kursk and Oryol Cancel Parades" (a headline's subjects, each a name)


def _reported_headline_infinitive(node: Token, report: frozenset[str]) -> bool:
    """ "Soldiers to Desert near Pokrovsk, Says Moscow": a headline's "X to V" with a subject of its own under a
    verb of saying is what is to come; not "reported them to have surrendered" (a perfect infinitive: done)."""
    return (
        node.dep_ == "ccomp" and node.head.lemma_.lower() in report
        and any(c.dep_ == "nsubj" for c in node.children)
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children)
    )


def reported_future_condition(node: Token) -> str | None:
    """A past clause of "until", "once" or "as soon as" under a "would" that a verb of saying governs: the reported
    form of "will not withdraw until the garrison surrenders", a condition on a future, not a deed ("a spokesman
    said the group would not withdraw until the garrison surrendered"); the cue word, else None. Not a clause dated
    by a year ("Historians say the siege would last five months, until the garrison surrendered in May 1942"): the
    "would" of a story told of the past, whose end took place."""
    if node.dep_ != "advcl" or node.tag_ != "VBD" or dated_by_a_year(node):
        return None
    words = {c.lower_ for c in node.children if c.dep_ in ("mark", "advmod")}
    governor = node.head
    while governor.dep_ == "advmod" and governor.pos_ in ("ADV", "ADP", "SCONJ") and governor.head.i != governor.i:
        words.add(governor.lower_)  # "would be lifted as soon as the battalion surrendered": the clause hangs off "soon"
        governor = governor.head
    cue = words & lexicon("cue_reported_future_temporal")
    would = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "would" for c in governor.children)
    reported = governor.dep_ == "ccomp" and governor.head.lemma_.lower() in lexicon("cue_report")
    return min(cue) if cue and would and reported else None


def dated_by_a_year(clause: Token) -> bool:
    """A year in a time phrase of the clause ("in May 1942", "in 1945")."""
    return any(
        t.like_num and len(t.text) == 4 and t.text.isdigit()
        for p in clause.children if p.dep_ == "prep"
        for t in p.subtree
    )
