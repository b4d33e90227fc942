"""Did it happen? Realis and modality of a trigger, with the cue that decided it.

Modalities: ``asserted`` and ``reported`` (realis true); ``negated``,
``future``, ``demanded``, ``hypothetical`` (realis false). The walk goes from
the trigger up its chain of governing verbs until a reporting verb ("X said
that ...") closes the clause.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tasks.entities import entity_type
from tasks.extract.alternatives import lesser_alternative
from tasks.extract.appended_source import source_as_apposition
from tasks.extract.asides import additive_aside, change_of_state
from tasks.extract.attempt import attempt_under_way, tried_under_way
from tasks.extract.carried_out import announced_then_done, kept_in_captivity, kept_in_deed
from tasks.extract.conditioned_intent import intent_over_condition
from tasks.extract.contradicted import contradicted_claim
from tasks.extract.deadline_given import time_granting_verb
from tasks.extract.explained_event import explains_the_event
from tasks.extract.foreign_order import orders_another_state
from tasks.extract.going_to import negated_going_future
from tasks.extract.kind_statement import kin_of_a_kind, said_of_a_kind
from tasks.extract.mandative import mandative_clause
from tasks.extract.measure_kind import of_a_measure, sanctioned_kind, under_a_modal
from tasks.extract.negative_recipient import nothing_given, to_nobody
from tasks.extract.not_until import happened_at_last
from tasks.extract.patterns import Rule, lexicon
from tasks.extract.pointed_example import pointed_to
from tasks.extract.purpose_clause import purpose_marker
from tasks.extract.report_cues import as_reported_by, claimed_modifier, emerged_that, report_noun, reported_of, said_in_report_noun, that_marked
from tasks.extract.roles import arrived, demand_noun, is_ordinal_infinitive, reported_doers, simple_or_perfect_past
from tasks.extract.sanction_participle import sanctioned_act
from tasks.extract.short_of import stopped_short_of
from tasks.extract.surrender_channel import calls_a_channel, channel_use
from tasks.extract.threat_condition import in_case, threat_behind

_CLAUSE_UP = {"acomp", "appos", "dative", "csubj", "csubjpass", "xcomp", "conj", "acl", "pcomp", "advcl", "relcl", "ccomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "amod"}


@dataclass(frozen=True)
class Realis:
    realis: bool
    modality: str
    cue: str | None = None


def judge(trigger: Token, sentence: Span, rule: Rule, lexicons: dict[str, frozenset[str]]) -> Realis:
    found = _judge(trigger, sentence, rule, lexicons)
    claimed = claimed_modifier(trigger)
    if claimed is not None and not found.realis and found.modality in ("future", "demanded", "hypothetical") and found.cue != "?":
        return Realis(True, "reported", claimed.text)  # "will provide details on Russia's claimed withdrawal": claimed as done
    return found


def _judge(trigger: Token, sentence: Span, rule: Rule, lexicons: dict[str, frozenset[str]]) -> Realis:
    modal = lexicons["cue_modal"]
    future = lexicons["cue_future"]
    demand = lexicons["cue_demand"]
    negating = lexicons["cue_negating"]
    report = lexicons["cue_report"]

    if sentence.text.rstrip().rstrip("\"'").endswith("?"):
        return Realis(False, "hypothetical", "?")
    if rule.governor_is_event and trigger.head.i != trigger.i:
        trigger = trigger.head  # "refused to hold the parade": whether the refusal happened
    node = trigger
    reported_by: str | None = None
    noun_object = trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "pobj", "attr")
    generic = _generic(trigger, lexicons)
    if generic:
        return Realis(False, "hypothetical", generic)
    declined = _declined_alternative(trigger, lexicons["cue_alternative"])
    if declined is not None:
        return Realis(False, "negated", declined)  # "fled rather than surrender": they did not surrender
    aim = purpose_marker(trigger)
    if aim is not None:
        return Realis(False, "hypothetical", aim.text)  # "we remember so it does not happen again": an aim
    either = lesser_alternative(trigger) if rule.label == "CANCELLED_CELEBRATION" else None
    if either is not None:
        return Realis(False, "hypothetical", either.text)  # "would be postponed or cancelled": one of two outcomes
    example = pointed_to(trigger)
    if example is not None:
        return Realis(True, "asserted", example.text)  # "Look no further than the Kiel Mutiny": an example given, nothing asked
    if trigger.dep_ == "pobj" and trigger.head.lower_ in lexicon("cue_comparison"):
        return Realis(False, "hypothetical", trigger.head.text)  # "offers Ukraine more than capitulation": weighed, not done
    granting = time_granting_verb(trigger)
    if granting is not None:
        return Realis(False, "demanded", granting.text)  # "gave French troops until the end of the year to leave": an ultimatum
    came_by, came_from = "", trigger
    going_off = -1  # the "going" of a negated "be going to" over the event (going_to.py)
    anterior = False  # the walk came up out of "after surrendering ...": the main clause followed the event
    commented_on = False  # the walk came up through "comment on the withdrawal": a remark on a known event
    quoted = _quoted_names(sentence, trigger)
    use = channel_use(trigger)  # "soldiers calling the hotline to surrender": as real as the call, read from the clause above it
    if use is not None and use.head.i == use.i:
        return _told(trigger, sentence, use, None, lexicons)  # "soldiers reportedly used the hotline to surrender": hedged
    if use is not None:
        came_by, came_from, node = use.dep_, use, use.head
    for depth in range(0 if change_of_state(trigger) else 8):  # "from fighter to deserter": no infinitive to judge
        if node.i in quoted and node.dep_ in _CLAUSE_UP and node.head.i != node.i:
            came_by, came_from, node = node.dep_, node, node.head
            continue  # "surrendered through the 'I Want to Live' hotline": a name in quotes says nothing of the event
        if explains_the_event(node, came_by, came_from) and (trigger.pos_ != "NOUN" or _definite_event(trigger)):
            break  # "gave no reason for the cancellation", "offered no explanation for calling off": the event took place
        if _demand_above(node, trigger, came_by, demand):
            return Realis(False, "demanded", node.text)  # "threatened to pull out unless paid": a threat, whatever its condition
        mood = _clause_mood(node, trigger, rule, lexicons)
        intent = intent_over_condition(node, demand, future) if mood is not None and not mood.realis else None
        if intent is not None:
            return Realis(False, intent[0], intent[1].text)  # "threatened to refuse to serve if the law passes": the threat decides
        if mood is not None:
            return mood
        remark = depth == 2 and noun_object and came_by == "prep" and node.lemma_.lower() in lexicon("verb_remark") and _definite_event(trigger)
        remark = remark or (depth == 1 and noun_object and came_by == "dobj" and node.lemma_.lower() in lexicon("verb_remark_object") and _definite_event(trigger))
        commented_on = commented_on or remark
        for child in [] if anterior else node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "never")) or _no_longer(child):
                if _unverified(node, trigger):
                    reported_by = reported_by or node.text
                    continue  # "could not be independently verified": a claim nobody could check, still reported
                if child.dep_ == "det" and _excepted(came_from, node):
                    continue  # "had no choice but to cancel": the event is the one choice left
                if rule.negation_is_event and (depth == 0 or (depth == 1 and node.lemma_ == "be") or node.i == going_off):
                    continue  # "will not be held", "there won't be a parade", "is not going to hold": the negation is the event
                if depth == 1 and noun_object and node.lemma_.lower() not in lexicon("verb_existential") | lexicon("verb_perform"):
                    continue  # "did not explain the cancellation": the cancellation still happened; not "did not beat a retreat"
                if remark:
                    continue  # "Moscow has not commented on the withdrawal": the withdrawal still happened
                if depth == 1 and came_by in ("nsubj", "nsubjpass") and (node.lower_ in lexicons["cue_false"] or any(c.dep_ in ("acomp", "attr") and c.lower_ in lexicons["cue_false"] for c in node.children)):
                    continue  # "the withdrawal was not fabricated", "the surrender was not fake": a falsehood denied
                if depth == 0 and _demand_above(node.head, trigger, node.dep_, demand):
                    return Realis(False, "demanded", node.head.text)  # "urged the soldiers not to desert": what was asked
                if depth == 0 and child.dep_ == "neg" and happened_at_last(node):
                    continue  # "did not surrender until 1974": it happened then
                return Realis(False, "negated", child.text)
            if child.dep_ == "mark" and child.lower_ in lexicon("marker_condition") | lexicon("marker_open_question"):
                threat = threat_behind(node, child)
                if threat is not None:
                    return Realis(False, "demanded", threat.text)  # "would be stormed unless it surrendered": what the threat asks
                return Realis(False, "hypothetical", child.text)
        if not rule.negation_is_event and not anterior:
            nobody = _negative_subject(node)
            if nobody is not None:
                return Realis(False, "negated", nobody.text)  # "No Hamas fighters have surrendered"
            nobody = to_nobody(node)
            if nobody is not None:
                return Realis(False, "negated", nobody.text)  # "gave ground to nobody"
            nothing = nothing_given(node) if depth == 0 else None  # the event's own verb: not "to say nothing of desertion"
            if nothing is not None:
                return Realis(False, "negated", nothing.text)  # "gave up no ground", "surrendered nothing"
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in modal | lexicons["cue_decision_aux"]:
                if remark:
                    continue  # "officials would not elaborate on the cancellation": the remark's mood, not the event's
                if child.lower_ in lexicon("cue_epistemic_modal") and _perfect(node):
                    reported_by = reported_by or child.text
                    continue  # "may have surrendered", "must have deserted": a guess at the past, a hedged report
                if _unverified(node, trigger) and any(c.dep_ == "neg" for c in node.children):
                    continue  # "could not be verified": the modal is the check's, not the event's
                if child.lower_ in lexicons["cue_deontic"]:
                    return Realis(False, "demanded", child.text)  # "Russian troops must withdraw"
                decision = child.lower_ in lexicons["cue_decision_aux"]
                if rule.decision_future and decision and (
                    (depth == 0 and (_passive(node) or rule.negation_is_event or node.lemma_.lower() in lexicon("abstain_verb")))
                    or (depth == 1 and rule.negation_is_event and node.lemma_ == "be")
                ):
                    continue  # "the parade will not be held": a decision, not a forecast
                if rule.negation_is_event and depth == 0 and child.lower_ in lexicons["cue_ability"] and any(c.dep_ == "neg" for c in node.children):
                    continue  # "the parade cannot go ahead": unable to happen, it is off
                if child.lower_ == "would" and rule.decision_future and _reported_above(node, report | lexicon("verb_declare")):
                    continue  # "organisers announced that the events would be cancelled", "declared they would not fight": a decision, in reported speech
                kind = "hypothetical" if child.lower_ in lexicons["cue_hypothetical_modal"] else "future"
                if kind == "hypothetical" and _plan_as_subject(node, future):
                    kind = "future"  # "a proposal under discussion would see troops withdraw": what a plan would do is planned
                if child.lower_ in lexicon("cue_backshifted_modal") and _reported_above(node, report) and not _perfect(node):
                    kind = "future"  # "negotiators said the fighters would surrender on Friday": "will", reported
                return Realis(False, kind, child.text)
        if node.lemma_ == "be" and depth >= 1:  # "the condition for talks is the withdrawal"
            for subj in (c for c in node.children if c.dep_ == "nsubj"):
                if subj.lemma_.lower() in future | demand:
                    return Realis(False, "demanded" if subj.lemma_.lower() in demand else "future", subj.text)
            for comp in (c for c in node.children if c.dep_ == "acomp" and c.lemma_.lower() in future and c.i != trigger.i):
                return Realis(False, "future", comp.text)  # "US withdrawal is likely to be messy"
            if came_by == "nsubj":  # "a pullout is one of the conditions of the accord", "the withdrawal is a key demand"
                for named in (n for a in node.children if a.dep_ == "attr" for n in (a, *_of_objects(a))):
                    if named.lemma_.lower() in lexicons["cue_condition"]:
                        return Realis(False, "demanded" if named.lemma_.lower() in demand else "future", named.text)
        if node.i == trigger.i and _put_off(node):
            return Realis(False, "future", node.head.text)  # "the withdrawal ... has been delayed": still to come
        if node.i == trigger.i and (_idea_of(node) or _discussed(node) or _sanctioned(node)):
            return Realis(False, "hypothetical", node.head.head.text)  # "the value of a strategic retreat", "talks on the surrender"
        if node.pos_ in ("NOUN", "PROPN"):
            for mod in (c for c in node.children if c.dep_ in ("amod", "compound") and (c.lemma_.lower() in lexicon("modifier_irrealis") or c.lower_ in lexicon("modifier_irrealis"))):
                return Realis(False, "future", mod.text)  # "a potential US withdrawal", "the planned pullout"
            for mod in (c for c in node.children if c.dep_ == "amod" and c.lower_ in lexicons["cue_false"]):
                return Realis(False, "negated", mod.text)  # "fabricated mass surrenders", "fake surrenders": they did not happen
            called_false = _said_to_be_false(node, lexicons["cue_false"]) if node.i == trigger.i and not _falsehood_denied(node) else None
            if called_false is not None:
                return Realis(False, "negated", called_false)  # "the alleged surrender was fabricated", "the withdrawal was fake"
        if rule.decision_future and _decided(node, lexicons):
            reported_by = reported_by or _reported_above(node, report)  # "organisers said they were directed to cancel"
            break  # "the decision to cancel", "were directed to cancel": the cancellation was decided
        asking = demand_noun(node) if node.dep_ == "advcl" else None
        if asking is not None and (rule.orders_are_demands or asking.lemma_.lower() not in lexicon("verb_order")):
            return Realis(False, "demanded", asking.text)  # "Russia Issues Ultimatum To Defenders To Lay Down Arms"
        going = negated_going_future(node) if depth <= 1 else None
        if going is not None and rule.negation_is_event and rule.decision_future:
            going_off = going.i  # "is not going to hold", "There is not going to be": a decision, like "will not"
        elif going is not None:
            return Realis(False, "negated", going.text)  # "is not going to be cancelled", "are not going to withdraw"
        elif (_infinitive_purpose(node, report) or _aim_of_noun(node, lexicons["cue_purpose"])) and not additive_aside(node) and not tried_under_way(node):
            denial = _denied_aim(node)
            if denial is not None:
                return Realis(False, "negated", denial.text)  # "there were no plans to cancel the parade"
            return Realis(False, "future", f"to {node.text}")
        if anterior and came_by == "ccomp" and node.lemma_.lower() in report and node.pos_ in ("VERB", "AUX"):
            reported_by = reported_by or node.text  # "officials said they were taken prisoner after surrendering": told with its clause
        used = came_by == "conj" and calls_a_channel(node)  # "have called the hotline and surrendered": a use, then the deed
        if node.i != trigger.i and not anterior and not used and not _past_beside(node, came_by, came_from):  # "banned X and cancelled Y"
            lemma = node.lemma_.lower()
            if (rule.orders_are_demands or rule.label == "REFUSAL_TO_FIGHT") and lemma in lexicon("verb_order") and came_by == "xcomp":
                # an order to desert or to refuse is a call on the enemy's soldiers, never done by being given
                return Realis(False, "demanded", node.text)  # "leaflets told Russian soldiers to give themselves up"
            if came_by == "xcomp" and orders_another_state(node, lexicons):
                return Realis(False, "demanded", node.text)  # "told France to withdraw its soldiers": asked of a state
            if lemma in lexicon("verb_order") and came_by == "xcomp" and _deadline(came_from):
                return Realis(False, "demanded", node.text)  # "ordered US forces to leave by the spring": not yet done
            if _warned_of(node, came_from, trigger) and not _past_relative(trigger):
                return Realis(False, "future", node.text)  # "warned of a hasty withdrawal": a danger foreseen, as "feared"
            if _warned_of(node, came_from, trigger):
                reported_by = reported_by or node.text  # "warned of a retreat that left tanks behind": told by who warned
            if lemma in lexicon("cue_discussion") and came_by in ("xcomp", "pcomp") and node.pos_ == "VERB":
                return Realis(False, "hypothetical", node.text)  # "officials discussed cancelling the fireworks"
            if mandative_clause(node, came_from):
                return Realis(False, "demanded", node.text)  # "Kyiv insists that Russian forces leave": asked, not reported
            said_false = _said_to_be_false(node, lexicons["cue_false"]) if lemma in report and node.pos_ == "NOUN" else None
            if said_false is not None:
                return Realis(False, "negated", said_false)  # "reports that the garrison had surrendered were false"
            if said_in_report_noun(node, came_from) or reported_of(node, came_from) or emerged_that(node, came_by):
                reported_by = reported_by or node.text  # "unconfirmed reports that the garrison had surrendered"
            elif contradicted_claim(node) is not None and lemma in report:
                return Realis(False, "negated", contradicted_claim(node).text)  # "despite announcing withdrawals, Russia kept its forces"
            elif came_by == "ccomp" and lemma in lexicon("cue_report_clause") and node.pos_ in ("VERB", "AUX") and not _declared_will(came_from):
                reported_by = reported_by or node.text  # "rebels declared that they had forced the army to withdraw"
            elif lemma in report and node.pos_ in ("VERB", "AUX") and not additive_aside(node):  # not "to say nothing of"
                false_claim = next((c for c in node.children if c.dep_ == "advmod" and c.lower_ in lexicons["cue_false"]), None)
                if false_claim is not None:
                    return Realis(False, "negated", false_claim.text)  # "falsely asserting that troops surrendered"
                reported_by = reported_by or node.text
            elif lemma in negating and commented_on and came_by == "xcomp":
                pass  # "Peskov refused to comment on the pullout": the remark was refused, the pullout still happened
            elif lemma in negating and not _denies_another(node, came_by):
                return Realis(False, "negated", node.text)
            elif _rests_on(node, came_from, lexicons["cue_contingent"]):
                return Realis(False, "hypothetical", node.text)  # "the truce hinged on the withdrawal of the fighters"
            elif came_by == "dobj" and came_from.pos_ == "NOUN" and came_from.lemma_.lower() in lexicon("verb_order"):
                if rule.orders_are_demands:  # "gave the order to surrender": asked of them
                    return Realis(False, "demanded", came_from.text)
                # "gave the order to withdraw the garrison": an order reported as issued (the ontology counts it)
            elif rule.orders_are_demands and lemma in lexicon("verb_order"):
                return Realis(False, "demanded", node.text)  # "instructed the Kurds to surrender"
            elif any(c.dep_ == "oprd" for c in node.children):
                pass  # "called the withdrawal a move to regroup", "called it a regrouping": naming, not asking or planning
            elif lemma in demand and not _event_as_past_agent(node, came_by, came_from, trigger):
                return Realis(False, "demanded", node.text)
            elif lemma in lexicon("cue_promise") and came_by == "xcomp" and not kept_in_deed(node, came_from) and not (rule.label == "SURRENDER" and kept_in_captivity(node)):
                return Realis(False, "future", node.text)  # "agreed to withdraw"; not "agreed to surrender and did so" (captivity keeps only a surrender)
            elif lemma in future and not _warned_about(node, came_by) and lemma not in lexicon("verb_control") and not attempt_under_way(node) and not _event_as_past_agent(node, came_by, came_from, trigger) and not _arranged_event(node, came_by, came_from, trigger):
                return Realis(False, "future", node.text)  # not "feared encirclement and withdrew": a verb beside it
        if stopped_short_of(node, came_by, came_from):
            return Realis(False, "negated", node.text)  # "stopped short of cancelling the celebrations"
        if node.dep_ not in _CLAUSE_UP or node.head.i == node.i or _own_clause(node):
            break
        anterior = anterior or _anterior(node, lexicons["cue_anterior"])
        earlier = _earlier_infinitive(node) or (_earlier_infinitive(node.head) if node.dep_ == "conj" else None)
        came_by, came_from = (earlier.dep_, earlier) if earlier is not None else (node.dep_, node)
        node = came_from.head
    return _told(trigger, sentence, node, reported_by, lexicons)


def _told(trigger: Token, sentence: Span, node: Token, reported_by: str | None, lexicons: dict[str, frozenset[str]]) -> Realis:
    """A realis event as the sentence tells it: reported when a hedge or a source goes with it, else asserted."""
    report = lexicons["cue_report"]
    hedge = _hedge(sentence, lexicons["cue_hedge"])
    reported_by = reported_by or _attributed_at_the_end(trigger, sentence, report) or _attribution_hung_below(trigger, node, report)
    reported_by = reported_by or source_as_apposition(trigger, report)
    accordance = as_reported_by(node, report) or as_reported_by(trigger, report)
    reported_by = reported_by or (accordance.text if accordance is not None else None)  # "As documented by the UN mission, ..."
    reported_by = reported_by or _labelled_report(sentence, lexicons["headline_report_label"])  # "Report: Troops Pull Out"
    reported_by = reported_by or next((s.text for s in trigger.children if s.dep_ == "nsubj" and reported_doers(s)), None)  # "Reports of fighters fleeing the town reached ...": a misparse
    if reported_by or hedge:
        return Realis(True, "reported", hedge or reported_by)
    return Realis(True, "asserted", None)


def _demand_above(verb: Token, trigger: Token, came_by: str, demand: frozenset[str]) -> bool:
    """A verb of asking or threatening whose infinitive the walk came up from ("urged them not to desert",
    "threatened to withdraw unless ..."): the demand decides the modality, not a negation or condition in it."""
    asking = verb.pos_ == "VERB" and verb.lemma_.lower() in demand and not calls_a_channel(verb)
    return verb.i != trigger.i and came_by == "xcomp" and asking


def _event_as_past_agent(verb: Token, came_by: str, came_from: Token, trigger: Token) -> bool:
    """The event noun as the subject of a past verb of giving, offering or requiring ("the garrison's surrender
    gave the rebels the town", "the pullout required no new orders"): what the event did, not what was asked or planned."""
    return came_by == "nsubj" and came_from.i == trigger.i and trigger.pos_ == "NOUN" and verb.tag_ == "VBD"


def _declared_will(clause: Token) -> bool:
    """ "soldiers declared they would not continue to fight": a declaration of what one will do is the act of refusing
    or deciding itself (asserted, as refusal-declared-04 and nb1-012), not a report of an event."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "wo") for c in clause.children)


def _arranged_event(verb: Token, came_by: str, came_from: Token, trigger: Token) -> bool:
    """A definite event noun as the subject of a simple past passive of arranging ("the rebels' capitulation was
    negotiated by local elders", "the surrender of the garrison was brokered by ..."): arranged, so done. Not "a
    surrender was negotiated" (a deal for one) nor "is being negotiated", "will be negotiated"."""
    past = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    return (
        came_by == "nsubjpass" and came_from.i == trigger.i and trigger.pos_ == "NOUN" and past
        and verb.lemma_.lower() in lexicon("verb_arrange") and _definite_event(trigger)
    )


def _plan_as_subject(verb: Token, future: frozenset[str]) -> bool:
    """The subject of ``verb`` is a plan, a proposal or a deal ("a proposal would see troops withdraw")."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in future for c in verb.children)


def _unverified(node: Token, trigger: Token) -> bool:
    """A claim's check, negated, above the event: "could not be verified", "Reuters could not confirm that ..."."""
    return node.i != trigger.i and node.pos_ == "VERB" and node.lemma_.lower() in lexicon("cue_unverified")


def _past_beside(node: Token, came_by: str, came_from: Token) -> bool:
    """Two past verbs side by side ("feared encirclement and withdrew"): the first does not govern the second.
    Not "seek to cut them off and drive them out", a plan the parser may hang on "seek"."""
    return came_by == "conj" and node.tag_ == "VBD" and came_from.tag_ == "VBD"


def _said_to_be_false(noun: Token, words: frozenset[str]) -> str | None:
    """The word that calls a report false, when the report noun is the subject of a verb with it ("reports that
    ... were false", "the claim ... is untrue", "claims that ... proved untrue", "rumours that ... turned out to
    be false") or of it as a passive ("reports of desertions are fabricated")."""
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lower_ in words:
        return verb.text  # "reports of desertions are fabricated"
    if noun.dep_ == "ROOT":  # "Reports that ... had been cancelled proved false": the predicate hung on the noun
        verb = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > noun.i), noun)
    elif noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    links = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be")]  # "turned out to be false"
    return next((c.text for link in links for c in link.children if c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in words), None)


