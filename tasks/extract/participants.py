"""Parses → events, the participants: who did it (the actor), what was left or cancelled (the themes),
to whom (the receivers), and the gates that drop a match whose participants cannot make it an event."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tasks.extract import armed, captor_voice, group_anaphors, place_tokens, roles, sources, token_classes, tree
from tasks.extract.armed_pressure import armed_pressure
from tasks.extract.arms_refused import arms_down_in_refusal
from tasks.extract.business_exit import firm_exit
from tasks.extract.context import DocumentContext, context_offset, names_in, of_token
from tasks.extract.count_of_us import count_of_us
from tasks.extract.declined_task import faces_justice, faces_no_fight, fights_no_enemy
from tasks.extract.disarmament import arms_handed_back
from tasks.extract.errand import leaving_on_leave, on_a_task_of_the_fight, on_an_errand, round_trip, to_attack
from tasks.extract.event_reference import definite_event_noun, force_side_before
from tasks.extract.fight_for_prize import fight_for_no_ground
from tasks.extract.figurative_leave import no_event_sense
from tasks.extract.first_person import about_the_war, first_person_singular
from tasks.extract.followed_suit import after_a_cancellation, follows_suit, on_another_topic
from tasks.extract.force_pronoun import stands_for_force
from tasks.extract.force_within import state_desertion, state_ranks
from tasks.extract.gesture_manner import hands_in_emotion
from tasks.extract.group_speaker import group_says_it
from tasks.extract.group_to_state import defects_to_the_state, goes_over_to_the_state
from tasks.extract.habitual_absence import absent_for_a_while
from tasks.extract.interview_answer import soldier_answers
from tasks.extract.intruders import armed_at_war
from tasks.extract.leavers import men_led_out
from tasks.extract.led_force import moves_with_own_force
from tasks.extract.member_force import leaves_a_membership
from tasks.extract.named_act import names_a_civil_act
from tasks.extract.named_mutiny import names_the_event
from tasks.extract.no_without import no_x_without_y
from tasks.extract.occasion_ban import banned_for_an_occasion
from tasks.extract.one_gun import hands_in_a_gun
from tasks.extract.order_before import refused_order_before
from tasks.extract.order_task import refused_order_to_hold_on
from tasks.extract.own_commander import tells_own_commander
from tasks.extract.own_refusal import part_of_us_refuses
from tasks.extract.own_unit import deserted_own_unit
from tasks.extract.patterns import Rule, Slot, lexicon
from tasks.extract.place_modifier import places_before
from tasks.extract.police_matter import beside_a_force, insurgents_to_the_state, officers_of_a_side, police_act, with_owners
from tasks.extract.post_leaver import leaves_a_held_post
from tasks.extract.posts_withdrawn import manned_posts
from tasks.extract.procession_route import moved_not_cancelled
from tasks.extract.put_off import part_of_a_held_event, postponed_instead
from tasks.extract.ranks import ranked_person
from tasks.extract.relief_receiver import within_a_relief
from tasks.extract.remainder import (
    bare_count,
    companions,
    count_beside_a_force,
    count_of_more,
    count_of_them,
    lead_names_force,
    part_of_plain_people,
    remainder_antecedent,
    rest_of_a_group_before,
)
from tasks.extract.sent_forward import sent_forward
from tasks.extract.soldier_act import soldier_act_doer
from tasks.extract.speaker_side import soldier_speaks
from tasks.extract.sport import an_athlete_quits, gives_up_a_contest, in_a_match, into_a_posture
from tasks.extract.staged import on_stage
from tasks.extract.standing_ban import standing_ban
from tasks.extract.those_who import those_of_a_force
from tasks.extract.told_cancellation import stands_for_cancellation
from tasks.extract.trend_noun import related_not_told
from tasks.extract.with_own_force import surrenders_with_own_force
from tasks.normalize import places


@dataclass(frozen=True)
class Participants:
    actor: Token | None
    themes: list[Token]
    receivers: list[Token]
    excluded: set[int]  # tokens of phrases that are not the actor's side


class ParticipantFinder:
    """A rule's participants for one trigger, read from the parse and the document's context."""

    def __init__(self, lexicons: dict[str, frozenset[str]]):
        self.lexicons = lexicons
        self._military = lexicons.get("military_context", frozenset()) | lexicons.get("armed", frozenset())

    def find(
        self, rule: Rule, trigger: Token, sentence: Span, group: str | None = None, headline: bool = False, context: DocumentContext | None = None
    ) -> Participants | None:
        lex = self.lexicons
        if roles.in_another_sense(trigger, lex):
            return None  # "emotional withdrawal", "moving back and forth", "drawdowns for Ukraine"
        if no_event_sense(rule.label, trigger):
            return None  # "abandoned its position on the climate deal", "left the battlefield with a wound", "a victim of its own success"
        if names_a_civil_act(trigger):
            return None  # "withdrew plans to cut the budget, in what critics called a humiliating retreat": a climb-down
        if in_a_match(trigger) or into_a_posture(trigger) or gives_up_a_contest(trigger) or an_athlete_quits(trigger):
            return None  # "surrendered a strong position, losing seven wickets", "we withdrew into defence": a team's
        if rule.label != "CANCELLED_CELEBRATION" and on_stage(trigger):
            return None  # "the tenor, playing a captain who surrenders his sword": acted, not fought
        if (rule.label == "RETREAT" and (on_an_errand(trigger) or to_attack(trigger) or round_trip(trigger))) or leaving_on_leave(trigger, rule.label):
            return None  # "the fleet left Sevastopol for exercises", "crossed back into Kursk to attack": no pullback; "leaving the base on leave"
        if rule.subject_is_opponent and sent_forward(trigger):
            return None  # "the army pushed its tanks towards the front", "commanders pushed fresh troops to the outskirts": sent on
        if rule.label != "CANCELLED_CELEBRATION" and on_a_task_of_the_fight(trigger):
            return None  # "left his position to carry a wounded comrade": a task of the fight, no flight from it
        if rule.label == "CANCELLED_CELEBRATION" and follows_suit(trigger) and (not after_a_cancellation(context, trigger, context_offset(trigger)) or on_another_topic(trigger)):
            return None  # "The central bank raised its rate. Two lenders followed suit": only after a cancellation is it one; not "the same decision regarding the budget"
        if rule.label == "CANCELLED_CELEBRATION" and (standing_ban(trigger) or part_of_a_held_event(trigger)):
            return None  # "mass events were still prohibited": a ban in force; "the procession was dropped, though the service itself went ahead": scaled back
        if rule.negation_is_event and absent_for_a_while(trigger):
            return None  # "Djibo has not held a parade since 2019": a lasting absence, no decision
        if rule.negation_is_event and roles.delayed(trigger, lex):
            return None  # "the parade will not be held until June": postponed, not cancelled
        if rule.negation_is_event and postponed_instead(trigger):
            return None  # "will not go ahead this Sunday as planned and has been postponed": put off, not cancelled
        if rule.negation_is_event and moved_not_cancelled(trigger, lex):
            return None  # "the parade will not march past the mausoleum but will take a new route": moved
        if rule.negation_is_event and no_x_without_y(trigger, lex):
            return None  # "No Military Parade Without Our Veterans, Says Minister": a condition, a slogan
        if rule.label == "REFUSAL_TO_FIGHT" and moves_with_own_force(trigger, lex):
            return None  # "the commander fled with his men": his unit pulled back with him (retreat.commander-with-force)
        if rule.label == "REFUSAL_TO_FIGHT" and defects_to_the_state(trigger):
            return None  # "ADF fighters defected to the Ugandan army": they give themselves up (surrender.defect-to-state)
        if rule.label == "REFUSAL_TO_FIGHT" and refused_order_to_hold_on(trigger):
            return None  # "refused orders to withdraw and kept fighting": holding on, no refusal to fight
        if rule.label == "SURRENDER" and within_a_relief(trigger):
            return None  # "A relief in place was carried out as the marines handed their trenches to an army battalion"
        if rule.label == "SURRENDER" and hands_in_a_gun(trigger, lex):
            return None  # "a former soldier surrendered a shotgun under the firearms amnesty": a gun handed in
        if rule.label == "SURRENDER" and arms_handed_back(trigger):
            return None  # "former combatants handed in their rifles at demobilisation camps", "at the armoury"
        if fights_no_enemy(rule, trigger):
            return None  # "refused to fight the fire": no enemy fought
        if rule.label == "REFUSAL_TO_FIGHT" and related_not_told(trigger):
            return None  # "The wave of defections follows the death of its leader", "has seen far fewer defections"
        if faces_no_fight(rule, trigger, lex) or faces_justice(trigger, lex) or hands_in_emotion(trigger, lex):
            return None  # "fled rather than face trial", "with their hands on their heads in frustration"
        first = _first_filled(trigger, rule.theme)
        if any(
            token_classes.has_class(t, c, lex) and not any(token_classes.specific_class(t, k, lex) for k in rule.theme.classes)
            and not manned_posts(t, trigger)
            for t in first[:1] for c in rule.theme.forbid
        ):
            return None  # "left his post" is not a retreat; "left the observation post" is
        all_themes = [
            t for t in (tree.object_of_conjoined_verb(t) or t for t in _theme_candidates(trigger, rule))  # "postponed the parades, then cancelled them"
            if (t.pos_ != "PRON" or ("celebration" in rule.theme.classes and (token_classes.partitive_of(t) or token_classes.event_noun_before(t) is not None)))  # "from which": cannot be judged; "Some of the parades", "a concert ... called it off" can
            and not ("any" not in rule.actor.classes and any(token_classes.has_class(t, c, lex) for c in rule.actor.classes)
                     and not (_left_place_named(rule) and place_tokens.is_place(t)))  # "drove Russia back from Kyiv": a capital left
        ]  # an armed "object" is the actor misparsed ("dropped by retreating fighters"), not what was left
        themes = all_themes
        if rule.theme.classes:
            themes = [t for t in all_themes if any(token_classes.has_class(t, c, lex) for c in rule.theme.classes)]
            if not themes and "celebration" in rule.theme.classes:
                themes = self._named_celebrations(rule, trigger)  # "Organisers have cancelled Coachella", "it had been cancelled"
            if not themes and not all_themes and rule.theme.required and self._about_a_celebration(rule, trigger):
                pass  # "organisers pulled the plug", in an article about the festival it cancelled
            elif not themes and (all_themes or rule.theme.required):
                return None  # it names what was left / cancelled, and it is not the right kind
        receivers = _fill(trigger, rule.receiver)
        if (rule.no_receiver and receivers) or (rule.receiver.required and not any(token_classes.has_class(t, c, lex) for t in receivers for c in rule.receiver.classes or ("any",))):
            return None  # given up to someone, or to no one, as the rule asks
        giver = next(iter(roles.candidates(trigger, "subj")), None)
        enemy_officers = giver is not None and armed.is_armed(giver, lex)
        if any(token_classes.has_class(t, c, lex) for t in with_owners(receivers) for c in rule.receiver.forbid if not (enemy_officers and officers_of_a_side(t)) and not insurgents_to_the_state(t, giver) and not armed_pressure(t, receivers, giver, lex) and not beside_a_force(t, receivers, giver, lex)):
            return None  # "to police", not "Field Marshal Paulus surrendered to Soviet officers"; "to despair", not "to the demands of the besieging rebels"
        excluded = {t.i for r in receivers for t in tree.phrase(r) if t.i <= r.i}  # "to Tuareg rebels", not "near Tinzaouaten"
        if rule.label == "SURRENDER":
            excluded |= {t.i for g in captor_voice.enemy_lines(trigger) for t in tree.phrase(g) if t.i <= g.i}  # "reached Ukrainian lines and gave himself up"
        actor, actor_role, pronoun = None, None, False
        named: list[Token] = []
        for role in rule.actor.roles:  # the first role that names someone decides
            if role == "controller" and _passive_participle(trigger) and not rule.subject_is_opponent:
                continue  # "Abandoned by their allies, they ...": who a passive participle describes was left, not leaving
            if role == "controller" and rule.subject_is_opponent and _active(trigger):
                continue  # "they began pushing out to the west": who drives or pushes, in the active, advances
            cands = [c for c in candidates_for(trigger, role) if c not in themes and not (role in ("mod", "of") and names_the_event(rule.label, trigger, c))]  # "the Kiel Mutiny", "of 1931": which, not who
            if not cands:
                continue
            named.extend(cands)
            if any(token_classes.has_class(c, k, lex) for c in cands[:1] for k in rule.actor.forbid):
                return None
            fit = [
                c for c in cands
                if any(token_classes.has_class(c, k, lex) for k in rule.actor.classes)
                or (group and "armed" in rule.actor.classes and (group_anaphors.is_anaphor(c) or group_anaphors.is_member_of_anaphor(c)))  # "the group", "members of the group", after Isis was named
                or (context is not None and "armed" in rule.actor.classes and group_anaphors.is_anaphor(c) and context.group_before(context_offset(c)) is not None)  # "Baghdadi ... his organisation's retreat": named in its sentence
                or ("armed" in rule.actor.classes and token_classes.has_class(c, "demonym", lex) and self._people_as_force(trigger, c, headline, context))
                or ("armed" in rule.actor.classes and self._remnant_at_war(rule, c, context))  # "some holdouts who surrendered", in a war story
                or ("armed" in rule.actor.classes and self._men_at_war(rule, trigger, c, context))  # "Moscow says 2,400 men surrendered", in a war story
                or ("armed" in rule.actor.classes and context is not None and armed_at_war(c, context))  # "the last intruders were pushed back", "the Allies evacuated"
                or ("armed" in rule.actor.classes and context is not None and count_of_more(c) and context.armed_before(context_offset(trigger)))  # "Thousands more gave themselves up", after the soldiers
                or ("armed" in rule.actor.classes and count_of_them(c) and self._armed_antecedent(trigger, context))  # "Dozens of them deserted", after "Russian mobilised men"
                or ("armed" in rule.actor.classes and rest_of_a_group_before(c) and self._armed_antecedent(trigger, context))  # "The rest fled", after "forty Malian soldiers"
                or ("armed" in rule.actor.classes and count_beside_a_force(c, lambda s: token_classes.has_class(s, "armed", lex)))  # "Invaders Flee Balakliia, Dozens Surrender"
                or ("state" in rule.actor.classes and role in ("mod", "pass_owner") and token_classes.is_state_adjective(c))  # "the Ukrainian retreat"
                or (rule.label == "REFUSAL_TO_FIGHT" and ((role == "mod" and state_desertion(trigger, c)) or (role == "in_force" and state_ranks(trigger, c))))  # "Russian desertion soared", "in Russian ranks"
                or ("armed" in rule.actor.classes and group_anaphors.is_member_of_antecedent(c) and self._armed_antecedent(trigger, context))  # "Its members surrendered", after "a Russian assault group"
                or (rule.subject_is_opponent and role in ("obj", "pass", "patient_subj") and group_anaphors.it_for_group(c, trigger, lex))  # "Hamas fired rockets. It was pushed out of ..."
                or ("armed" in rule.actor.classes and role == "declarer" and tells_own_commander(c))  # "Hussein told his Houthi commander he would not fight"
                or those_of_a_force(rule.label, trigger, c, context)  # "Those who surrendered were taken to Hasakah", after the fighters
                or (rule.label == "REFUSAL_TO_FIGHT" and deserted_own_unit(trigger, c))  # "Ivan Petrov deserted his unit": his own unit says he serves
                or (rule.label == "REFUSAL_TO_FIGHT" and role in ("subj", "head") and soldier_act_doer(trigger, c, lex, context))  # "several comrades had deserted", "sixty men refused to go back to positions"
                or (rule.label == "RETREAT" and "armed" in rule.actor.classes and leaves_a_held_post(trigger, c, themes, lex))  # "the last US personnel left the drone base"
                or (rule.label == "RETREAT" and role == "obj" and men_led_out(trigger, c))  # "the commander led some 200 men out of the city"
                or (rule.label == "SURRENDER" and role == "subj" and surrenders_with_own_force(trigger, lex))  # "Paulus surrendered with his staff"
            ]
            fit = [c for c in fit if not self._leader_alone(rule, trigger, c) and not (role == "obj" and _place_left(c, lex) and not (_left_place_named(rule) or rule.subject_is_opponent))]  # "drove Russia out of Grozny": who is driven out
            fit = [c for c in fit if not self._plain_people_alone(rule, trigger, c, context)]
            if fit:
                actor, actor_role = fit[0], role
            elif all((c.pos_ in ("PRON", "DET") or _part_of_force(rule, c, lex)) and c.lower_ not in lex["pronoun_noncombatant"] for c in cands):
                pronoun = True  # "they retreated": who they are comes from the context
            elif "armed" in rule.actor.classes and context is not None and cands[0].pos_ == "PRON" and all(
                (c.pos_ == "PRON" and c.lower_ in lex["pronoun_personal"]) or companions(c) for c in cands  # "he and four others"
            ):
                pronoun = context.armed_before(context_offset(trigger), singular=cands[0].lower_ in lexicon("pronoun_singular"))  # "he had surrendered", after "a Russian soldier"
                pronoun = pronoun or self._armed_declarer(trigger)  # "an army captain said he had quit his post"
            break
        we_armed = bool(named) and (named[0].lower_ in lex["pronoun_first_person"] or count_of_us(named[0])) and "armed" in rule.actor.classes and (
            self._armed_speaker(trigger, sentence, context) or (rule.label == "REFUSAL_TO_FIGHT" and context is not None and soldier_answers(trigger, context)))  # "A: In November I left my unit", a soldier interviewed
        captor_told = bool(named) and captor_voice.pronoun_gives_up(named[:1], lex) and captor_voice.to_us(receivers, lex) and self._armed_speaker(trigger, sentence, context)
        pronoun = pronoun or we_armed or captor_told  # "I gave myself up," the marine said; "he gave himself up to us," the sergeant said
        if we_armed and rule.label != "REFUSAL_TO_FIGHT" and first_person_singular(named[0], lex) and not about_the_war(trigger, themes, receivers, lex):
            return None  # '"I retreated to my room and cried," the soldier said': one man's life, not the war
        if actor is None and rule.actor.required and roles.background_when(trigger, named, all_themes) and not we_armed:
            return None  # "they were teenagers when they left"; not a veteran's "when we gave up, the British fed us"
        if actor is not None and rule.theme.classes and actor in themes:
            actor = None
        if actor_role == "agent" and not self._passive_subject_fits(rule, trigger):
            return None  # "nationals were evacuated by French soldiers": the soldiers took them out, they did not leave
        strong = (
            "receiver_armed" in rule.context and self._context("receiver_armed", trigger, sentence, receivers)
            and not (rule.theme.required and named and _one_who_governs(named[0], lex))
        )
        if strong and actor is None and named:
            actor = named[0]  # "her husband surrendered to Syrian forces"
        if actor is None and not strong:
            if named and not pronoun and "any" not in rule.actor.classes:
                return None  # the text names who did it, and it is not one who can
            if not named and "subj" in rule.actor.roles and "any" not in rule.actor.classes and trigger.pos_ in ("VERB", "AUX"):
                return None  # a verb with nobody doing it: "sent millions fleeing"
            personal = bool(named) and (named[0].lower_ in lex["pronoun_personal"] or _part_of_force(rule, named[0], lex))
            if personal and not we_armed and self._civilians_before(trigger, context):
                return None  # "Families hid in basements. They fled west when the shelling got worse": the families
            speaking = we_armed
            if speaking:
                actor = named[0]  # its side is the speaker's
            speaking = speaking or (bool(named) and "armed" in rule.actor.classes and group_says_it(named[0], trigger, lex))  # "Wagner says it has left Mali"
            if rule.actor.required and not (pronoun and (self._armed_subject(trigger) or speaking or captor_told or (personal and "armed" in rule.actor.classes and self._armed_antecedent(trigger, context)))):
                return None  # "the SDF pushed them back" is enough; "they left" is not
            if rule.context and not any(self._context(c, trigger, sentence, receivers) for c in rule.context):
                return None
        if rule.context_always and actor is not None and not any(self._context(c, trigger, sentence, receivers) for c in rule.context):
            return None  # "Britain's exit was humiliating": a state's exit is a pullback only from a place
        if "order_before" in rule.context and not self._context("order_before", trigger, sentence, receivers):
            return None  # a bare refusal is a refusal to fight only after an order to fight, whoever refuses
        if "police" in rule.receiver.forbid and police_act(sentence, actor):
            return None  # "the police surrounded the house and the gunman surrendered": a suspect's
        if rule.label == "SURRENDER" and fight_for_no_ground(trigger, lex):
            return None  # "The Germans gave up the fight for the World Cup": a contest, not a battle
        if rule.label == "SURRENDER" and arms_down_in_refusal(trigger, receivers, lex):
            return None  # "laid down their rifles and declined to march": a refusal, nobody received them
        if rule.label == "RETREAT" and firm_exit(trigger, lex):
            return None  # "The carmaker completed its withdrawal from Russia": a market left
        if rule.label == "RETREAT" and leaves_a_membership(trigger, actor, lex):
            return None  # "Mali has withdrawn from the G5 Sahel force": a member's exit, as from a bloc
        if rule.subject_is_opponent and (actor_role in ("obj", "pass", "head", "patient_subj") or (pronoun and named and named[0].dep_ in ("dobj", "nsubjpass"))):  # "the SDF pushed them back": the subject is the other side
            excluded |= {t.i for c in roles.candidates(trigger, "subj") for t in tree.phrase(c)}
            excluded |= {t.i for c in roles.candidates(trigger, "agent") for t in tree.phrase(c)}
            excluded |= _declarer_of_pronoun(trigger)  # "HTS declared it had forced other armed groups into a surrender deal"
        return Participants(actor, themes, receivers, excluded)

    def _plain_people_alone(self, rule: Rule, trigger: Token, actor: Token, context: DocumentContext | None) -> bool:
        """Plain "men" (person_plain.txt) who lay down their rifles and go home are hunters or workers unless a force is
        named in their sentence or before it ("Soldiers of the brigade had not been paid. The men laid down their
        arms"; "the unit's commander said 40 men had ..."); not "after the hunt, the men put down their rifles"."""
        if "person_plain" not in rule.actor.classes or armed.is_armed(actor, self.lexicons):
            return False
        if not tree.in_lexicon(actor, self.lexicons["person_plain"]):
            return False
        return not self._force_near(trigger, actor, context)

    def _force_near(self, trigger: Token, actor: Token, context: DocumentContext | None) -> bool:
        """Does the trigger's sentence, outside the actor's phrase, or the lines before it name a force?"""
        own = {t.i for t in tree.phrase(actor)}
        if any(armed.is_armed(t, self.lexicons) for t in trigger.sent if t.i not in own and t.pos_ in ("NOUN", "PROPN")):
            return True
        return context is not None and context.armed_before(context_offset(trigger))

    def _passive_subject_fits(self, rule: Rule, trigger: Token) -> bool:
        """The agent of a passive trigger is its actor when what the passive subject names is what the rule's
        theme can be ("Kherson was abandoned by Russian troops", "the parade was cancelled by the mayor")."""
        left = [t for t in candidates_for(trigger, "pass") if not place_tokens.split_qualifier(t)]  # "in Boston, Lincolnshire was halted"
        return not rule.theme.classes or all(
            any(token_classes.has_class(t, c, self.lexicons) for c in rule.theme.classes)
            or ("celebration" in rule.theme.classes and token_classes.named_celebration(t))  # "Lumiere has been axed by the council"
            for t in left
        )

    def _leader_alone(self, rule: Rule, trigger: Token, actor: Token) -> bool:
        """ "Putin retreated to his residence", "Assad fled Damascus": a leader who leaves stands for a side
        as a person, not as a force; "Putin withdrew his troops" names the force that leaves, and so does
        "Obama's withdrawal from Iraq" (a noun: the leader's decision, the state's forces). A rule for armed actors
        alone reads so a leader with no one conjoined ("Haftar left Moscow on Tuesday without signing": a trip), not
        "Haftar and his men left Benghazi"."""
        return (
            trigger.pos_ in ("VERB", "AUX") and "armed" in rule.actor.classes and armed.is_leader(actor, rule.label)
            and ("state" in rule.actor.classes or len(tree.with_conjuncts(actor)) == 1)
            and not any(armed.is_armed(o, self.lexicons) for o in candidates_for(trigger, "obj"))
            and not (rule.label == "SURRENDER" and surrenders_with_own_force(trigger, self.lexicons))  # "Paulus surrendered with his staff"
        )

    def _named_celebrations(self, rule: Rule, trigger: Token) -> list[Token]:
        """What is cancelled, named only by a name the document gave a celebration or by "it" just after one
        (``token_classes.named_celebration``), in the trigger's object, the object of its particle or noun ("called off
        Feile an Phobail", "the cancellation of Tbilisoba"), its passive subject, a headline's bare passive
        ("Coachella cancelled over virus fears": a subject, no object, no auxiliary), or its subject where the
        rule takes no actor there ("Winter Lights will not take place"). Not what is removed from something
        ("dropped Sziget from the case"), nor what an armed force leaves ("Kherson was abandoned by Russian troops")."""
        bare = trigger.pos_ == "VERB" and not any(c.dep_ in ("dobj", "aux", "auxpass", "prt") for c in trigger.children)
        slots = [r for r in rule.theme.roles if r in NAME_ROLES or (r == "subj" and ("subj" not in rule.actor.roles or bare))]
        if not slots or tree.prep_objects(trigger, {"from"}):
            return []
        if any(armed.is_armed(c, self.lexicons) for r in ("subj", "agent") for c in candidates_for(trigger, r)):
            return []
        return [t for r in slots for t in candidates_for(trigger, r) if token_classes.named_celebration(t)]

    def _about_a_celebration(self, rule: Rule, trigger: Token) -> bool:
        """A cancellation with nothing said of what was cancelled, after the document named a celebration; not a
        verb of celebrating with no object ('"We cannot celebrate," he said': lexicons/celebrant_verb.txt)."""
        if not rule.theme_from_document or trigger.pos_ not in ("VERB", "AUX") or stands_for_cancellation(trigger):
            return False  # "... but the mayor said that would never happen": "that" is the cancellation told before
        if tree.in_lexicon(trigger, lexicon("celebrant_verb")):
            return False  # "we cannot celebrate": a mood, whatever the article cancelled
        document, offset = of_token(trigger)
        return document is not None and document.celebration_before(offset) is not None

    def _armed_antecedent(self, trigger: Token, context: DocumentContext | None) -> bool:
        """A force named before that "they" can stand for; for a verb civilians do as much ("they are leaving"),
        not when people who are no force were named after it."""
        if context is None or not context.armed_before(offset := context_offset(trigger)):
            return False
        return not (tree.in_lexicon(trigger, self.lexicons["civilian_motion"]) and context.civilians_since_armed(offset))

    def _civilians_before(self, trigger: Token, context: DocumentContext | None) -> bool:
        """For a verb civilians do as much ("they fled"), were people who are no force named after the last force
        in the pronoun's reach (or with none named)? Then "they" are those people, whatever war words the sentence has."""
        return (
            context is not None and tree.in_lexicon(trigger, self.lexicons["civilian_motion"])
            and context.civilians_since_armed(context_offset(trigger))
        )

    @staticmethod
    def _the_people_at_war(token: Token, context: DocumentContext | None) -> bool:
        """ "The Russians", "the Israelis" in a story about a war: the side's forces (not "the Christians": no side)."""
        return (
            context is not None and context.military and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and bool(places.find(token.text, "sides"))
        )

    def _the_people_as_receiver(self, receiver: Token, sentence: Span) -> bool:
        """ "The mayor surrendered the town to the Russians": a side's people named with "the" are its forces in a
        story about a war or in a sentence that speaks of one ("after a three-day siege", "of the invasion")."""
        document, _ = of_token(receiver)
        if self._the_people_at_war(receiver, document):
            return True
        at_war = self._military_words(sentence) and not in_a_match(receiver)
        return at_war and any(c.dep_ == "det" and c.lower_ == "the" for c in receiver.children) and bool(places.find(receiver.text, "sides"))

    def _people_as_force(self, trigger: Token, people: Token, headline: bool, context: DocumentContext | None) -> bool:
        """A demonym plural as the actor: "Russians Abandon Positions" in a headline, "as the Israelis started pulling out"
        in a war story; a verb that civilians do as much ("Ukrainians Flee", "why the Syrians left") only where the
        sentence speaks of soldiers ("Lebanese soldiers deployed hours after the Israelis left")."""
        civilian = tree.in_lexicon(trigger, self.lexicons["civilian_motion"])
        if headline:
            return not civilian
        return self._the_people_at_war(people, context) and (not civilian or self._military_words(trigger.sent))

    def _military_words(self, sentence: Span) -> bool:
        """A common word of war in the sentence ("soldiers", "occupation"); a group's name alone ("Isis") is not one."""
        return any(tree.in_lexicon(t, self._military) and not places.find(t.text, "sides") for t in sentence if t.pos_ in ("NOUN", "ADJ"))

    def _remnant_at_war(self, rule: Rule, token: Token, context: DocumentContext | None) -> bool:
        """ "Some holdouts surrendered", "the diehards laid down their arms" in a story about a war: what remains
        of a force gives itself up. Only for a surrender: holdouts who leave or are evacuated are as often the
        residents who stayed (and jurors, tenants or shareholders outside a war)."""
        return (
            rule.label == "SURRENDER" and context is not None and context.military
            and tree.in_lexicon(token, self.lexicons["armed_remnant"])
        )

    def _men_at_war(self, rule: Rule, trigger: Token, token: Token, context: DocumentContext | None) -> bool:
        """ "Moscow says more than 2,400 men surrendered", "About 120 men gave themselves up to the marines": plain
        "men" (person_plain.txt) who give themselves up are soldiers in a story about a war, or where their
        sentence or the lines before name a force; only for a surrender (men who leave or flee are as often
        civilians), and never to the police (the rules' receivers forbid it)."""
        if rule.label != "SURRENDER" or context is None or token.pos_ not in ("NOUN", "PROPN"):
            return False
        if not (tree.in_lexicon(token, self.lexicons["person_plain"]) or bare_count(token)):
            return False  # also "Dozens surrender near Kidal", "Dissidents surrender in Cauca": a count or members, of no one named
        if context.military or context.armed_before(context_offset(trigger)):
            return True
        if bare_count(token) and lead_names_force(context_offset(trigger), context):
            return True  # "Dozens surrender near Kidal", then a lead that names the army and JNIM
        own = {t.i for t in tree.phrase(token)}
        return any(
            armed.is_armed(t, self.lexicons) and t.pos_ in ("NOUN", "PROPN") and not _in_opposed_phrase(t)
            for t in trigger.sent if t.i not in own
        )  # "to the Ukrainian marines", "the army said"; not "after a standoff with security guards"

    def _armed_speaker(self, trigger: Token, sentence: Span, context: DocumentContext | None = None) -> bool:
        """ "We are leaving," said the army chief of staff; "we have left Khartoum," Dagalo said: "we" is
        an armed force when a commander, a soldier or an armed group's leader says it; or "he", after
        a soldier named in the lines before, in a story about a war (a veteran's "when we gave up", he told)."""
        if context is not None and soldier_speaks(trigger, context, context_offset(trigger)):
            return True
        speaker = sources.source_span(trigger, sentence, self.lexicons["cue_report"])
        if speaker is None:
            return False
        if any(tree.in_lexicon(t, self.lexicons["commander"]) or armed.is_armed(t, self.lexicons) for t in speaker):
            return True
        return any(n.kind == "group" for _, _, n in places.find(speaker.text, "sides"))

    def _armed_declarer(self, trigger: Token) -> bool:
        return any(armed.is_armed(c, self.lexicons) for c in roles.candidates(trigger, "declarer"))

    def _armed_subject(self, trigger: Token) -> bool:
        return any(armed.is_armed(c, self.lexicons) for c in roles.candidates(trigger, "subj"))

    def _context(self, name: str, trigger: Token, sentence: Span, receivers: list[Token]) -> bool:
        if name == "from_place":
            return any(place_tokens.is_place(t) for t in tree.prep_objects(trigger, lexicon("prep_place_left"))) or bool(places_before(trigger))
        if name == "receiver_armed":  # "surrendered to Russian forces"; "to the Russians" in a story or a sentence about a war
            return (
                any(token_classes.has_class(r, "armed", self.lexicons) or self._the_people_as_receiver(r, sentence) for r in receivers)
                or captor_voice.unmanned_captor(receivers) or bool(captor_voice.enemy_lines(trigger))
            )
        if name == "pronoun_for_force":  # "They withdrew on Friday", after "Russian paratroopers had held the airfield"
            return stands_for_force(trigger)
        if name == "at_war":  # "Washington is drawing down its presence", in a story about a war or a sentence that speaks of one
            document, _ = of_token(trigger)
            return (document is not None and document.military) or self._context("military_context", trigger, sentence, receivers)
        if name == "order_before":  # "The men refused.", after "Commanders ordered the battalion to storm the village."
            return refused_order_before(trigger)
        if name == "group_to_state":  # "Al-Shabaab commander, 11 fighters defect to government forces"
            return goes_over_to_the_state(trigger)
        if name == "occasion_ban":  # "the comparsas would not be allowed this year": a celebration's own ban
            return banned_for_an_occasion(trigger)
        if name == "own_refusal":  # '"Some of us have already refused," one reservist said'
            return part_of_us_refuses(trigger)
        if name == "pronoun_at_war":  # "he threw his gun aside and raised his hands", after the soldier, in a war story
            subject = next(iter(roles.candidates(trigger, "subj")), None)
            document, offset = of_token(trigger)
            return (
                subject is not None and subject.lower_ in self.lexicons["pronoun_personal"] and document is not None
                and document.military and document.armed_before(offset, singular=subject.lower_ in lexicon("pronoun_singular"))
            )
        words = self._military if name == "military_context" else self.lexicons[name]
        if name == "military_context":
            document, _ = of_token(trigger)
            if document is not None and document.military and trigger.pos_ in ("NOUN", "PROPN"):
                return True  # an event noun in an article about a war: "the surrender was signed for Germany"
            if document is not None and definite_event_noun(trigger) and force_side_before(document, context_offset(trigger)) is not None:
                return True  # "US troops are in Syria. The withdrawal was completed on Friday": a side's force named just before
            if document is not None and trigger.pos_ == "NOUN" and _own_possessive(trigger) and document.armed_before(context_offset(trigger)):
                return True  # "Its capitulation came in February", after "besieged the garrison at Humera"
        if name == "military_context" and any(ranked_person(t) for t in sentence):
            return True  # "Lieutenant Hiroo Onoda surrendered on Lubang": an officer named with his rank
        return any(tree.in_lexicon(t, words) and t.pos_ not in ("VERB", "AUX") for t in sentence) or any(
            n.kind == "group" for _, _, n in names_in(sentence, "sides")
        )  # "forces", not "were forced to draft in a striker"


def _in_opposed_phrase(token: Token) -> bool:
    """Is ``token`` the object of "with" or "against" ("a standoff with security guards"): met, not named as a
    force the sentence speaks of or for?"""
    head = token
    while head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in lexicon("prep_opposed")


NAME_ROLES = ("obj", "pass", "off", "of", "on", "determined")  # where a cancellation names what it cancels ("No Kuomboka this year")


def _own_possessive(noun: Token) -> bool:
    """ "their surrender", "its capitulation": the event noun's doer is a pronoun for someone named before."""
    return any(c.dep_ == "poss" and c.lower_ in lexicon("pronoun_possessive") for c in noun.children)


def _one_who_governs(subject: Token, lex: dict[str, frozenset[str]]) -> bool:
    """ "The president handed the territory to terrorists", "he handed Syria to dictators": a leader, or "he",
    who hands a place to an armed receiver cedes it politically; the receiver does not make him a fighter; nor a
    firm that hands over a building it built, ran or owned ("the contractor handed over the barracks", "the mining company")."""
    return armed.is_leader(subject) or tree.in_lexicon(subject, lex["head_of_state"]) or subject.lower_ in lex["pronoun_singular"] or tree.in_lexicon(subject, lex["civil_trade_noun"]) or armed.named_firm(subject, lex)


def _part_of_force(rule: Rule, subject: Token, lex: dict[str, frozenset[str]]) -> bool:
    """ "Some deserted", "some of the men walked away", after soldiers named in the line before: part of them, read
    like "they", for desertions only; not "most of the fighters", which names its group."""
    return rule.label == "REFUSAL_TO_FIGHT" and subject.lower_ in lex["pronoun_partitive"] and part_of_plain_people(subject)


def _place_left(token: Token, lex: dict[str, frozenset[str]]) -> bool:
    """ "after fleeing Khartoum", "left Syria": a state's or city's name as the object is the place left, not who left."""
    return place_tokens.is_place(token) and not token_classes.has_class(token, "armed", lex)


def _left_place_named(rule: Rule) -> bool:
    """The rule reads the place left in a from-phrase of its own ("drove Russia back from Kyiv"), so a state's
    name as the object is who was pushed, not the place left."""
    return "from" in rule.theme.roles and set(rule.actor.classes) == {"state"}


def candidates_for(trigger: Token, role: str) -> list[Token]:
    heads = [  # "the wives, some of whom fled": the wives; "soldiers were killed and others fled": the soldiers
        roles.partitive_antecedent(h) or remainder_antecedent(h) or h for h in roles.candidates(trigger, role)
    ]
    return [c for head in heads for c in tree.with_conjuncts(head)]


def _first_filled(trigger: Token, slot: Slot) -> list[Token]:
    """Candidates of the first of the slot's roles that has any: "fled the city" is judged by
    its object, "withdrew from the tournament" (no object) by what it withdrew from."""
    for role in slot.roles:
        found = candidates_for(trigger, role)
        if found:
            return found
    return []


def _fill(trigger: Token, slot: Slot) -> list[Token]:
    return [c for role in slot.roles for c in candidates_for(trigger, role)]


def _theme_candidates(trigger: Token, rule: Rule) -> list[Token]:
    """The theme's candidates; for a rule of cancelling that reads a celebration in the object before the subject, the subject is
    what was cancelled only when the verb has no object of its own ("the parade was axed"; not "The festival dropped
    the headliner": the festival did the dropping)."""
    slot = rule.theme
    found = _fill(trigger, slot)
    if rule.negation_is_event:
        return found  # "Fireworks will not light up the sky": a celebration that does not perform is not held
    if "celebration" not in slot.classes or not {"obj", "subj"} <= set(slot.roles) or slot.roles.index("obj") > slot.roles.index("subj"):
        return found  # the rule reads its subject first ("no parade will take place", "fell victim to budget cuts")
    objects = [o for o in candidates_for(trigger, "obj") if all(t.dep_ == "prt" for t in trigger.doc[trigger.i + 1:o.left_edge.i])]
    if not objects:
        return found  # not "parade cancelled due to expected heat wave": a headline's bare passive, "wave" misread as an object
    subjects = set(candidates_for(trigger, "subj")) - set(objects)
    return [t for t in found if t not in subjects]


def _declarer_of_pronoun(trigger: Token) -> set[int]:
    """The tokens of who said or declared the clause whose pronoun subject pushed or forced the actor ("HTS grew
    bolder and declared it had forced other armed groups into a surrender deal"): the pronoun's antecedent is
    the other side too, and gives the actor no side."""
    if trigger.dep_ != "ccomp" or not any(c.pos_ == "PRON" for c in roles.candidates(trigger, "subj")):
        return set()
    return {t.i for c in roles.candidates(trigger.head, "subj") for t in tree.phrase(c)}


def _active(verb: Token) -> bool:
    """An active verb ("began pushing out", "sent to oust"), not "began being pushed back" or "fighters pushed out"."""
    bare_participle = verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
    return not bare_participle and not any(c.dep_ == "auxpass" for c in verb.children)


def _passive_participle(trigger: Token) -> bool:
    """A past participle with no auxiliary and something done to it ("abandoned by all their allies")."""
    return trigger.tag_ == "VBN" and trigger.dep_ in ("advcl", "acl", "amod", "conj") and any(c.dep_ == "agent" for c in trigger.children)
