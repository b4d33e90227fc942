"""Which clause a name is in, for the event's place: a country that is the subject or object of another verb ("as
Russia ..."), a relative clause the event is not in (another's deed: "Humvees that the group later paraded in Mosul"),
the court that punishes the event, where a report was said ("the minister said on Tuesday in Bogota") and the phrases
of the verb of saying. Read by arguments.locations, event_places.py and own_sentence_place.py.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.accusation import judging_verb
from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon


def state_in_another_clause(token: Token, trigger: Token) -> bool:
    """Is ``token`` a country's name that is the subject or the object of a verb other than the event's ("as Russia
    drew down its presence, the US would expand its own", "would counterbalance Iran ... as it retreats")? A state
    that acts or is acted on in another clause is a party to it, not where the event happened."""
    noun = token.head if token.dep_ in ("compound", "poss", "nmod") else token  # "the US presence would counterbalance Iran"
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head  # "Rex Tillerson, the US secretary of state, outlined ..."
    refers_back = any(t.lower_ in lexicon("country_noun") and any(c.lower_ == "the" for c in t.children) for t in trigger.subtree)
    return (
        noun.dep_ in ("nsubj", "dobj") and noun.head.pos_ == "VERB" and noun.head.i != trigger.i and not refers_back
        and noun.head.lemma_.lower() not in lexicon("place_subject_verb") and is_country(token.text)
    )  # not "Afghanistan marked the anniversary of the last Soviet soldier leaving the country"


def in_other_clause(token: Token, trigger: Token) -> bool:
    """A place in a relative clause the event is not in describes what the clause is about
    ("Germany, which began the war with an attack upon Poland, surrendered"), not where the event happened; so does
    one in a relative clause the parser hung as a clausal complement of the verb before its noun ("deserted, leaving
    behind Humvees that the group later paraded through Raqqa")."""
    return any((a.dep_ == "relcl" or _misread_relative(a)) and not (a.left_edge.i <= trigger.i <= a.right_edge.i) for a in [token, *token.ancestors])


def in_anothers_clause(token: Token, trigger: Token) -> bool:
    """A place in a relative clause (``in_other_clause``) whose own subject is a noun: another's deed ("Humvees that
    the group later paraded through Raqqa"); not one whose pronoun stands for the actor ("a festival it had planned
    in Gulmarg": where the thing cancelled was to be)."""
    return any(
        (a.dep_ == "relcl" or _misread_relative(a)) and not (a.left_edge.i <= trigger.i <= a.right_edge.i)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in a.children)
        for a in [token, *token.ancestors]
    )


def _misread_relative(clause: Token) -> bool:
    """ "Humvees that the group later paraded": a clausal complement with its own subject whose "that" or "which"
    follows a noun, under a verb that is no verb of saying: a relative clause on that noun."""
    mark = next((c for c in clause.children if c.dep_ in ("mark", "nsubj", "dobj") and c.lower_ in ("that", "which") and c.i == clause.left_edge.i), None)
    return (
        clause.dep_ == "ccomp" and mark is not None and mark.i > 0 and mark.nbor(-1).pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and clause.head.lemma_.lower() not in lexicon("cue_report")
    )


def trial_places(trigger: Token) -> set[int]:
    """Tokens of the subject that punishes the event: "a military court in Yekaterinburg sentenced five soldiers
    to prison for desertion": where they were tried. Not where they are held ("imprisoned in the Luhansk region
    for refusing to fight": near where they refused)."""
    for prep in trigger.ancestors:
        verb = judging_verb(prep) if prep.dep_ == "prep" else None
        if verb is not None and prep.lower_ in lexicon("prep_charge") and verb.lemma_.lower() in lexicon("verb_sanction"):
            return {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return set()


def where_said(token: Token, trigger: Token) -> bool:
    """A place after the reporting verb that tells of the event ("the minister said on Tuesday in Bogota"): where
    it was said, not where it happened; not a place set before it ("In London, a spokesperson said"), the scene."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.i < token.head.head.i:
        return False
    verb = token.head.head
    if trigger.dep_ == "dobj" and trigger.head.i == verb.i and token.head.i == trigger.right_edge.i + 1:
        return False  # "announced the cancellation of the parade in Hanoi": the noun's own place, parsed on the verb
    governs = verb.i in {a.i for a in trigger.ancestors} or verb.head.i == trigger.i or _speaking_before_saying(verb, trigger)
    speaking = verb.lemma_.lower() in lexicon("cue_report") or _speaking_before_saying(verb, trigger)
    return verb.i != trigger.i and verb.pos_ in ("VERB", "AUX") and speaking and governs


def said_phrases(trigger: Token) -> set[int]:
    """Tokens of the phrases after a verb of saying that tells of the event, but for the one holding the trigger
    ("the committee said in a statement issued by the US Embassy in Beirut"): how and where it was said, however deep
    the place hangs in it (``where_said`` takes the place right after the verb)."""
    told = [a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX") and _tells_a_clause(a, trigger)]
    told += [c for c in trigger.children if c.pos_ in ("VERB", "AUX") and c.dep_ in TOLD_CLAUSE]  # "..., the minister said in Moscow"
    phrases = [p for v in told if v.lemma_.lower() in lexicon("cue_report") for p in v.children if p.dep_ == "prep" and p.i > v.i]
    return {t.i for p in phrases if not (p.left_edge.i <= trigger.i <= p.right_edge.i) for t in p.subtree}


TOLD_CLAUSE = ("ccomp", "parataxis", "advcl")  # the deps that join a verb of saying and the clause it tells


def _tells_a_clause(verb: Token, trigger: Token) -> bool:
    """Is the trigger inside a clause ``verb`` tells ("said ... that troops had withdrawn"), not its subject or object
    ("refusals have been reported among troops in Luhansk", "Wagner Announces Departure From Mali")?"""
    child = next(c for c in verb.children if c.left_edge.i <= trigger.i <= c.right_edge.i)
    return child.dep_ in TOLD_CLAUSE


def _speaking_before_saying(verb: Token, trigger: Token) -> bool:
    """Is ``verb`` a participle of speaking on the verb of saying that tells of the event ("Speaking in Tbilisi, the
    mayor said Batumi had cancelled ...")?"""
    said = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon("speaking_verb") and said.i != verb.i and said.lemma_.lower() in lexicon("cue_report") and said.i in {a.i for a in trigger.ancestors}