def _falsehood_denied(noun: Token) -> bool:
    """ "The surrender was no fake", "the withdrawal was not fabricated": the predicate's falsehood word is denied."""
    verb = noun.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd"))]
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "never")) for w in words for c in w.children)


def _declined_alternative(trigger: Token, phrases: frozenset[str]) -> str | None:
    """The cue when the trigger is the alternative not taken: the two words before it are "rather than" or
    "instead of" ("fled rather than surrender", "instead of surrendering, they retreated")."""
    if trigger.i < 2 or trigger.pos_ != "VERB":
        return None
    before = trigger.doc[trigger.i - 2 : trigger.i].text.lower()
    return before if before in phrases else None


def _rests_on(node: Token, came_from: Token, contingent: frozenset[str]) -> bool:
    """ "hinged on the withdrawal", "depends upon a pullout", "contingent on their surrender": the event
    is what something else needs, not what happened."""
    return node.lemma_.lower() in contingent and came_from.dep_ == "prep" and came_from.lower_ in lexicon("prep_contingent")


def _deadline(verb: Token) -> bool:
    """ "to leave by the spring", "to withdraw within a month": a time the ordered act is still to meet."""
    return any(
        entity_type(g) in ("DATE", "TIME")
        for p in verb.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_deadline")
        for g in p.children if g.dep_ == "pobj"
    )


