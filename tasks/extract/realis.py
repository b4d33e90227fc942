"""Did it happen? Realis and modality of a trigger, with the cue that decided it.

Modalities: ``asserted`` and ``reported`` (realis true); ``negated``,
``future``, ``demanded``, ``hypothetical`` (realis false). The walk goes from
the trigger up its chain of governing verbs until a reporting verb ("X said
that ...") closes the clause.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.accusation import charged_act
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
from tasks.extract.discussed import talk_about
from tasks.extract.explained_event import explains_the_event
from tasks.extract.foreign_order import orders_another_state, orders_foreign_force
from tasks.extract.generics import generic_statement, offer_condition
from tasks.extract.going_to import negated_going_future
from tasks.extract.mandative import mandative_clause
from tasks.extract.negative_recipient import nothing_given, to_nobody
from tasks.extract.never_was import acquitted_of, denied_by_relative, signal_cut_short
from tasks.extract.no_list import existential_list, in_no_list
from tasks.extract.not_until import happened_at_last
from tasks.extract.own_clause import contrasted_conjunct, correlative_negative, denied_conjunct, lead_in_subject, own_clause, separate_conjunct
from tasks.extract.patterns import Rule, lexicon
from tasks.extract.performed_act import completing_verb, performing_verb
from tasks.extract.permission import permission_given, permitting_head
from tasks.extract.pointed_example import pointed_to
from tasks.extract.punished_kind import punished_kind
from tasks.extract.purpose_clause import purpose_marker
from tasks.extract.recalled import recalled_fact
from tasks.extract.report_cues import claimed_modifier, emerged_that, report_noun, reported_of, ruled_that, said_in_report_noun
from tasks.extract.roles import arrived, demand_noun, is_ordinal_infinitive, simple_or_perfect_past
from tasks.extract.short_of import stopped_short_of
from tasks.extract.surrender_channel import calls_a_channel, channel_use
from tasks.extract.threat_condition import threat_behind
from tasks.extract.time_measure import measures_time
from tasks.extract.token_classes import has_class
from tasks.extract.tree import first_conjunct, with_conjuncts

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
    never = denied_by_relative(trigger) or acquitted_of(trigger) or signal_cut_short(trigger)  # "acquitted of desertion"; "waving a white rag, but he is then hit"
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
    quoted = _quoted_names(sentence, trigger, lexicons["cue_false"])
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
        if explains_the_event(node, came_by, came_from) and (trigger.pos_ != "NOUN" or _definite_event(trigger)):
            break  # "gave no reason for the cancellation", "offered no explanation for calling off": the event took place
        answered = answered_rumour(node, came_by, came_from)
        if answered is not None:
            return Realis(False, "negated", answered.text)  # "responding to rumours that the event had been banned": denied
        if _demand_above(node, trigger, came_by, demand):
            return Realis(False, "demanded", node.text)  # "threatened to pull out unless paid": a threat, whatever its condition
        mood = clause_mood(node, trigger, rule, lexicons)
        intent = intent_over_condition(node, demand, future) if mood is not None and not mood.realis else None
        if intent is not None:
            return Realis(False, intent[0], intent[1].text)  # "threatened to refuse to serve if the law passes": the threat decides
        if mood is not None:
            return mood
        remark = depth == 2 and noun_object and came_by == "prep" and node.lemma_.lower() in lexicon("verb_remark") and _definite_event(trigger)
        remark = remark or (depth == 1 and noun_object and came_by == "dobj" and node.lemma_.lower() in lexicon("verb_remark_object") and _definite_event(trigger))
        commented_on = commented_on or remark
        for child in [] if anterior else node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "never") and not _no_fewer_than(child)) or _no_longer(child) or correlative_negative(child, came_by):
                if (separate_conjunct(came_by, came_from) or contrasted_conjunct(came_by, came_from, node)) and not correlative_negative(child, came_by):
                    continue  # "said police could not guarantee security, and that the display would not take place", "had not been defeated but had pulled back": the first clause's "not"
                if _unverified(node, trigger) and _speaker_declines(node, came_by, report):
                    return Realis(False, "hypothetical", node.text)  # "the general said he could not confirm that Russian troops were pulling back"
                if _unverified(node, trigger):
                    reported_by = reported_by or node.text
                    continue  # "could not be independently verified": a claim nobody could check, still reported
                if child.dep_ == "det" and _excepted(came_from, node):
                    continue  # "had no choice but to cancel": the event is the one choice left
                if rule.negation_is_event and (depth == 0 or (depth == 1 and node.lemma_ == "be") or node.i == going_off or (came_by == "conj" and child.dep_ == "det") or (child.dep_ == "det" and in_no_list(trigger, node))):
                    continue  # "will not be held", "there won't be a parade", "is not going to hold", "no tree ... and no fireworks": the negation is the event
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
                if _unverified(node, trigger) and any(c.dep_ == "neg" for c in node.children):
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
                if child.lower_ == "would" and rule.decision_future and _reported_above(node, report | lexicon("verb_declare") | lexicons["cue_decision"]):
                    continue  # "organisers announced that the events would be cancelled", "declared they would not fight", "decided that the carnival would be cancelled": a decision, in reported speech
                kind = "hypothetical" if child.lower_ in lexicons["cue_hypothetical_modal"] else "future"
                if kind == "hypothetical" and _plan_as_subject(node, future):
                    kind = "future"  # "a proposal under discussion would see troops withdraw": what a plan would do is planned
                if child.lower_ in lexicon("cue_backshifted_modal") and _reported_above(node, report) and not perfect(node):
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
        if depth >= 1 and came_by == "nsubj" and node.lemma_.lower() in lexicon("verb_seem"):
            for comp in (c for c in node.children if c.dep_ == "acomp" and c.lemma_.lower() in future):
                return Realis(False, "future", comp.text)  # "A further withdrawal from border towns looks likely": forecast
        if node.i == trigger.i and _put_off(node):
            return Realis(False, "future", node.head.text)  # "the withdrawal ... has been delayed": still to come
        if node.i == trigger.i and (_idea_of(node) or _sanctioned(node, lexicons)):
            return Realis(False, "hypothetical", node.head.head.text)  # "the value of a strategic retreat"
        if node.i == trigger.i and talk_about(node) is not None:
            return Realis(False, "hypothetical", talk_about(node).text)  # "talks on the surrender", "discussed the departure"
        if node.pos_ in ("NOUN", "PROPN"):
            carried_out = node.i == trigger.i and (performing_verb(node) or completing_verb(node)) is not None  # "carried out a planned redeployment": the plan was done
            for mod in (c for c in node.children if not carried_out and c.dep_ in ("amod", "compound") and (c.lemma_.lower() in lexicon("modifier_irrealis") or c.lower_ in lexicon("modifier_irrealis"))):
                return Realis(False, "future", mod.text)  # "a potential US withdrawal", "the planned pullout"
            for mod in _judged_as(node):
                return Realis(False, "future", mod.text)  # "we assess a full withdrawal as possible but not imminent"
            if came_by == "compound" and node.lemma_.lower() in lexicon("plan_noun"):
                return Realis(False, "future", node.text)  # "AUSSOM drawdown plans", "the withdrawal plan": what is planned
            for mod in (c for c in node.children if c.dep_ == "amod" and c.lower_ in lexicons["cue_false"]):
                return Realis(False, "negated", mod.text)  # "fabricated mass surrenders", "fake surrenders": they did not happen
            called_false = _said_to_be_false(node, lexicons["cue_false"]) if node.i == trigger.i and not _falsehood_denied(node) else None
            if called_false is not None:
                return Realis(False, "negated", called_false)  # "the alleged surrender was fabricated", "the withdrawal was fake"
        if rule.decision_future and _decided(node, lexicons) and not mandative_clause(node, came_from) and not (node.dep_ == "acl" and mandative_clause(node.head, node)):  # not "a resolution filed ... that the festival be cancelled", nor "urged in a resolution that"
            undecided = _undecided(node.head, lexicons)
            if undecided is not None:
                return undecided  # "the council may decide to cancel", "if organisers decide that the fair would be cancelled"
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
        elif (_infinitive_purpose(node, report) or _aim_of_noun(node, lexicons["cue_purpose"])) and not additive_aside(node) and not tried_under_way(node) and not arranged_for(node.head, node.dep_, node):
            denial = _denied_aim(node)
            if denial is not None:
                return Realis(False, "negated", denial.text)  # "there were no plans to cancel the parade"
            return Realis(False, "future", f"to {node.text}")
        if anterior and came_by == "ccomp" and node.lemma_.lower() in report and node.pos_ in ("VERB", "AUX"):
            reported_by = reported_by or node.text  # "officials said they were taken prisoner after surrendering": told with its clause
        used = came_by == "conj" and calls_a_channel(node)  # "have called the hotline and surrendered": a use, then the deed
        if node.i != trigger.i and not anterior and not used and not _past_beside(node, came_by, came_from) and not separate_conjunct(came_by, came_from):  # "banned X and cancelled Y"; "police would not provide escorts, and the procession was cancelled"
            lemma = node.lemma_.lower()
            permits = came_by == "xcomp" and permitting_head(came_from) is not None and lemma not in lexicon("verb_control")  # "authorised them to"
            if (rule.orders_are_demands or rule.label == "REFUSAL_TO_FIGHT") and (lemma in lexicon("verb_order") or permits) and came_by == "xcomp" and not order_obeyed(node, came_from) and not (rule.label == "SURRENDER" and ordered_in_surrender(node)):
                # an order to desert or to refuse is a call on the enemy's soldiers, never done by being given
                return Realis(False, "demanded", node.text)  # "leaflets told Russian soldiers to give themselves up"
            if came_by == "xcomp" and (orders_another_state(node, lexicons) or orders_foreign_force(node, lexicons)):
                return Realis(False, "demanded", node.text)  # "told France to withdraw its soldiers", "Niger's junta ordered French troops to leave"
            if _warned_of(node, came_from, trigger) and not _past_relative(trigger):
                return Realis(False, "future", node.text)  # "warned of a hasty withdrawal": a danger foreseen, as "feared"
            if _warned_of(node, came_from, trigger):
                reported_by = reported_by or node.text  # "warned of a retreat that left tanks behind": told by who warned
            if lemma in lexicon("cue_discussion") and came_by in ("xcomp", "pcomp") and node.pos_ == "VERB":
                return Realis(False, "hypothetical", node.text)  # "officials discussed cancelling the fireworks"
            if mandative_clause(node, came_from):
                return Realis(False, "demanded", node.text)  # "Kyiv insists that Russian forces leave": asked, not reported
            said_false = _said_to_be_false(node, lexicons["cue_false"]) if lemma in report and (node.pos_ == "NOUN" or node.dep_ == "nsubj") else None
            if said_false is not None:
                return Realis(False, "negated", said_false)  # "reports that the garrison had surrendered were false" ("reports" a subject tagged a verb after "said")
            if said_in_report_noun(node, came_from) or reported_of(node, came_from) or emerged_that(node, came_by) or ruled_that(node, came_by):
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
            elif (came_by == "dobj" and came_from.pos_ == "NOUN" and came_from.lemma_.lower() in lexicon("verb_order")) or permission_given(node, came_by, came_from):
                if rule.orders_are_demands:  # "gave the order to surrender": asked of them
                    return Realis(False, "demanded", came_from.text)
                # "gave the order to withdraw the garrison", "gave permission to withdraw": an order reported as issued (the ontology counts it)
            elif rule.orders_are_demands and lemma in lexicon("verb_order") and not order_obeyed(node, came_from) and not (rule.label == "SURRENDER" and ordered_in_surrender(node)):
                return Realis(False, "demanded", node.text)  # "instructed the Kurds to surrender"
            elif any(c.dep_ == "oprd" for c in node.children):
                pass  # "called the withdrawal a move to regroup", "called it a regrouping": naming, not asking or planning
            elif lemma in demand and not _event_as_past_agent(node, came_by, came_from, trigger):
                return Realis(False, "demanded", node.text)
            elif lemma in lexicon("cue_promise") and came_by == "xcomp" and not kept_in_deed(node, came_from) and not (rule.label == "SURRENDER" and (kept_in_captivity(node) or capitulation_agreed(node, came_from))):
                return Realis(False, "future", node.text)  # "agreed to withdraw"; not "agreed to surrender and did so" (captivity keeps only a surrender)
            elif lemma in future and not _warned_about(node, came_by) and lemma not in lexicon("verb_control") and not attempt_under_way(node) and not _event_as_past_agent(node, came_by, came_from, trigger) and not _arranged_event(node, came_by, came_from, trigger) and not arranged_and_done(node, came_by, came_from) and not arranged_for(node, came_by, came_from):
                return Realis(False, "future", node.text)  # not "feared encirclement and withdrew": a verb beside it
        if stopped_short_of(node, came_by, came_from):
            return Realis(False, "negated", node.text)  # "stopped short of cancelling the celebrations"
        if node.dep_ not in _CLAUSE_UP or node.head.i == node.i or own_clause(node) or charged_act(node):  # "will face trial for abandoning": told as done
            break
        anterior = anterior or _anterior(node, lexicons["cue_anterior"])
        earlier = _earlier_infinitive(node) or (_earlier_infinitive(node.head) if node.dep_ == "conj" else None)
        came_by, came_from = (earlier.dep_, earlier) if earlier is not None else (node.dep_, node)
        node = came_from.head
    return told(trigger, sentence, node, reported_by, lexicons)


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


def _speaker_declines(check: Token, came_by: str, report: frozenset[str]) -> bool:
    """ "The commander said he could not confirm that Russian troops were pulling back": the one who speaks declines to
    vouch for the clause he is asked about, and nobody else in the sentence claims it (the event is the check's own
    that-clause, under a report whose speaker the pronoun stands for). Not "Reuters could not confirm that ..." (the
    writer's check of a claim made elsewhere), nor "said it could not confirm reports that ..." (others' reports)."""
    speaker = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in check.children)
    return came_by == "ccomp" and speaker and check.dep_ == "ccomp" and check.head.lemma_.lower() in report


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


def _judged_as(noun: Token) -> list[Token]:
    """ "assess a full withdrawal as possible but not imminent": an adjective of possibility (lexicons/modifier_irrealis.txt)
    that the noun's "as" phrase predicates of it says it is still to come; not a noun it is named as ("described the
    departure as a planned regrouping": the regrouping is the name, and the departure happened)."""
    words = lexicon("modifier_irrealis")
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # the parser may hang "as possible" on the verb
    said = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children if c.pos_ == "ADJ" for a in with_conjuncts(c)]
    return [a for a in said if a.lower_ in words or a.lemma_.lower() in words]


