"""Who a measure would apply to is a kind, not people who did something: "a law that would allow soldiers who
left their units to return" (f02 of the first article set) names whoever left, as "any soldier who deserted" does
(the ontology: generics are no events). A noun with a determiner ("the soldiers who left") stays people who did."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import of_token
from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon
from tasks.nlp import is_title_case

_UP = ("ccomp", "xcomp", "relcl")
EVENT_NOUN_LEXICONS = ("trigger_retreat_noun", "trigger_surrender_noun", "trigger_departure_noun", "refusal_state_noun", "refusal_revolt_noun")


def under_a_modal(noun: Token) -> bool:
    """The noun is an argument of a verb (or of the clause of a verb) with a hypothetical modal ("would allow soldiers",
    "would let soldiers ... return")."""
    verb = noun.head
    for _ in range(2):
        if any(c.dep_ == "aux" and c.lower_ in lexicon("cue_hypothetical_modal") for c in verb.children):
            return True
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def of_a_measure(noun: Token) -> bool:
    """The noun is an argument of a verb in a relative clause on a measure ("a law that lets soldiers who went AWOL
    return", measure_noun.txt): whoever the measure applies to."""
    verb = noun.head
    return verb.dep_ in ("relcl", "acl") and verb.head.lower_ in lexicon("measure_noun")


def for_a_measure(noun: Token) -> bool:
    """The noun is whom a measure is for ("an amnesty for members of the NPA who surrender their firearms",
    "extends amnesty for rebels who lay down arms", measure_noun.txt): whoever the measure will apply to."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    head = noun.head.head
    measures = lexicon("measure_noun") | lexicon("cue_sanction")  # "tougher penalties for soldiers who desert"
    return in_lexicon(head, measures) or any(c.dep_ == "dobj" and in_lexicon(c, measures) for c in head.children)  # a head with an object is a verb ("granting", tagged a noun)


def sanctioned_kind(noun: Token) -> bool:
    """The noun is the object of a simple present that is a habit or a law ("courts punish soldiers who leave the
    front"), with a simple-present relative clause: a kind. Not in a Title Case headline, whose present tells
    what happened ("Russia Punishes Soldiers Who Refuse To Fight")."""
    verb = noun.head
    simple = verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    present = clause is not None and clause.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    return noun.dep_ == "dobj" and simple and present and not _written_in_title_case(noun)


def _written_in_title_case(token: Token) -> bool:
    """Is the token's line Title Case as written? The parser reads such a headline recased to sentence case
    (tasks/nlp.py), so the parse's own text no longer shows it; the document's text does."""
    document, offset = of_token(token)
    if document is None:
        return is_title_case(token.sent.text)
    start = document.line_start(offset)
    end = document.text.find("\n", offset)
    return is_title_case(document.text[start : end if end >= 0 else len(document.text)])


def kind_under_a_measure(noun: Token) -> bool:
    """A bare plural agent noun a measure applies to ("a law allowing first-time deserters to return", "the new law lets
    deserters return", "the amnesty covers deserters", "a bill on deserters", "extended amnesty for deserters": the
    "for" of ``for_a_measure``): whoever deserted, a kind. With a
    determiner or a number ("300 deserters had returned under the law") they are people who did. Not a noun of the
    event itself ("the new decree follows mass desertions": what happened, no one a measure applies to)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    if any(noun.lemma_.lower() in lexicon(name) or noun.lower_ in lexicon(name) for name in EVENT_NOUN_LEXICONS):
        return False
    measures = lexicon("measure_noun")
    if noun.dep_ == "pobj":
        return noun.head.head.lower_ in measures or for_a_measure(noun)  # "a bill on deserters"; "extended amnesty for deserters"
    verb = noun.head
    for _ in range(2):
        if (verb.dep_ in ("relcl", "acl") and verb.head.lower_ in measures) or any(c.dep_ == "nsubj" and c.lower_ in measures for c in verb.children):
            return True  # "a law allowing deserters", "the law lets deserters return", "the amnesty covers deserters"
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