def _of_objects(noun: Token) -> list[Token]:
    """ "one of the conditions": the objects of the noun's "of"."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


QUOTED_NAME_TOKENS = 6  # a quoted stretch this short is a name or a slogan ("'I Want to Live'"), not a quotation


def _quoted_names(sentence: Span, trigger: Token) -> set[int]:
    """Indices of the tokens of short quoted stretches that do not hold the trigger."""
    quotes = [t.i for t in sentence if t.is_quote and t.dep_ == "punct"]  # not the possessive mark of "the soldiers' surrender"
    out: set[int] = set()
    for a, b in zip(quotes[::2], quotes[1::2]):
        if b - a - 1 <= QUOTED_NAME_TOKENS and not a < trigger.i < b:
            out.update(range(a + 1, b))
    return out


def _anterior(node: Token, words: frozenset[str]) -> bool:
    """``node`` heads a clause of something that came before its governor: "after surrendering",
    "after they surrendered", "following the withdrawal"."""
    if node.dep_ in ("pcomp", "pobj") and node.head.dep_ == "prep":
        return node.head.lower_ in words
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words for c in node.children)


def _idea_of(noun: Token) -> bool:
    """An event noun with an indefinite article after "the value of", "the prospect of", "fears of": an idea."""
    return (
        noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and noun.head.head.lemma_.lower() in lexicon("cue_concept")
    )


def _warned_of(verb: Token, came_from: Token, trigger: Token) -> bool:
    """ "Diplomats warned of a hasty withdrawal", "warned against another pullout": the event noun right after a verb
    of warning's "of", "against" or "about", not a known event ("warned of the consequences of the withdrawal")."""
    return (
        verb.lemma_.lower() in lexicon("cue_threat") and verb.pos_ == "VERB" and came_from.dep_ == "prep"
        and came_from.lower_ in lexicon("prep_warned_of") and trigger.head.i == came_from.i
        and trigger.pos_ == "NOUN" and not _definite_event(trigger)
    )


