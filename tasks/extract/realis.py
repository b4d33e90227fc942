"""Did it happen? Realis and modality of a trigger, with the cue that decided it.

Modalities: ``asserted`` and ``reported`` (realis true); ``negated``,
``future``, ``demanded``, ``hypothetical`` (realis false). The walk goes from
the trigger up its chain of governing verbs until a reporting verb ("X said
that ...") closes the clause.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.accusation import charged_act
from tasks.extract.aim_infinitives import aim_of_noun, decided, denied_aim, earlier_infinitive, excepted, infinitive_purpose, undecided_mood
from tasks.extract.alternatives import declined_alternative, lesser_alternative
from tasks.extract.answered_rumour import answered_rumour
from tasks.extract.asides import additive_aside, change_of_state
from tasks.extract.attempt import attempt_under_way, tried_under_way
from tasks.extract.attribution import told
from tasks.extract.awaited_until import awaited_until
from tasks.extract.carried_out import arranged_and_done, arranged_for, capitulation_agreed, kept_in_captivity, kept_in_deed, order_obeyed, ordered_in_surrender
from tasks.extract.clause_mood import Realis, clause_mood, passive, perfect
from tasks.extract.comment_participle import admitted_in_comment
from tasks.extract.conditioned_intent import intent_over_condition
from tasks.extract.contradicted import contradicted_claim
from tasks.extract.deadline_given import time_granting_verb
from tasks.extract.denying_words import denies_another, negative_subject, no_fewer_than, no_longer
from tasks.extract.discussed import talk_about
from tasks.extract.event_noun_mood import (
    arranged_event,
    definite_event,
    event_as_past_agent,
    falsehood_denied,
    idea_of,
    judged_as,
    of_objects,
    past_relative,
    put_off,
    rests_on,
    said_to_be_false,
    sanctioned,
    warned_about,
    warned_of,
)
from tasks.extract.explained_event import explains_the_event
from tasks.extract.foreign_order import orders_another_state, orders_foreign_force
from tasks.extract.generics import generic_statement, offer_condition, promised_act
from tasks.extract.going_to import negated_going_future
from tasks.extract.governing_verbs import (
    anterior_clause,
    declared_will,
    demand_above,
    past_beside,
    plan_as_subject,
    quoted_names,
    reported_above,
    speaker_declines,
    unverified,
)
from tasks.extract.mandative import mandative_clause
from tasks.extract.negative_recipient import nothing_given, to_nobody
from tasks.extract.never_was import acquitted_of, denied_by_relative, nearly_done, signal_cut_short
from tasks.extract.no_list import existential_list, in_no_list
from tasks.extract.not_until import happened_at_last
from tasks.extract.own_clause import contrasted_conjunct, correlative_negative, denied_conjunct, own_clause, separate_conjunct
from tasks.extract.patterns import Rule, lexicon
from tasks.extract.performed_act import completing_verb, performing_verb
from tasks.extract.permission import permission_given, permitting_head
from tasks.extract.pointed_example import pointed_to
from tasks.extract.punished_kind import punished_kind
from tasks.extract.purpose_clause import purpose_marker
from tasks.extract.recalled import recalled_fact
from tasks.extract.report_cues import claimed_modifier, emerged_that, reported_of, ruled_that, said_in_report_noun
from tasks.extract.roles import demand_noun
from tasks.extract.short_of import stopped_short_of
from tasks.extract.surrender_channel import calls_a_channel, channel_use
from tasks.extract.threat_condition import threat_behind
from tasks.extract.tree import first_conjunct

_CLAUSE_UP = {"acomp", "appos", "dative", "csubj", "csubjpass", "xcomp", "conj", "acl", "pcomp", "advcl", "relcl", "ccomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "amod"}


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
    offered = offer_condition(trigger)
    if offered is not None:
        return Realis(False, "demanded", offered.text)  # "offering safe passage to those who surrendered": the offer's condition
    generic = generic_statement(trigger, lexicons)
    if generic:
        return Realis(False, "hypothetical", generic)
    punished = punished_kind(trigger)
    if punished is not None:
        return Realis(False, "hypothetical", punished.text)  # "face ten years in prison for voluntary surrender": what a law punishes
    never = denied_by_relative(trigger) or acquitted_of(trigger) or signal_cut_short(trigger) or nearly_done(trigger)  # "acquitted of desertion"; "waving a white rag, but he is then hit"
    if never is not None:
        return Realis(False, "negated", never.text)  # "the surrender that wasn't", "a retreat that never happened"
    if (nor := denied_conjunct(trigger)) is not None:
        return Realis(False, "negated", nor.text)  # "did not withdraw, nor did it surrender"
    declined = declined_alternative(trigger, lexicons["cue_alternative"])
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
    awaited = awaited_until(trigger, report)
    if awaited is not None:
        return Realis(False, "hypothetical", awaited.text)  # "would not stop fighting until Haftar's forces had withdrawn": waited for
    granting = time_granting_verb(trigger)
    if granting is not None:
        return Realis(False, "demanded", granting.text)  # "gave French troops until the end of the year to leave": an ultimatum
    came_by, came_from = "", trigger
    going_off = -1  # the "going" of a negated "be going to" over the event (going_to.py)
    anterior = False  # the walk came up out of "after surrendering ...": the main clause followed the event
    commented_on = False  # the walk came up through "comment on the withdrawal": a remark on a known event
    quoted = quoted_names(sentence, trigger, lexicons["cue_false"])
    use = channel_use(trigger)  # "soldiers calling the hotline to surrender": as real as the call, read from the clause above it
    if use is not None and use.head.i == use.i:
        return told(trigger, sentence, use, None, lexicons)  # "soldiers reportedly used the hotline to surrender": hedged
    if use is not None:
        came_by, came_from, node = use.dep_, use, use.head
    for depth in range(0 if change_of_state(trigger) else 8):  # "from fighter to deserter": no infinitive to judge
        if node.i in quoted and node.dep_ in _CLAUSE_UP and node.head.i != node.i:
            came_by, came_from, node = node.dep_, node, node.head
            continue  # "surrendered through the 'I Want to Live' hotline": a name in quotes says nothing of the event
        if admitted_in_comment(node, came_by):
            reported_by = reported_by or node.text
            break  # "to strengthen the front, in effect confirming a hasty retreat": admitted, no aim
        if recalled_fact(node, came_by, came_from):
            speaker = any(c.dep_ == "nsubj" and c.lower_ != "it" for c in node.children)  # "the veterans recalled", not "It is to be recalled"
            reported_by = reported_by or (node.text if speaker else None)
            break  # "It is to be recalled that the forces withdrew": a fact recalled, whatever the mood of recalling
        if explains_the_event(node, came_by, came_from) and (trigger.pos_ != "NOUN" or definite_event(trigger)):
            break  # "gave no reason for the cancellation", "offered no explanation for calling off": the event took place
        answered = answered_rumour(node, came_by, came_from)
        if answered is not None:
            return Realis(False, "negated", answered.text)  # "responding to rumours that the event had been banned": denied
        if demand_above(node, trigger, came_by, demand):
            return Realis(False, "demanded", node.text)  # "threatened to pull out unless paid": a threat, whatever its condition
        mood = clause_mood(node, trigger, rule, lexicons)
        intent = intent_over_condition(node, demand, future) if mood is not None and not mood.realis else None
        if intent is not None:
            return Realis(False, intent[0], intent[1].text)  # "threatened to refuse to serve if the law passes": the threat decides
        if mood is not None:
            return mood
        remark = depth == 2 and noun_object and came_by == "prep" and node.lemma_.lower() in lexicon("verb_remark") and definite_event(trigger)
        remark = remark or (depth == 1 and noun_object and came_by == "dobj" and node.lemma_.lower() in lexicon("verb_remark_object") and definite_event(trigger))
        commented_on = commented_on or remark
        for child in [] if anterior else node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "never") and not no_fewer_than(child)) or no_longer(child) or correlative_negative(child, came_by):
                if (separate_conjunct(came_by, came_from) or contrasted_conjunct(came_by, came_from, node)) and not correlative_negative(child, came_by):
                    continue  # "said police could not guarantee security, and that the display would not take place", "had not been defeated but had pulled back": the first clause's "not"
                if unverified(node, trigger) and speaker_declines(node, came_by, report):
                    return Realis(False, "hypothetical", node.text)  # "the general said he could not confirm that Russian troops were pulling back"
                if unverified(node, trigger):
                    reported_by = reported_by or node.text
                    continue  # "could not be independently verified": a claim nobody could check, still reported
                if child.dep_ == "det" and excepted(came_from, node):
                    continue  # "had no choice but to cancel": the event is the one choice left
                if rule.negation_is_event and (depth == 0 or (depth == 1 and node.lemma_ == "be") or node.i == going_off or (came_by == "conj" and child.dep_ == "det") or (child.dep_ == "det" and in_no_list(trigger, node))):
                    continue  # "will not be held", "there won't be a parade", "is not going to hold", "no tree ... and no fireworks": the negation is the event
                if depth == 1 and noun_object and node.lemma_.lower() not in lexicon("verb_existential") | lexicon("verb_perform"):
                    continue  # "did not explain the cancellation": the cancellation still happened; not "did not beat a retreat"
                if remark:
                    continue  # "Moscow has not commented on the withdrawal": the withdrawal still happened
                if depth == 1 and came_by in ("nsubj", "nsubjpass") and (node.lower_ in lexicons["cue_false"] or any(c.dep_ in ("acomp", "attr") and c.lower_ in lexicons["cue_false"] for c in node.children)):
                    continue  # "the withdrawal was not fabricated", "the surrender was not fake": a falsehood denied
                if depth == 0 and demand_above(node.head, trigger, node.dep_, demand):
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
            nobody = negative_subject(node)
            if nobody is not None and not (nobody.lower_ == "neither" and trigger.pos_ in ("NOUN", "PROPN")):  # "Neither the withdrawal nor the cuts were preceded by consultation": said of the events
                return Realis(False, "negated", nobody.text)  # "No Hamas fighters have surrendered"
            nobody = to_nobody(node)
            if nobody is not None:
                return Realis(False, "negated", nobody.text)  # "gave ground to nobody"
            nothing = nothing_given(node) if depth == 0 else None  # the event's own verb: not "to say nothing of desertion"
            if nothing is not None:
                return Realis(False, "negated", nothing.text)  # "gave up no ground", "surrendered nothing"
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in modal | lexicons["cue_decision_aux"]:
                if separate_conjunct(came_by, came_from):
                    continue  # "police could not guarantee security, and the display was cancelled": the first clause's modal
                if remark:
                    continue  # "officials would not elaborate on the cancellation": the remark's mood, not the event's
                if child.lower_ in lexicon("cue_epistemic_modal") and perfect(node):
                    reported_by = reported_by or child.text
                    continue  # "may have surrendered", "must have deserted": a guess at the past, a hedged report
                if unverified(node, trigger) and any(c.dep_ == "neg" for c in node.children):
                    continue  # "could not be verified": the modal is the check's, not the event's
                if depth >= 1 and child.lower_ in lexicons["cue_ability"] and node.lemma_.lower() in lexicon("perception_verb") and not any(c.dep_ == "neg" for c in node.children):
                    reported_by = reported_by or node.text
                    continue  # "we could see them pulling back": what was seen
                if child.lower_ in lexicons["cue_deontic"]:
                    return Realis(False, "demanded", child.text)  # "Russian troops must withdraw"
                decision = child.lower_ in lexicons["cue_decision_aux"]
                if rule.decision_future and decision and (
                    (depth == 0 and (passive(node) or rule.negation_is_event or node.lemma_.lower() in lexicon("abstain_verb")))
                    or (depth >= 1 and rule.negation_is_event and node.lemma_ == "be" and (came_from.i == first_conjunct(trigger).i or existential_list(trigger, node)))
                ):
                    continue  # "the parade will not be held", "there will be no tree, no parade and no fireworks": a decision, not a forecast
                if rule.negation_is_event and depth == 0 and child.lower_ in lexicons["cue_ability"] and any(c.dep_ == "neg" for c in node.children):
                    continue  # "the parade cannot go ahead": unable to happen, it is off
                if child.lower_ == "would" and rule.decision_future and reported_above(node, report | lexicon("verb_declare") | lexicons["cue_decision"]):
                    continue  # "organisers announced that the events would be cancelled", "declared they would not fight", "decided that the carnival would be cancelled": a decision, in reported speech
                kind = "hypothetical" if child.lower_ in lexicons["cue_hypothetical_modal"] else "future"
                if kind == "hypothetical" and plan_as_subject(node, future):
                    kind = "future"  # "a proposal under discussion would see troops withdraw": what a plan would do is planned
                if child.lower_ in lexicon("cue_backshifted_modal") and reported_above(node, report) and not perfect(node):
                    kind = "future"  # "negotiators said the fighters would surrender on Friday": "will", reported
                return Realis(False, kind, child.text)
        if node.lemma_ == "be" and depth >= 1:  # "the condition for talks is the withdrawal"
            for subj in (c for c in node.children if c.dep_ == "nsubj"):
                if subj.lemma_.lower() in future | demand:
                    return Realis(False, "demanded" if subj.lemma_.lower() in demand else "future", subj.text)
            for comp in (c for c in node.children if c.dep_ == "acomp" and c.lemma_.lower() in future and c.i != trigger.i):
                return Realis(False, "future", comp.text)  # "US withdrawal is likely to be messy"
            if came_by == "nsubj":  # "a pullout is one of the conditions of the accord", "the withdrawal is a key demand"
                for named in (n for a in node.children if a.dep_ == "attr" for n in (a, *of_objects(a))):
                    if named.lemma_.lower() in lexicons["cue_condition"]:
                        return Realis(False, "demanded" if named.lemma_.lower() in demand else "future", named.text)
        if depth >= 1 and came_by == "nsubj" and node.lemma_.lower() in lexicon("verb_seem"):
            for comp in (c for c in node.children if c.dep_ == "acomp" and c.lemma_.lower() in future):
                return Realis(False, "future", comp.text)  # "A further withdrawal from border towns looks likely": forecast
        if node.i == trigger.i and put_off(node):
            return Realis(False, "future", node.head.text)  # "the withdrawal ... has been delayed": still to come
        if node.i == trigger.i and (idea_of(node) or sanctioned(node, lexicons)):
            return Realis(False, "hypothetical", node.head.head.text)  # "the value of a strategic retreat"
        if node.i == trigger.i and talk_about(node) is not None:
            return Realis(False, "hypothetical", talk_about(node).text)  # "talks on the surrender", "discussed the departure"
        if node.pos_ in ("NOUN", "PROPN"):
            carried_out = node.i == trigger.i and (performing_verb(node) or completing_verb(node)) is not None  # "carried out a planned redeployment": the plan was done
            for mod in (c for c in node.children if not carried_out and c.dep_ in ("amod", "compound") and (c.lemma_.lower() in lexicon("modifier_irrealis") or c.lower_ in lexicon("modifier_irrealis"))):
                return Realis(False, "future", mod.text)  # "a potential US withdrawal", "the planned pullout"
            for mod in judged_as(node):
                return Realis(False, "future", mod.text)  # "we assess a full withdrawal as possible but not imminent"
            if came_by == "compound" and node.lemma_.lower() in lexicon("plan_noun"):
                return Realis(False, "future", node.text)  # "AUSSOM drawdown plans", "the withdrawal plan": what is planned
            for mod in (c for c in node.children if c.dep_ == "amod" and c.lower_ in lexicons["cue_false"]):
                return Realis(False, "negated", mod.text)  # "fabricated mass surrenders", "fake surrenders": they did not happen
            called_false = said_to_be_false(node, lexicons["cue_false"]) if node.i == trigger.i and not falsehood_denied(node) else None
            if called_false is not None:
                return Realis(False, "negated", called_false)  # "the alleged surrender was fabricated", "the withdrawal was fake"
        if rule.decision_future and decided(node, lexicons) and not mandative_clause(node, came_from) and not (node.dep_ == "acl" and mandative_clause(node.head, node)):  # not "a resolution filed ... that the festival be cancelled", nor "urged in a resolution that"
            undecided = undecided_mood(node.head, lexicons)
            if undecided is not None:
                return undecided  # "the council may decide to cancel", "if organisers decide that the fair would be cancelled"
            reported_by = reported_by or reported_above(node, report)  # "organisers said they were directed to cancel"
            break  # "the decision to cancel", "were directed to cancel": the cancellation was decided
        asking = demand_noun(node) if node.dep_ == "advcl" else None
        if asking is not None and (rule.orders_are_demands or asking.lemma_.lower() not in lexicon("verb_order")):
            return Realis(False, "demanded", asking.text)  # "Russia Issues Ultimatum To Defenders To Lay Down Arms"
        going = negated_going_future(node) if depth <= 1 else None
        if going is not None and rule.negation_is_event and rule.decision_future:
            going_off = going.i  # "is not going to hold", "There is not going to be": a decision, like "will not"
        elif going is not None:
            return Realis(False, "negated", going.text)  # "is not going to be cancelled", "are not going to withdraw"
        elif (infinitive_purpose(node, report) or aim_of_noun(node, lexicons["cue_purpose"])) and not additive_aside(node) and not tried_under_way(node) and not arranged_for(node.head, node.dep_, node):
            denial = denied_aim(node)
            if denial is not None:
                return Realis(False, "negated", denial.text)  # "there were no plans to cancel the parade"
            return Realis(False, "future", f"to {node.text}")
        if anterior and came_by == "ccomp" and node.lemma_.lower() in report and node.pos_ in ("VERB", "AUX"):
            reported_by = reported_by or node.text  # "officials said they were taken prisoner after surrendering": told with its clause
        used = came_by == "conj" and calls_a_channel(node)  # "have called the hotline and surrendered": a use, then the deed
        if node.i != trigger.i and not anterior and not used and not past_beside(node, came_by, came_from) and not separate_conjunct(came_by, came_from):  # "banned X and cancelled Y"; "police would not provide escorts, and the procession was cancelled"
            lemma = node.lemma_.lower()
            permits = came_by == "xcomp" and permitting_head(came_from) is not None and lemma not in lexicon("verb_control")  # "authorised them to"
            if (rule.orders_are_demands or rule.label == "REFUSAL_TO_FIGHT") and (lemma in lexicon("verb_order") or permits) and came_by == "xcomp" and not order_obeyed(node, came_from) and not (rule.label == "SURRENDER" and ordered_in_surrender(node)):
                # an order to desert or to refuse is a call on the enemy's soldiers, never done by being given
                return Realis(False, "demanded", node.text)  # "leaflets told Russian soldiers to give themselves up"
            if came_by == "xcomp" and (orders_another_state(node, lexicons) or orders_foreign_force(node, lexicons)):
                return Realis(False, "demanded", node.text)  # "told France to withdraw its soldiers", "Niger's junta ordered French troops to leave"
            if warned_of(node, came_from, trigger) and not past_relative(trigger):
                return Realis(False, "future", node.text)  # "warned of a hasty withdrawal": a danger foreseen, as "feared"
            if warned_of(node, came_from, trigger):
                reported_by = reported_by or node.text  # "warned of a retreat that left tanks behind": told by who warned
            if lemma in lexicon("cue_discussion") and came_by in ("xcomp", "pcomp") and node.pos_ == "VERB":
                return Realis(False, "hypothetical", node.text)  # "officials discussed cancelling the fireworks"
            if mandative_clause(node, came_from):
                return Realis(False, "demanded", node.text)  # "Kyiv insists that Russian forces leave": asked, not reported
            said_false = said_to_be_false(node, lexicons["cue_false"]) if lemma in report and (node.pos_ == "NOUN" or node.dep_ == "nsubj") else None
            if said_false is not None:
                return Realis(False, "negated", said_false)  # "reports that the garrison had surrendered were false" ("reports" a subject tagged a verb after "said")
            if said_in_report_noun(node, came_from) or reported_of(node, came_from) or emerged_that(node, came_by) or ruled_that(node, came_by):
                reported_by = reported_by or node.text  # "unconfirmed reports that the garrison had surrendered"
            elif contradicted_claim(node) is not None and lemma in report:
                return Realis(False, "negated", contradicted_claim(node).text)  # "despite announcing withdrawals, Russia kept its forces"
            elif came_by == "ccomp" and lemma in lexicon("cue_report_clause") and node.pos_ in ("VERB", "AUX") and not declared_will(came_from):
                reported_by = reported_by or node.text  # "rebels declared that they had forced the army to withdraw"
            elif lemma in report and node.pos_ in ("VERB", "AUX") and not additive_aside(node):  # not "to say nothing of"
                false_claim = next((c for c in node.children if c.dep_ == "advmod" and c.lower_ in lexicons["cue_false"]), None)
                if false_claim is not None:
                    return Realis(False, "negated", false_claim.text)  # "falsely asserting that troops surrendered"
                reported_by = reported_by or node.text
            elif lemma in negating and commented_on and came_by == "xcomp":
                pass  # "Peskov refused to comment on the pullout": the remark was refused, the pullout still happened
            elif lemma in negating and not denies_another(node, came_by):
                return Realis(False, "negated", node.text)
            elif rests_on(node, came_from, lexicons["cue_contingent"]):
                return Realis(False, "hypothetical", node.text)  # "the truce hinged on the withdrawal of the fighters"
            elif (came_by == "dobj" and came_from.pos_ == "NOUN" and came_from.lemma_.lower() in lexicon("verb_order")) or permission_given(node, came_by, came_from):
                if rule.orders_are_demands:  # "gave the order to surrender": asked of them
                    return Realis(False, "demanded", came_from.text)
                # "gave the order to withdraw the garrison", "gave permission to withdraw": an order reported as issued (the ontology counts it)
            elif rule.orders_are_demands and lemma in lexicon("verb_order") and not order_obeyed(node, came_from) and not (rule.label == "SURRENDER" and ordered_in_surrender(node)):
                return Realis(False, "demanded", node.text)  # "instructed the Kurds to surrender"
            elif any(c.dep_ == "oprd" for c in node.children):
                pass  # "called the withdrawal a move to regroup", "called it a regrouping": naming, not asking or planning
            elif lemma in demand and not event_as_past_agent(node, came_by, came_from, trigger):
                return Realis(False, "demanded", node.text)
            elif lemma in lexicon("cue_promise") and promised_act(came_by, came_from) and not kept_in_deed(node, came_from) and not (rule.label == "SURRENDER" and (kept_in_captivity(node) or capitulation_agreed(node, came_from))):
                return Realis(False, "future", node.text)  # "agreed to withdraw"; not "agreed to surrender and did so" (captivity keeps only a surrender)
            elif lemma in future and not warned_about(node, came_by) and lemma not in lexicon("verb_control") and not attempt_under_way(node) and not event_as_past_agent(node, came_by, came_from, trigger) and not arranged_event(node, came_by, came_from, trigger) and not arranged_and_done(node, came_by, came_from) and not arranged_for(node, came_by, came_from):
                return Realis(False, "future", node.text)  # not "feared encirclement and withdrew": a verb beside it
        if stopped_short_of(node, came_by, came_from):
            return Realis(False, "negated", node.text)  # "stopped short of cancelling the celebrations"
        if node.dep_ not in _CLAUSE_UP or node.head.i == node.i or own_clause(node) or charged_act(node):  # "will face trial for abandoning": told as done
            break
        anterior = anterior or anterior_clause(node, lexicons["cue_anterior"])
        earlier = earlier_infinitive(node) or (earlier_infinitive(node.head) if node.dep_ == "conj" else None)
        came_by, came_from = (earlier.dep_, earlier) if earlier is not None else (node.dep_, node)
        node = came_from.head
    return told(trigger, sentence, node, reported_by, lexicons)