def _rests_on(node: Token, came_from: Token, contingent: frozenset[str]) -> bool:
    """ "hinged on the withdrawal", "depends upon a pullout", "contingent on their surrender": the event
    is what something else needs, not what happened; so is an event that, as the subject in the present, depends on
    something ("any further drawdown depends on security conditions": still to come; not "the pullout depended on")."""
    if node.lemma_.lower() not in contingent:
        return False
    if came_from.dep_ == "nsubj" and node.tag_ in ("VBZ", "VBP"):
        return True
    return came_from.dep_ == "prep" and came_from.lower_ in lexicon("prep_contingent")


def _of_objects(noun: Token) -> list[Token]:
    """ "one of the conditions": the objects of the noun's "of"."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


QUOTED_NAME_TOKENS = 6  # a quoted stretch this short is a name or a slogan ("'I Want to Live'"), not a quotation


def _quoted_names(sentence: Span, trigger: Token, false_words: frozenset[str]) -> set[int]:
    """Indices of the tokens of short quoted stretches that do not hold the trigger; not a quoted verdict of falsehood
    ('spreading "false stories" of desertions': the speaker's words, lexicons/cue_false.txt, that deny the event)."""
    quotes = [t.i for t in sentence if t.is_quote and t.dep_ == "punct"]  # not the possessive mark of "the soldiers' surrender"
    out: set[int] = set()
    for a, b in zip(quotes[::2], quotes[1::2]):
        verdict = any(sentence.doc[i].lower_ in false_words for i in range(a + 1, b))
        if b - a - 1 <= QUOTED_NAME_TOKENS and not a < trigger.i < b and not verdict:
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
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lexicon("event_phase_noun"):
        noun = noun.head.head  # "a second phase of the drawdown has been delayed": that part of it is still to come
    verb = noun.head
    if noun.pos_ != "NOUN" or verb.lemma_.lower() not in lexicon("verb_postpone"):
        return False
    if noun.dep_ == "dobj":
        return _own_event(noun, verb)  # "the French soldiers delayed their departure", "France postponed the withdrawal of its troops"
    agent = any(c.dep_ == "agent" and not measures_time(c) for c in verb.children)  # not "postponed by a week"
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


def _sanctioned(noun: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """A bare event noun that a rule punishes ("penalties for desertion", "the punishment for surrender", a state's
    law: "Russia's own penalties for voluntary surrender"): a kind of act; not "his punishment for desertion"."""
    rule = noun.head.head
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    return (
        noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "for" and bare
        and rule.lemma_.lower() in lexicon("cue_sanction")
        and not any(c.dep_ == "poss" and not has_class(c, "state", lexicons) for c in rule.children)
    )


def _infinitive_purpose(node: Token, report: frozenset[str]) -> bool:
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
    """The determiner that denies the noun an infinitive of aim hangs on ("no plans to cancel the parade"), or the
    verb that denies it ("denied plans to cancel the parade")."""
    noun = node.head
    if node.dep_ not in ("acl", "xcomp") or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon("cue_negating"):
        return noun.head  # "denied plans to cancel the parade", "rejected plans to scrap the carnival"
    return next((c for c in noun.children if c.dep_ == "det" and c.lower_ in lexicon("determiner_negative")), None)


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


def _reported_above(node: Token, report: frozenset[str]) -> str | None:
    """The reporting verb above ``node`` ("organisers said they had been directed to cancel"), or the report noun
    ("the mayor's announcement that the carnival would not be held"), if any."""
    return next((a.text for a in node.ancestors if (a.lemma_.lower() in report and a.pos_ in ("VERB", "AUX")) or report_noun(a)), None)


def _undecided(decider: Token, lexicons: dict[str, frozenset[str]]) -> Realis | None:
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


def _decided(node: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """An infinitive or clause that a decision or an order governs: "the decision to cancel",
    "came to the determination to cancel", "we have been directed to cancel", "instructed that X be cancelled"."""
    head = node.head
    if node.dep_ not in ("acl", "xcomp", "ccomp", "advcl") or head.i == node.i:
        return False
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and c.lemma_.lower() in lexicons["cue_decision"] for c in head.children):
        return True  # "A decision was taken not to hold the parade": the infinitive is the decision's, not an aim of taking it
    return head.lemma_.lower() in lexicons["cue_decision"]


def _no_fewer_than(det: Token) -> bool:
    """ "No fewer than 312 Boko Haram terrorists have surrendered", "no less than 40 soldiers": "no" before a comparative
    and "than" (lexicons/comparative_fewer.txt) gives a count, at least so many, and denies nothing."""
    doc = det.doc
    return det.i + 2 < len(doc) and doc[det.i + 1].lower_ in lexicon("comparative_fewer") and doc[det.i + 2].lower_ == "than"


def _no_longer(adverb: Token) -> bool:
    """ "no longer withdraw", "are no longer deserting": "no" hangs on "longer", not on the verb, and denies it all the same."""
    return adverb.dep_ == "advmod" and adverb.lower_ == "longer" and any(c.dep_ == "neg" and c.lower_ == "no" for c in adverb.children)


def _negative_subject(verb: Token) -> Token | None:
    """ "No soldiers of the brigade deserted": a subject quantified by "no" denies the event; also "None of the
    soldiers deserted during the battle", whose verb the parser hung on "None" as a participle."""
    if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.lower_ in lexicon("pronoun_negative") and verb.head.dep_ not in ("pobj", "dobj"):
        return verb.head
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not lead_in_subject(c)):
        if subject.lower_ in lexicon("pronoun_negative"):
            return subject
        quantifiers = [subject, *(c for c in subject.children if c.dep_ == "nummod")]
        not_one = next((c for q in quantifiers for c in q.children if c.dep_ == "neg" and c.i < subject.i and not _no_fewer_than(c)), None)
        if not_one is not None:
            return not_one  # "Not a single one of our fighters has surrendered", "not one soldier deserted"
        det = next((c for c in subject.children if (c.dep_ == "det" and c.lower_ == "no" and not _no_fewer_than(c)) or (c.dep_ in ("det", "preconj") and c.lower_ == "neither")), None)
        if det is not None:
            return det
    return None


def _denies_another(verb: Token, came_by: str) -> bool:
    """ "Mutiny in Regiment as Reservists Refuse to Fight" (the mutiny parsed as the subject), "the pullout prevented a
    rout": a negating verb with a complement of its own negates that, not the event that is its subject
    ("the withdrawal failed" has none: it is denied)."""
    return came_by == "nsubj" and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