def _warned_about(prep: Token, came_by: str) -> bool:
    """ "warned about a withdrawal that had left the flank exposed": the preposition of a verb of warning, no "about to"
    (cue_future); whether the warned-of event is to come is for _warned_of to judge at the verb."""
    return came_by == "pobj" and prep.dep_ == "prep" and prep.lower_ in lexicon("prep_warned_of") and prep.head.lemma_.lower() in lexicon("cue_threat")


def _past_relative(noun: Token) -> bool:
    """ "a disorderly withdrawal that had left the flank exposed", "a retreat that left tanks in the fields": a relative
    clause in the past tells of one that took place (not "a withdrawal that would leave the Kurds exposed", nor "a
    retreat that the president proposed": planned, promised or asked for)."""
    aims = lexicon("cue_future") | lexicon("cue_promise") | lexicon("cue_demand")
    return any(
        c.dep_ == "relcl" and not any(a.tag_ == "MD" for a in c.children) and c.lemma_.lower() not in aims
        and (c.tag_ == "VBD" or any(a.dep_ == "aux" and a.lower_ in lexicon("past_auxiliary") | lexicon("auxiliary_perfect") for a in c.children))
        for c in noun.children
    )


def _definite_event(noun: Token) -> bool:
    """An event noun that names a known event: "the withdrawal", "its withdrawal", "Russia's retreat"; not "a
    withdrawal" ("would not comment on a withdrawal": one that may never come)."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) for c in noun.children)


def _put_off(noun: Token) -> bool:
    """An event noun said to be postponed or delayed, with no cause named ("the withdrawal ... has been delayed",
    "the pullout was postponed"), or put off by those whose event it is ("the French soldiers delayed their
    departure"): it has not happened yet. Not "the retreat was delayed by the mud", nor the active "bad weather
    delayed the retreat of the column": slowed while it happened."""
    verb = noun.head
    if noun.pos_ != "NOUN" or verb.lemma_.lower() not in lexicon("verb_postpone"):
        return False
    if noun.dep_ == "dobj":
        return _own_event(noun, verb)  # "the French soldiers delayed their departure", "France postponed the withdrawal of its troops"
    agent = any(c.dep_ == "agent" for c in verb.children)
    return noun.dep_ == "nsubjpass" and not agent


def _own_event(noun: Token, verb: Token) -> bool:
    """Is the event noun the object of the verb, owned by the verb's own subject through a possessive pronoun
    that agrees with it ("the soldiers delayed their departure", "the army postponed its withdrawal", "France
    delayed the withdrawal of its troops")? Not "heavy rain delayed their retreat": a cause that slowed it."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "poss"]
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        plural = subject.tag_ in ("NNS", "NNPS")
        for owner in owners:
            if owner.lower_ == "its" and not plural:
                return True
            if owner.lower_ == "their" and (plural or subject.pos_ == "PROPN"):
                return True
    return False


def _sanctioned(noun: Token) -> bool:
    """A bare event noun that a rule punishes ("penalties for desertion", "the punishment for surrender"): a kind of act."""
    rule = noun.head.head
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    return (
        noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "for" and bare
        and rule.lemma_.lower() in lexicon("cue_sanction") and not any(c.dep_ == "poss" for c in rule.children)
    )


def _discussed(noun: Token) -> bool:
    """An event noun that talks are about ("talks on the surrender of the garrison", "negotiations over a withdrawal")."""
    return (
        noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in lexicon("prep_topic")
        and noun.head.head.lemma_.lower() in lexicon("cue_discussion")
    )


def _attributed_at_the_end(trigger: Token, sentence: Span, report: frozenset[str]) -> str | None:
    """ "Dozens of fighters deserted in Darfur, the army claimed": a sentence that ends on who says it,
    even when the parser hangs the event off something else than the reporting verb."""
    root = sentence.root
    if root.i <= trigger.i or root.lemma_.lower() not in report or root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > trigger.i]
    if not subjects or not any(t.text == "," for t in sentence.doc[trigger.i : subjects[0].left_edge.i]):
        return None
    if any(c.dep_ == "ccomp" and c.i > subjects[0].i for c in root.children):
        return None  # "After the garrison surrendered, officials said the town was calm": the report has its own clause
    return root.text


def _attribution_hung_below(trigger: Token, top: Token, report: frozenset[str]) -> str | None:
    """ "Troops fell back from Vovchansk, a spokesman told television on Friday": the parser hangs the
    trailing attribution under the event verb (parataxis, advcl, conj) instead of over it."""
    for holder in {trigger.i: trigger, top.i: top}.values():
        for verb in holder.children:
            if verb.i > trigger.i and verb.dep_ in ("parataxis", "advcl", "conj", "ccomp") and _trailing_report(verb, trigger, report):
                return verb.text
            if verb.i > trigger.i and _report_participle_with_agent(verb, report) and not announced_then_done(verb):
                return verb.text
    return None


def _report_participle_with_agent(verb: Token, report: frozenset[str]) -> bool:
    """ "Retreat From Lyman Confirmed By Russian Defence Ministry": a headline's event noun described by a
    reporting participle that names who reports it."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in report and any(c.dep_ == "agent" for c in verb.children)


def _trailing_report(verb: Token, trigger: Token, report: frozenset[str]) -> bool:
    """A reporting verb with a subject of its own set off by a comma after the trigger, and no clause of its own."""
    if verb.lemma_.lower() not in report or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("mark", "ccomp", "neg") for c in verb.children):
        return False  # "after officials said", "officials said that ...", "officials did not say"
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > trigger.i]
    return bool(subjects) and subjects[0].left_edge.i > 0 and verb.doc[subjects[0].left_edge.i - 1].text == ","


def _infinitive_purpose(node: Token, report: frozenset[str]) -> bool:
    """ "a campaign to oust Isis", "sent forces to oust": an aim, not a deed.

    An infinitive governed by an order or a report ("ordered the troops to
    withdraw", "is said to have fled", "had to withdraw") is not an aim.
    """
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return False
    if node.dep_ not in ("xcomp", "advcl", "acl", "relcl", "ccomp"):
        return False
    if is_ordinal_infinitive(node) or additive_aside(node):
        return False  # "the last soldier to leave Afghanistan": who left, not an aim; "to say nothing of desertion"
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


def _aim_of_noun(node: Token, purpose: frozenset[str]) -> bool:
    """ "the fight to drive Isis out": an infinitive right after a noun of effort, however it was attached."""
    to = next((c for c in node.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    before = node.doc[to.i - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in purpose


def _excepted(came_from: Token, noun: Token) -> bool:
    """The walk came up to a denied noun through its exception ("no choice but to cancel", "no option but to surrender")."""
    return came_from.i != noun.i and came_from.head.i == noun.i and came_from.lower_ in lexicon("cue_exception")


def _denied_aim(node: Token) -> Token | None:
    """The determiner that denies the noun an infinitive of aim hangs on ("no plans to cancel the parade")."""
    noun = node.head
    if node.dep_ != "acl" or noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "det" and c.lower_ in lexicon("determiner_negative")), None)


def _own_clause(node: Token) -> bool:
    """A finite adverbial or relative clause with its own subject asserts on its own:
    "the backlash that occurred after Russian forces withdrew" does not make the withdrawal an aim."""
    if _before_semicolon(node):
        return True  # "bloggers claimed that the brigade surrendered; ISW has not observed confirmation": two sentences
    if _explained(node):
        return True  # "an inquiry will examine why the battalion surrendered": the surrender is taken as a fact
    if node.dep_ not in ("advcl", "relcl", "acl", "pcomp", "conj"):
        return False
    if _done_by(node):
        return True  # "wants to retake all territory, including that vacated by Isis": the vacating is done
    if sanctioned_act(node):
        return True  # "a soldier jailed for refusing to return has appealed his sentence": judged done
    if _saying_participle(node):
        return True  # "the government dismissed the statement, saying its forces had driven the rebels out": its own claim
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"} | ({"that"} if that_marked(node) else set())
    if node.dep_ == "acl" and "that" in marks and (node.head.lemma_.lower() in lexicon("cue_report") | lexicon("cue_demand") | lexicon("cue_future") or _medium_of_report(node.head) or report_noun(node.head)):
        return False  # "reports that troops had withdrawn", "its demand that the rebels lay down their weapons", "his pledge that the withdrawal was imminent": what is said, asked or promised
    if node.dep_ == "relcl" and node.head.dep_ == "dobj" and node.head.head.lemma_.lower() in lexicon("verb_depict"):
        return False  # "a video shows soldiers who deserted": what the medium shows, reported by it
    if node.dep_ == "conj" and "that" in marks and node.head.dep_ == "ccomp":
        return False  # "said dozens were captured and that others had fled": a second clause of the same report
    if node.dep_ == "advcl" and _activity(node.head):
        return False  # "combatting the group when its members slipped back would pose a challenge": a case of an activity, judged with it
    if node.dep_ == "pcomp":  # "as more soldiers are refusing": the parser took "as" for a preposition
        marks = {node.head.lower_}
    if marks & lexicon("marker_statement") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in node.children
    ):
        return True  # "... as more soldiers are refusing to fight": a statement of its own
    return _finite_past(node)


def _done_by(node: Token) -> bool:
    """A bare past participle with its agent that describes a noun ("the positions vacated by Russian troops",
    "the villages abandoned by the rebels"): what the participle says was done before, whatever the clause above
    plans or asks (not "to be vacated by", which has its auxiliary)."""
    return (
        node.dep_ == "acl" and node.tag_ == "VBN" and any(c.dep_ == "agent" for c in node.children)
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in node.children)
    )


def _finite_past(node: Token) -> bool:
    """A past or perfect clause with a subject of its own and no "to": "after Russian forces withdrew"."""
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    past = (node.tag_ == "VBD" and not _lay_read_as_lie(node)) or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in node.children
    )
    return has_subject and past and not infinitive


def _explained(node: Token) -> bool:
    """A past clause opened by "why" or "how" that a verb takes as its object ("will examine why the battalion
    surrendered", "could establish how the brigade abandoned its positions"): what is explained happened,
    whatever mood the explaining is in ("whether" asks; a modal inside the clause was judged before)."""
    opened = any(c.dep_ == "advmod" and c.i < node.i and c.lower_ in lexicon("marker_explanation") for c in node.children)
    return node.dep_ == "ccomp" and opened and _finite_past(node)


def _saying_participle(node: Token) -> bool:
    """ "..., saying its troops had withdrawn": a participle of saying hung on the clause before reports on its own;
    a denial or a demand in that clause is not about what the participle says."""
    return node.dep_ == "advcl" and node.tag_ == "VBG" and node.lemma_.lower() in lexicon("cue_report")


def _before_semicolon(node: Token) -> bool:
    """A clause the parser hung on a verb after a semicolon: the clause before the semicolon stands on its own."""
    if node.dep_ != "ccomp" or node.head.i < node.i:
        return False
    return any(t.text == ";" for t in node.doc[node.right_edge.i + 1:node.head.i])


def _lay_read_as_lie(verb: Token) -> bool:
    """ "fighters who lay down their arms": a present "lay" the tagger took for the past of "lie", which takes no object."""
    return verb.lemma_ == "lie" and verb.lower_ == "lay" and any(c.dep_ == "dobj" for c in verb.children)


def _medium_of_report(noun: Token) -> bool:
    """ "said in a statement that ...", "said on Telegram that ...": the parser hangs the that-clause on the
    noun of the report verb's prepositional phrase; what it says is what was said."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in lexicon("cue_report")


def _activity(verb: Token) -> bool:
    """A gerund with no subject of its own standing as a clause's subject ("combatting the group ... would pose"):
    an activity in general, not one that happened."""
    return verb.tag_ == "VBG" and verb.dep_ in ("csubj", "nsubj") and not any(c.dep_ in ("nsubj", "poss") for c in verb.children)


def _earlier_infinitive(node: Token) -> Token | None:
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


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _hedge(sentence: Span, hedges: frozenset[str]) -> str | None:
    low = " " + " ".join(sentence.text.lower().split()) + " "
    for cue in sorted(hedges, key=lambda c: (-len(c), c)):  # longest first, ties alphabetically: not in set order
        if f" {cue} " in low or f" {cue}," in low:
            return cue
    return None


_PRESENT = {"VBZ", "VBP", "VB"}


def _present(verb: Token) -> bool:
    """A present-tense clause: the verb or its first auxiliary ("surrenders", "are withdrawn")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    first = aux[0] if aux else verb
    return first.tag_ in _PRESENT and first.lower_ not in ("will", "would", "to")


def _perfect(verb: Token) -> bool:
    """ "would have surrendered": a perfect after the modal, the counterfactual past."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _inverted(verb: Token) -> Token | None:
    """ "Had they retreated", "Should the alerts continue": an auxiliary before its subject opens a condition."""
    subject = _subject(verb)
    if subject is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "should", "were") and c.i < subject.i), None)


def _clause_mood(node: Token, trigger: Token, rule: Rule, lexicons: dict[str, frozenset[str]]) -> Realis | None:
    """Cues that make the whole clause of ``node`` irrealis: counterfactual and conditional
    inversions, a condition attached to it, a temporal clause before a future ("once the
    troops are withdrawn, ... will"), a headline or "is to" infinitive, present "have/need to"."""
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
    if (node.dep_ in ("advcl", "relcl") and _present(node)) or (node.dep_ == "appos" and node.head.lower_ in lexicons["cue_temporal"]):
        words = {c.lower_ for c in node.children if c.dep_ in ("mark", "advmod", "npadvmod")}
        if node.dep_ in ("relcl", "appos"):
            words.add(node.head.lower_)  # "the moment the garrison surrenders" (read as a relative clause or an apposition)
        governor = node.head if node.dep_ == "advcl" else node.head.head
        while governor.dep_ in ("advmod", "prep") and governor.pos_ in ("ADV", "ADP", "SCONJ") and governor.head.i != governor.i:
            words.add(governor.lower_)  # "as soon as the army pulls out, ... will": the clause hangs off "soon"
            governor = governor.head
        future = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll") for c in governor.children)
        if future and words & lexicons["cue_temporal"]:
            return Realis(False, "hypothetical", min(words & lexicons["cue_temporal"]))
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
        if node.dep_ == "xcomp" and head.lemma_ == "be" and _present(head):
            if rule.decision_future and node.i == trigger.i and node.lemma_.lower() in lexicon("abstain_verb"):
                return None  # "Odesa is to forgo its City Day celebrations": the decision not to hold, announced
            return Realis(False, "future", head.text)  # "Israeli forces are to pull out", "is about to surrender"
        if node.dep_ == "xcomp" and head.lemma_ == "be" and head.tag_ == "VBD" and _planned_in_the_past(node, head, lexicons["armed"]):
            return Realis(False, "future", head.text)  # "TPLF fighters were to hand over their heavy weapons": a plan then
        if node.dep_ == "xcomp" and head.lower_ in lexicons["cue_deontic"] | {"need"} and head.lemma_ in ("have", "need", "get") and _present(head):
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


def _reported_above(node: Token, report: frozenset[str]) -> str | None:
    """The reporting verb above ``node`` ("organisers said they had been directed to cancel"), or the report noun
    ("the mayor's announcement that the carnival would not be held"), if any."""
    return next((a.text for a in node.ancestors if (a.lemma_.lower() in report and a.pos_ in ("VERB", "AUX")) or report_noun(a)), None)


def _decided(node: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """An infinitive or clause that a decision or an order governs: "the decision to cancel",
    "came to the determination to cancel", "we have been directed to cancel", "instructed that X be cancelled"."""
    head = node.head
    if node.dep_ not in ("acl", "xcomp", "ccomp", "advcl") or head.i == node.i:
        return False
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and c.lemma_.lower() in lexicons["cue_decision"] for c in head.children):
        return True  # "A decision was taken not to hold the parade": the infinitive is the decision's, not an aim of taking it
    return head.lemma_.lower() in lexicons["cue_decision"]


def _imperative(verb: Token) -> bool:
    """A command: a main or quoted verb in the base form with no auxiliary and no subject but one
    addressed ("Get out!", "Surrender now", '"Occupier, get out of this country," blasted a truck')."""
    if verb.dep_ not in ("ROOT", "ccomp", "advcl", "parataxis") or verb.tag_ != "VB" or verb.pos_ != "VERB":
        return False
    if verb.dep_ != "ROOT" and not any(t.is_quote for t in verb.doc[verb.sent.start : verb.i]):
        return False  # in a clause, only a quoted command
    if any(c.dep_ in ("aux", "auxpass", "expl") for c in verb.children):
        return False
    return all(_addressed(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def _addressed(subject: Token) -> bool:
    """A vocative taken for a subject: a bare name or noun set off by a comma before its verb ("Occupier, get out")."""
    doc = subject.doc
    return (
        subject.i < subject.head.i and subject.i + 1 < len(doc) and doc[subject.i + 1].text == ","
        and not any(c.dep_ == "det" for c in subject.children) and subject.pos_ in ("PROPN", "NOUN")
    )


def _no_longer(adverb: Token) -> bool:
    """ "no longer withdraw", "are no longer deserting": "no" hangs on "longer", not on the verb, and denies it all the same."""
    return adverb.dep_ == "advmod" and adverb.lower_ == "longer" and any(c.dep_ == "neg" and c.lower_ == "no" for c in adverb.children)


def _negative_subject(verb: Token) -> Token | None:
    """ "No soldiers of the brigade deserted": a subject quantified by "no" denies the event; also "None of the
    soldiers deserted during the battle", whose verb the parser hung on "None" as a participle."""
    if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.lower_ in lexicon("pronoun_negative") and verb.head.dep_ not in ("pobj", "dobj"):
        return verb.head
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in lexicon("pronoun_negative"):
            return subject
        quantifiers = [subject, *(c for c in subject.children if c.dep_ == "nummod")]
        not_one = next((c for q in quantifiers for c in q.children if c.dep_ == "neg" and c.i < subject.i), None)
        if not_one is not None:
            return not_one  # "Not a single one of our fighters has surrendered", "not one soldier deserted"
        det = next((c for c in subject.children if c.dep_ == "det" and c.lower_ == "no"), None)
        if det is not None:
            return det
    return None


def _generic(trigger: Token, lexicons: dict[str, frozenset[str]]) -> str | None:
    """A statement about a kind, not an event: "soldiers who surrender are well treated",
    "armies that retreat usually lose", "festivals are often cancelled when ...", "a retreating army is vulnerable"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is not None and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and _present(verb.head):
        verb = verb.head  # "conscripts who tell their commanders they will not fight are jailed": the teller is the kind
    if verb is not None and _present(verb):
        often = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in lexicons["cue_generic"]), None)
        if often is not None:
            return often.text
        if verb.dep_ == "relcl" and _kind(verb.head) and (_present_governor(verb.head) or _any_of_kind(verb.head) or _told_in_the_past(verb) or _simple_in_verbless(verb)):
            return verb.head.text  # "soldiers who surrender are well treated", "an amnesty to any fighter who gives himself up"
        if verb.dep_ == "relcl" and _kind(verb.head, singular=True) and _present_governor(verb.head):
            return verb.head.text  # "A soldier who gives himself up is protected": "a" names the kind, as a plural would
        if verb.dep_ == "relcl" and _definite_kind(verb.head) and _present_governor(verb.head):
            return verb.head.text  # "The defenders who surrender are treated according to the Geneva conventions": a law of the kind
    if verb is not None and verb.dep_ == "relcl" and _kind(verb.head) and (under_a_modal(verb.head) or of_a_measure(verb.head) or sanctioned_kind(verb.head)):
        return verb.head.text  # "a law that would allow soldiers who left their units to return": whoever did
    if verb is not None and verb.dep_ == "relcl" and _kind(verb.head) and kin_of_a_kind(verb.head, verb):
        return verb.head.text  # "Relatives of soldiers who have deserted may contact the project": whoever did
    if verb is not None and verb.dep_ == "relcl" and _whoever(verb.head):
        return verb.head.text  # "threatened to shoot any soldier who deserted": whoever might, in any tense
    if trigger.pos_ == "NOUN" and _kind(trigger) and any(c.dep_ == "relcl" and _present(c) and _told_in_the_past(c) for c in trigger.children):
        return trigger.text  # "an amnesty for all deserters who rejoin the army": deserters of a kind, whoever they are
    if trigger.dep_ in ("amod", "compound") and trigger.tag_ == "VBG" and _kind(trigger.head, singular=True) and _present_governor(trigger.head):
        return trigger.head.text
    noun = trigger
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head  # "surrender" of "desertion or surrender": the subject is the pair
    bare = not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for n in {noun, trigger} for c in n.children)
    if trigger.pos_ == "NOUN" and noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and bare:
        return trigger.text  # "Desertion or surrender was far from a guarantee of survival": the thing, not an event
    if trigger.pos_ == "NOUN" and said_of_a_kind(noun):
        return trigger.text  # "A mass retreat is one of the saddest sights in the world": what one is like
    unquantified = not any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children)
    if trigger.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and unquantified and _habitual(noun.head, lexicons["cue_generic"]):
        return trigger.text  # "Surrenders are announced far more often than they are verified"
    return None


def _told_in_the_past(verb: Token) -> bool:
    """A simple-present relative clause in a sentence whose main verb is past ("offered safe passage to fighters who
    surrender"): the present is timeless, the clause names a kind of fighter, not what some did."""
    simple = verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return simple and verb.sent.root.tag_ == "VBD" and not _offered_to(verb.head)  # not "fighters who have surrendered", "who are surrendering"


def _simple_in_verbless(verb: Token) -> bool:
    """A simple-present relative clause on a kind, the subject of a verb the parser read as a noun ("Soldiers who
    desert face up to ten years", "face" a noun): what is said of the kind is a rule, not an episode ("soldiers who
    are refusing" keeps its auxiliary). Not a kind left as the root of a verbless headline ("Russian Soldiers Who
    Refuse To Fight"): a title about some who do."""
    simple = verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    noun = verb.head
    return simple and ((noun.dep_ == "nsubj" and noun.head.pos_ in ("NOUN", "PROPN")) or _kind_as_root(noun))


def _kind_as_root(noun: Token) -> bool:
    """ "Soldiers who desert in wartime faced execution.": a sentence of running text (a full stop, lower-case words)
    the parser left with the kind as its root, the main verb swallowed by the relative clause."""
    sent = noun.sent
    words = [t for t in sent if t.is_alpha and t.i > noun.i]
    return noun.dep_ == "ROOT" and sent[-1].text == "." and sum(t.is_lower for t in words) > len(words) / 2


def _offered_to(noun: Token) -> bool:
    """ "offered cash to soldiers who defect": those an offer or a demand is made to; the offer decides (demanded)."""
    prep = noun.head if noun.dep_ in ("pobj", "dative") else noun
    verb = prep.head if prep.dep_ in ("prep", "dative") else prep
    return verb.lemma_.lower() in lexicon("cue_demand")


def _habitual(verb: Token, often: frozenset[str]) -> bool:
    """A simple present said to happen as a rule ("are announced far more often", "is usually punished")."""
    adverbs = [a for c in verb.children if c.dep_ == "advmod" for a in c.subtree]
    return verb.pos_ in ("VERB", "AUX") and _present(verb) and any(a.lower_ in often for a in adverbs)


def _kind(noun: Token, singular: bool = False) -> bool:
    """A bare plural ("soldiers", "armies") or a noun with "any"/"every" (or "a", for ``singular``) names a kind."""
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")}
    if dets & {"any", "every", "each", "all"} or (singular and dets <= {"a", "an"} and dets):
        return True
    return (noun.tag_ == "NNS" and not dets) or (noun.lower_ == "those" and any(c.dep_ == "relcl" for c in noun.children))  # "Those who surrender"


def _definite_kind(noun: Token) -> bool:
    """ "The defenders who surrender ... are treated": a plural with "the" alone, whose relative clause and main
    verb are both simple presents, names the kind as a bare plural would (news tells a surrender done in the past
    or the progressive: "the soldiers who surrendered", "who are surrendering")."""
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")}
    return noun.tag_ == "NNS" and dets == {"the"}


def _whoever(noun: Token) -> bool:
    """ "any soldier", "anyone": a noun with "any" names whoever it may be, even before a past relative clause."""
    return noun.lower_ == "anyone" or any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def _any_of_kind(noun: Token) -> bool:
    """ "any fighter", "every soldier": whoever it may be, not someone who did it."""
    return any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in noun.children)


def _present_governor(noun: Token) -> bool:
    """The noun is the subject of a simple present: a habit or a law ("soldiers who desert are shot"), not an
    episode going on or done ("soldiers who refuse to fight are being held", "... have been jailed"); its object
    is measure_kind.sanctioned_kind's ("courts punish soldiers who leave the front")."""
    verb = noun.head
    episode = verb.tag_ == "VBG" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBG" or c.lemma_ == "have") for c in verb.children
    )
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and _present(verb) and not episode


def _labelled_report(sentence: Span, labels: frozenset[str]) -> str | None:
    """A headline's label before its colon that attributes the rest ("Report: ...", "Officials: ..."), or None."""
    words = [t for t in sentence if not t.is_space][:2]
    if len(words) == 2 and words[0].lower_ in labels and words[1].text == ":":
        return words[0].text
    return None


def _reported_headline_infinitive(node: Token, report: frozenset[str]) -> bool:
    """ "Soldiers to Desert near Pokrovsk, Says Moscow": a headline's "X to V" with a subject of its own under a
    verb of saying is what is to come; not "reported them to have surrendered" (a perfect infinitive: done)."""
    return (
        node.dep_ == "ccomp" and node.head.lemma_.lower() in report
        and any(c.dep_ == "nsubj" for c in node.children)
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children)
    )


def _denies_another(verb: Token, came_by: str) -> bool:
    """ "Mutiny in Regiment as Reservists Refuse to Fight" (the mutiny parsed as the subject), "the pullout prevented a
    rout": a negating verb with a complement of its own negates that, not the event that is its subject
    ("the withdrawal failed" has none: it is denied)."""
    return came_by == "nsubj" and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
