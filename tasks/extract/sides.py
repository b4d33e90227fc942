"""Whose event it is: the actor's side, else the sentence's, else the document's.

The side of a named actor comes from its name (``places.side_of``); an actor
named by reference ("its troops", "they", "we", "the enemy", "the junta")
takes the side it refers to: the side named before it in the sentence or the
lines before, the speaker's, the adversary of the side speaking, the country
the actor comes from, or the article's country. A cancellation is by whoever
runs its place.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tasks.extract import argument_sides, armed, group_anaphors, place_spans, place_tokens, roles, sources, token_classes, tree
from tasks.extract.army_member import army_member, told_by_army_member
from tasks.extract.backed_authority import occupier_side
from tasks.extract.canceller_towns import canceller_towns
from tasks.extract.capital_namesakes import namesake_authority
from tasks.extract.captor_voice import enemy_lines
from tasks.extract.codeless_polity import codeless_force
from tasks.extract.context import DocumentContext, context_offset, names_in
from tasks.extract.defected_to import fallen_to, joined_forces, later_force_tokens, later_forces_in, leaver
from tasks.extract.deserted_force import court_state, deserted_side
from tasks.extract.elsewhere_sides import bordered_states, elsewhere_states
from tasks.extract.enemy_beside import names_occupier, of_chain, side_beside
from tasks.extract.event_reference import names_a_side, side_for_place_adjective, side_of_event_before, side_of_force_before
from tasks.extract.force_side_before import force_side_before
from tasks.extract.given_way import given_way_to
from tasks.extract.headline_party import headline_party
from tasks.extract.hired_force import hired_side
from tasks.extract.holiday_demonyms import holiday_demonyms
from tasks.extract.interviewee_side import interviewee_side
from tasks.extract.mercenary_side import company_of_mercenaries
from tasks.extract.mover_state import mover_side
from tasks.extract.officer_side import commanded_force_side
from tasks.extract.organiser_place import organiser_authority
from tasks.extract.other_parties import affected_tokens, attack_agents, gives_itself_up, other_party_tokens
from tasks.extract.other_party_side import not_the_other_party
from tasks.extract.patterns import Rule, lexicon
from tasks.extract.possessive_owner import owner_subject_side
from tasks.extract.ranks import ranked_person
from tasks.extract.rebel_side import extremists_side, rebels_given_a_jihadist_group, rebels_undergo, war_enemy_group
from tasks.extract.receiver_side import (
    allied_side,
    approached,
    approached_in_gesture,
    captor_side,
    demonym_on_a_place,
    drone_guided,
    enemy_of_state_speaker,
    group_at_war_with,
    named_sides,
    names_enemy_state,
    state_codes,
    unnamed_group_guess,
)
from tasks.extract.receiving_group import giving_way_group
from tasks.extract.receiving_mentions import receiving_tokens
from tasks.extract.refusal_side import state_refusers
from tasks.extract.remainder import count_of_them, rest_of_a_group_before
from tasks.extract.rival_authority import cancels_against_state
from tasks.extract.section_state import section_state
from tasks.extract.served_force import served_side
from tasks.extract.soldier_act import leaves_without_leave, soldier_act_doer
from tasks.extract.speaker_side import cited_span, speaking_side, state_speaker_side
from tasks.extract.state_soldiers import state_not_group
from tasks.extract.statement_party import party_before
from tasks.extract.surrender_channel import caller_side
from tasks.extract.unit_places import unit_name_places
from tasks.extract.venue_town import venue_town_authority
from tasks.extract.water_places import is_water
from tasks.normalize import places
from tasks.normalize.adversaries import enemy_of

if TYPE_CHECKING:
    from tasks.extract.participants import Participants


class Sides:
    """Side resolution over the extractor's lexicons."""

    def __init__(self, lexicons: dict[str, frozenset[str]]):
        self.lexicons = lexicons

    def side(self, rule: Rule, trigger: Token, sentence: Span, who: "Participants", actor_span: Span | None, theme_spans: list[Span], where: list[str | None], group: str | None, context: DocumentContext, start: int, reporter: Span | None = None, day: date | None = None) -> str | None:
        """Whose event it is: the actor's side, else the sentence's, else the context's (``day``: when it was reported).
        Insurgents are no state's forces: a state read for them gives way to the group named before ("Islamic
        State held Raqqa ... Any remaining Syrian militants had surrendered": ISIS, not SYR), else to none."""
        if rule.label != "CANCELLED_CELEBRATION" and codeless_force(actor_span):
            return None  # "the Confederate army surrendered at Appomattox": no code, not the United States
        group = giving_way_group(context, start, group, lambda g: self._enemy(g, context, day))  # "gave themselves up to the Peshmerga ... 70 more surrendered": not the Peshmerga's
        code = self._side(rule, trigger, sentence, who, actor_span, theme_spans, where, group, context, start, reporter, day)
        if rule.label == "SURRENDER" and given_way_to(code, trigger, sentence, who.actor, actor_span, reporter, state_codes()):
            code = self._enemy(code, context, day)  # "Army Garrison In Nyala Surrenders To RSF", "The AA said a brigadier surrendered"
            if who.actor is not None and unnamed_group_guess(code, who.actor, context, self.lexicons, self._generic_state_word(who.actor) is not None):
                code = self._country_of_article(context, start=start) if armed.is_armed(who.actor, self.lexicons) else None  # "the corps headquarters surrendered to the Taliban": no IS-K, the state's
        code = not_the_other_party(code, trigger, sentence, actor_span, lambda s: self._enemy(s, context, day)) if rule.label != "CANCELLED_CELEBRATION" else code  # "after four months of Russian assaults"
        insurgents = who.actor is not None and _insurgents(who.actor) and not self._of_a_regime(who.actor)
        if insurgents and names_enemy_state(code, self._speaker_side_of(sentence, reporter), day):
            insurgents = False  # "Ukrainian militants retreated", said Russia's defence ministry: Ukraine's soldiers in the enemy's words
        if code in state_codes() and (insurgents or _insurgents_speak_of_themselves(trigger)):
            code = group  # "Rebel forces from Ethiopia's Tigray region said they had withdrawn": the rebels', not Ethiopia's
        if rule.label != "CANCELLED_CELEBRATION" and who.actor is not None and actor_span is not None:
            code = war_enemy_group(who.actor, actor_span, code, context, start, day, self._country_of_place(where, context) or self._country_of_article(context))  # "The militia fled", in a story of Sudan's army: the RSF
        if rule.label != "CANCELLED_CELEBRATION" and who.actor is not None and actor_span is not None and demonym_on_a_place(who.actor, actor_span, code):
            return None  # "Several southern Syrian towns have surrendered": where the towns are, not who held them
        if who.actor is not None and actor_span is not None and rebels_given_a_jihadist_group(who.actor, actor_span, code):
            return None  # "the southern rebels are fleeing", in a story that named Isis: Syria's rebels, not Isis
        if who.actor is None and rule.label != "CANCELLED_CELEBRATION" and (rebels := rebels_undergo(trigger)) is not None:
            return places.side_of(rebels.text)  # "the capitulation of the opposition": the rebels', not the government's
        if who.actor is not None and actor_span is not None:
            return extremists_side(who.actor, actor_span, code, context, start)  # "extremists who had fled", after the SDF: Isis
        return code

    def _side(self, rule: Rule, trigger: Token, sentence: Span, who: "Participants", actor_span: Span | None, theme_spans: list[Span], where: list[str | None], group: str | None, context: DocumentContext, start: int, reporter: Span | None = None, day: date | None = None) -> str | None:
        place_words = " ".join(p for p in where if p).split()
        placed = {t.i for t in sentence if t.text in place_words}
        cited = cited_span(sentence)  # "RIA Novosti said, citing the Russian reconciliation centre": a source, no actor (nor, alone, whose enemy)
        speaking = {t.i for span in (reporter, sources.according_span(sentence), cited) if span is not None for t in span}
        refuges, besides = elsewhere_states(sentence, trigger)  # "fled into Chad", "near the border with Algeria": no actor's
        others = other_party_tokens(sentence) | affected_tokens(trigger)  # "refused orders to storm Ukrainian positions": the target is no side of the actor's
        not_places = [span for span in theme_spans if not any(place_tokens.is_place(t) or t.i in others | refuges for t in span)]  # "abandoned an outpost near the Chinese border": no Chinese outpost
        gone_to = {t.i for g in joined_forces(trigger) for t in tree.phrase(g)} if rule.label == "REFUSAL_TO_FIGHT" else set()  # "soldiers defecting to Fano": not Fano's
        own = places.side_of(_own_words(_first_conjunct(actor_span, who.actor), refuges | later_force_tokens(who.actor) | gone_to)) if actor_span is not None else None  # not where a deserter went
        own = _apposed_authority(who.actor, context, day) or own  # "Paris, Texas, has cancelled": the Texan town's, not France
        if rule.label == "CANCELLED_CELEBRATION" and actor_span is not None:  # "Tripoli's municipality", in a story about Lebanon
            own = namesake_authority(_own_words(actor_span), context, day) or own
        own = side_for_place_adjective(rule, trigger, who.actor, context, start) or own  # "the Syrian withdrawal" of US troops
        own = caller_side(who.actor, named_sides(context), day) or own  # "callers to Ukraine's surrender hotline": Ukraine's enemy
        if rule.label != "CANCELLED_CELEBRATION":  # "a Georgian volunteer quit fighting for the Ukrainian army": Ukraine's
            own = served_side(trigger, who.actor, self.lexicons) or own
            own = hired_side(who.actor, self.lexicons) or own  # "Romanian contractors who had been training the Congolese army": COD
            own = own or mover_side(rule, trigger, who.actor)  # "Kenya Pulls Troops Back From Somali Border Towns": Kenya's troops
            own = (deserted_side(trigger, who.actor, context) if rule.label == "REFUSAL_TO_FIGHT" else None) or own  # "men conscripted by the military have been abandoning the army"
            own = company_of_mercenaries(who.actor, context) or own  # "Russian mercenaries", in a story about Wagner
            own = own or interviewee_side(trigger, actor_span, context, day) or (court_state(context) if rule.label == "REFUSAL_TO_FIGHT" else None)  # "A: In November I left my unit", a Russian soldier interviewed; a deserter a Russian military court tried
        if who.actor is not None and any(c.dep_ == "poss" and c.lower_ in self.lexicons["pronoun_owner"] for c in who.actor.children):
            own = self._antecedent_side(who.actor, sentence, group, context) or self._generic_owner_side(who.actor, sentence, context, start, besides, where) or owner_subject_side(who.actor, self.lexicons) or own  # "The United States withdrew its brigade from Iraq": its owner's
        elif who.actor is not None and any(c.dep_ == "poss" and c.lower_ in self.lexicons["pronoun_owner"] for o in tree.prep_objects(who.actor, {"of"}) for c in o.children):
            own = self._generic_owner_side(who.actor, sentence, context, start, besides, where) or own  # "The army has acknowledged that some of its units pulled back": the army's
        if who.actor is not None and self._names_the_enemy(who.actor):
            speaker = self._speaker_side_of(sentence, reporter) or _insurgent_speaker(reporter, group)
            if speaker is None and own is None and actor_span is not None:  # "after the strikes of the Russian Battlegroup, the enemy withdrew"
                speaker = side_beside(trigger, actor_span, placed | refuges | speaking, self.lexicons)
            if speaker is None and own is None and names_occupier(who.actor):  # "the occupiers fled from Balakliia": Ukraine's enemy
                speaker = next((c for c in (context.geocoder.authority_of(p, day) for p in where if p) if c), None)
            said_by = reporter or sources.according_span(sentence)
            if speaker is None and own is None and (said_by is None or self._names_no_institution(said_by)):
                speaker = party_before(context, start)  # "..., the ministry said. The enemy fled, the ministry added": the ministry's party
            if speaker is None and own is None and (said_by is None or self._names_no_institution(said_by)):
                speaker = headline_party(context, start)  # "THE ENEMY RETREATED FROM KRYNKY" over the General Staff's report: Ukraine's enemy
            if speaker is not None:  # "Ukraine's military intelligence said enemy servicemen deserted": Russia's
                return enemy_of(speaker, named_sides(context), day) if own in (None, speaker) else own
        if own is None and who.actor is not None:  # "the terrorists fled, the Israeli military said": Hamas
            own = enemy_of_state_speaker(who.actor, self._speaker_side_of(sentence, reporter), context, day)
        if own is None and who.actor is not None and rule.label == "SURRENDER" and self._plain_men(who.actor):
            own = self._enemy(self._speaker_side_of(sentence, reporter), context, day)  # "Moscow says 2,400 men surrendered": Ukraine's
        if own is None and who.actor is not None and rule.label == "SURRENDER" and (self._regular_soldiers(who.actor) or _officers(who.actor)):
            own = self._enemy_of_group_speaker(sentence, reporter, context, day)  # "The RSF said hundreds of soldiers had surrendered": the army's
        if own is None and who.actor is not None:
            own = self._antecedent_side(who.actor, sentence, group, context) or self._speaker_side(who.actor, reporter, context)
            if own is None and group_anaphors.is_member_of_antecedent(who.actor) and not _side_named_before(who.actor, sentence):
                own = context.side_named_before(start)  # "... a Russian assault group. Its members surrendered": Russian
        if own is None and not (rule.subject_is_opponent and who.actor is not None and who.actor.dep_ == "dobj"):  # not "HTS said it forced the groups into a surrender deal"
            own = self._subject_pronoun_side(trigger, sentence)  # "Russia announced that it withdrew some of the troops"
        if own is None and who.actor is not None and rule.label != "CANCELLED_CELEBRATION":
            own = self._origin_side(who.actor, context, day, rule.label == "REFUSAL_TO_FIGHT")  # "mobilised men from Chuvashia": Russia's
        doer = own is None and rule.label == "REFUSAL_TO_FIGHT" and who.actor is not None and leaves_without_leave(trigger) and soldier_act_doer(trigger, who.actor, self.lexicons, context)
        if doer and not names_in(sentence, "sides"):  # "the pair left their dugout without orders", "others took off their uniforms and went home"
            own = self._country_of_article(context, besides, start)  # their own army's, as a bare refusal's below: not the last force named, often the enemy they fled
        if own is None and rule.label == "RETREAT" and who.actor is not None and reporter is not None and self._bare_force(who.actor):
            own = state_speaker_side(reporter)  # "Ukraine says troops withdrew from village": its own troops
            if own is not None and any(c == own for c, _ in self._opponents(trigger, sentence, reporter)):
                own = None  # "Ukraine said troops withdrew after Ukrainian marines attacked": the troops its own forces press are the enemy's
        if own is None and (who.actor is None or who.actor.pos_ == "PRON" or count_of_them(who.actor) or rest_of_a_group_before(who.actor) or self._definite_force(who.actor)):
            own = self._antecedent_force_side(trigger, who.actor, context)  # "Russian conscripts guarded Sudzha. They withdrew as Ukrainian armour approached"
        if own is None and rule.label != "CANCELLED_CELEBRATION":
            own = side_of_force_before(trigger, who.actor, context, reporter)  # "American troops are in Syria. The withdrawal was completed"
        if own is None and trigger.pos_ == "NOUN" and reporter is not None and rule.label != "CANCELLED_CELEBRATION":
            spoken_for = [reporter.root, *tree.prep_objects(reporter.root, {"for", "of"})]  # "A spokesman for the North Kivu military governorate said the withdrawal had been ordered"
            own = speaking_side(reporter) or next((s for h in spoken_for if (s := self._generic_subject_side(h, context, start))), None)  # "Russia says the withdrawal (of troops) is complete": told by its own side
        if own is None and rule.label != "CANCELLED_CELEBRATION":
            own = side_of_event_before(rule, trigger, who.actor, context, start)  # "welcomed the pullout", after "the US pullout"
        opponents = self._opponents(trigger, sentence, reporter, group) if rule.label != "CANCELLED_CELEBRATION" else []
        if rule.label == "REFUSAL_TO_FIGHT":  # "deserted their unit and joined the People's Defence Force": the PDF's enemy
            opponents += [(places.side_of(tree.phrase(g).text), tree.phrase(g)) for g in joined_forces(trigger)]
        receiver, captor = next((c for c, _ in opponents if c), None), captor_side(trigger)
        if own is None and rule.label == "SURRENDER":  # "Colonel Saleh surrendered to the SDF", after "the Syrian National Army": his force's, before a guess from the receiver
            own = commanded_force_side(who.actor, receiver, context)
        if own is None and who.actor is not None and opponents:  # "surrendered to the RSF", "fled as M23 advanced": the RSF's enemy
            own = self._enemy(receiver, context, day)
            own = None if unnamed_group_guess(own, who.actor, context, self.lexicons, self._generic_state_word(who.actor) is not None) else own  # "a battalion surrendered to the Taliban": no IS-K
        elif own is None and receiver is not None and rule.label == "SURRENDER":  # "he gave himself up to a Ukrainian drone unit": no actor row, the receiver's enemy
            own = self._enemy(receiver, context, day)
        if own is not None and own == receiver and (who.actor is None or who.actor.pos_ == "PRON"):  # "'He surrendered to our unit,' a Ukrainian commander said"
            own = self._enemy(receiver, context, day)  # a pronoun read as the speaker's gives way to the speaker's enemy
        if own is None and captor is not None:  # "captured by the SDF while fleeing": the SDF's enemy
            own = self._enemy(captor, context, day)
        own = group_at_war_with(who.actor, own, receiver or captor, context, day)  # "a Dutch jihadist surrendered to the SDF": Isis
        if own is None and who.actor is not None and rule.label != "CANCELLED_CELEBRATION" and self._watched_by_intelligence(who.actor, sentence, reporter):
            own = self._enemy(self._speaker_side_of(sentence, reporter), context, day)  # "the soldiers refused, Ukrainian intelligence said": Russia's
        opposed = {t.i for _, span in opponents for t in (*span, *span.root.subtree)} | others  # "fighters linked to al-Qaeda": all of it  # "others surrendered to Ukrainian marines"
        opposed |= receiving_tokens(sentence, actor_span) if rule.label in ("RETREAT", "REFUSAL_TO_FIGHT") else set()  # "defected to the PDF", "were driven off by Tigrayan forces": not theirs (a surrender's receiver: given_way_to)
        side = own or argument_sides.side(None, sentence, trigger, who.excluded | placed | speaking | opposed | refuges, not_places)
        if own is None and rule.label != "CANCELLED_CELEBRATION":  # "troops fled after the RSF shelled the garrison": Sudan's
            side = state_not_group(side, who.actor, lambda g: self._enemy(g, context, day))
        if rule.label == "CANCELLED_CELEBRATION":  # the country of the body that cancels: named in the actor, else the place's
            if own is None and (origin := holiday_demonyms(sentence)):  # "its Chinese New Year open house": no Chinese side
                prefer = [span for span in not_places if not any(t.i in origin for t in span)]
                side = argument_sides.side(None, sentence, trigger, who.excluded | placed | speaking | opposed | refuges | origin, prefer)
            governed = next((c for c in (context.geocoder.authority_of(p, day) for p in where if p) if c), None)
            towns = canceller_towns(who.actor, reporter)  # "Kraków's city council cancelled the concert ... because of the war in Ukraine": Poland's
            governed = next((c for c in (context.geocoder.authority_of(t.text, day) for t in towns) if c), None) or governed
            governed = organiser_authority(who.actor, actor_span, reporter, context, day) or governed  # "The Jerusalem municipality cancelled ... in the Old City"
            governed = governed or venue_town_authority(where, context, start, day)  # "The municipality ... in Manger Square", after Bethlehem
            own = own or (occupier_side(who.actor, governed, day) if who.actor is not None else None)  # "Kremlin-backed authorities in Horlivka"
            if own is not None and own not in state_codes():  # "the Taliban banned Nowruz": the country a group governs
                state = governed or self._country_of_article(context, start=start)
                return own if cancels_against_state(own, state, day, who.actor) else state or own  # "the Houthis cancelled the parade in Sanaa": theirs
            return own or governed or side or self._country_of_article(context, start=start)
        generic = self._generic_state_word(who.actor) if own is None and who.actor is not None else None
        if generic is not None:  # "the junta", "an infantry battalion": the state's named before, else the article's country
            named = self._state_of(generic, context, start, besides) or side or group
            if named is not None and named not in state_codes():  # "the army's 19th Division", told by the RSF: a state's, the group's enemy
                named = self._enemy(named, context, day) if self._enemy(named, context, day) in state_codes() else None
            return (
                named or self._enemy_of_group_speaker(sentence, reporter, context, day)
                or self._country_of_place(where, context, besides)  # "government troops pulled out of Tell Abyad", no state named: Syria's
                or self._country_of_place(unit_name_places(actor_span), context, besides)  # "the Kharkiv brigade": a unit of Kharkiv's state
            )
        if side is None and group is not None and ((who.actor is not None and (self._regular_soldiers(who.actor) or army_member(who.actor))) or told_by_army_member(trigger)
                                                   or (rule.label == "REFUSAL_TO_FIGHT" and state_refusers(trigger, who.actor))):  # "widespread desertion", "helicopter crews refused"
            side = self._country_of_article(context, besides, start)  # "troops withdrew from several villages", in a story of Somalia's war on al-Shabaab
        if side is None and who.actor is not None and rule.subject_is_opponent and who.actor.dep_ == "dobj" and _set_apart(who.actor):
            return None  # "HTS ... forced other armed groups into a surrender deal": not the group named before
        if side is None and rule.label == "REFUSAL_TO_FIGHT" and leaver(who.actor) and group is not None and self._speaker_side_of(sentence, reporter) == group:
            return self._country_of_article(context, besides, start)  # "the defectors", told by the group they joined: not the group's
        side = side or group or force_side_before(context, start, lambda: self._country_of_article(context, besides, start), day)  # "hundreds of fighters", after Isis was named
        if side is None and rule.label == "REFUSAL_TO_FIGHT":
            return self._country_of_article(context, besides, start)  # "conscripts refused to go back": desertion is news of a state's own army (not "mutinied off Yemen")
        return side

    def _opponents(self, trigger: Token, sentence: Span, reporter: Span | None, group: str | None = None) -> list[tuple[str | None, Span]]:
        """Who the actor gives way to, with its side: whom it surrenders to ("surrendered to the RSF", "gave
        themselves up to our unit", said the brigade: the speaker's) and who presses it in a clause of the trigger
        ("fled as M23 advanced", "withdrew after the RSF seized Geneina")."""
        goals = [g for verb in (trigger, *trigger.conjuncts) if gives_itself_up(verb) for g in tree.prep_objects(verb, {"to"})]
        goals += approached(trigger) if gives_itself_up(trigger) else []  # "walked towards the Ukrainian positions and surrendered"
        goals += enemy_lines(trigger) if gives_itself_up(trigger) else []  # "reached Ukrainian lines and gave himself up"
        goals += drone_guided(trigger)  # "came out to the positions of the 25th Brigade, guided by a Ukrainian drone"
        goals += approached_in_gesture(trigger, sentence)  # "crawled out with their hands raised, following a drone toward Ukrainian positions"
        actor_part = {t.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        verbs = [  # "fled as M23 advanced"; "after the RSF seized Geneina", parsed as a modifier of the town
            t for t in trigger.subtree
            if t.i != trigger.i and t.i not in actor_part and t.pos_ == "VERB" and t.lemma_.lower() in self.lexicons["pursuit_verb"]
        ]
        pressing = [
            c for verb in verbs for c in [*verb.children, *(g for m in verb.children if m.dep_ == "mark" for g in m.children)]
            if c.dep_ == "nsubj" or c.dep_ == "pobj" and c.head.dep_ == "mark"  # "as M23 advanced": M23 parsed under "as"
        ]
        out = []
        pressing += attack_agents(trigger, actor_part)  # "withdrew after shelling by the M23"
        for head in goals + pressing + self._pressing_governor(trigger) + self._receiving_subjects(trigger):
            span = tree.phrase(head)
            owners = [c for c in head.children if c.dep_ == "poss"] + ([head] if head.dep_ == "pobj" else [])
            if any(o.lower_ in self.lexicons["pronoun_first_person"] for o in owners):
                out.append((self._speaker_side_of(sentence, reporter), span))  # "to our unit", said the brigade
            elif head.pos_ == "PRON" and head.lower_ in self.lexicons["pronoun_receiver"] and head in goals and reporter is not None:
                speaker = self._speaker_side_of(sentence, reporter) or _insurgent_speaker(reporter, group)  # "The rebels said ... surrendered to them": the group's
                out.append((speaker, span))  # "surrendered to it", said the Arakan Army: the speaker's
            elif any(o.lower_ in self.lexicons["pronoun_owner"] for o in owners):
                out.append((_side_named_before(head, sentence), span))  # "the Israeli military said ... to its troops"
            else:
                out.append((places.side_of(span.text) or allied_side(head), span))  # "to fighters allied to the SDF"
        return out

    def _pressing_governor(self, trigger: Token) -> list[Token]:
        """ "RSF overruns army base as soldiers flee": the subject of the advance the trigger's clause hangs on."""
        if trigger.dep_ != "advcl" or trigger.head.lemma_.lower() not in self.lexicons["pursuit_verb"]:
            return fallen_to(trigger)  # "the command falls to the MNDAA as hundreds of troops surrender"
        return [c for c in trigger.head.children if c.dep_ == "nsubj"]

    def _receiving_subjects(self, trigger: Token) -> list[Token]:
        """ "Russian forces secured a negotiated surrender of Kherson": who receives a surrender named as its verb's object."""
        if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in self.lexicons["receive_surrender_verb"]:
            return []
        if trigger.lemma_.lower() not in self.lexicons["trigger_surrender_noun"]:
            return []
        return [c for c in trigger.head.children if c.dep_ == "nsubj"]

    @staticmethod
    def _enemy(side: str | None, context: DocumentContext, day: date | None) -> str | None:
        """The enemy of ``side``: the one the document names, else its only enemy on ``day``."""
        return enemy_of(side, named_sides(context), day)

    def _watched_by_intelligence(self, actor: Token, sentence: Span, reporter: Span | None) -> bool:
        """Does a state's intelligence service tell of an actor the sentence names by no side and no owner ("the
        soldiers declined to attack, Ukrainian intelligence said")? "its troops", "our soldiers" stay the speaker's."""
        if actor.pos_ == "PRON" or any(c.dep_ == "poss" for c in actor.children):
            return False
        if places.side_of(tree.phrase(actor).text) is not None:
            return False
        speakers = [s for s in (reporter, sources.according_span(sentence)) if s is not None]
        return any(tree.in_lexicon(t, self.lexicons["intelligence_word"]) for s in speakers for t in s)

    def _enemy_of_group_speaker(self, sentence: Span, reporter: Span | None, context: DocumentContext, day: date | None) -> str | None:
        """ "The Arakan Army said soldiers of a junta battalion had laid down their arms": a state's unit named
        without its state, told by the armed group that fights it, is the group's enemy's."""
        speaker = self._speaker_side_of(sentence, reporter)
        return self._enemy(speaker, context, day) if speaker is not None and speaker not in state_codes() else None

    def _of_a_regime(self, actor: Token) -> bool:
        """ "Militants of the Kyiv regime", "militants of one of the battalions of the AFU": insurgent words for the
        forces of a state's government or army, named as theirs (not "Syrian rebels", who fight their state)."""
        owners = [o for o in of_chain(actor)[1:] if o.head.lower_ == "of"]
        governments = [o for o in owners if tree.in_lexicon(o, self.lexicons["generic_state_actor"]) or (o.pos_ == "PROPN" and armed.is_armed(o, self.lexicons))]
        return any(places.side_of(tree.phrase(o).text) in state_codes() for o in governments)

    def _regular_soldiers(self, actor: Token) -> bool:
        """ "troops", "soldiers": a regular army's members, not named as the enemy ("enemy troops" in the junta's words are the group's)."""
        if token_classes.partitive_of(actor) or tree.in_lexicon(actor, self.lexicons["soldier_collective"]):  # "a group of soldiers", "dozens of troops"
            actor = next(iter(tree.prep_objects(actor, {"of"})), actor)
        owned = any(c.dep_ == "poss" for c in actor.children)  # "its 3rd Division": the owner's, named before
        return tree.in_lexicon(actor, self.lexicons["regular_soldier"]) and not owned and not self._names_the_enemy(actor)

    def _generic_state_word(self, actor: Token) -> Token | None:
        """ "the junta", "government troops", "members of the military's infantry battalion", "soldiers of the army": the word that
        names a state's institution without its state, as the actor or as what the actor belongs to."""
        words = self.lexicons["generic_state_actor"]
        heads = [actor]
        for _ in range(2):  # "dozens of soldiers of the army's 33rd division"
            heads += [o for h in heads for o in tree.prep_objects(h, {"of"}) if all(o.i != k.i for k in heads)]
        owners = [c for h in heads[1:] for c in h.children if c.dep_ == "poss"]
        owners += [c for c in actor.children if c.dep_ == "poss" and c.pos_ != "PROPN"]  # "the junta's soldiers"
        common = [h for h in heads[1:] if h.pos_ != "PROPN"]  # "Paulus's Sixth Army" is named, and whose it is
        kinds = [c for h in [actor, *common] for c in h.children if c.dep_ in ("compound", "amod", "nmod")]  # "junta troops"
        kinds += [c for k in kinds if k.pos_ != "PROPN" for c in k.children if c.dep_ in ("compound", "amod")]  # "military council troops"
        return next((t for t in [actor, *common, *kinds, *owners] if tree.in_lexicon(t, words)), None)

    def _generic_owner_side(self, actor: Token, sentence: Span, context: DocumentContext, start: int, besides: frozenset[str] = frozenset(), where: list[str | None] = ()) -> str | None:
        """ "The army acknowledged that its troops had pulled back": the owner "its" stands for is the subject
        before it, a state's institution named without its state (the state's named before, else the article's)."""
        subjects = [t for t in sentence if t.i < actor.i and t.dep_ in ("nsubj", "nsubjpass")]
        return self._generic_subject_side(subjects[-1], context, start, besides, where) if subjects else None

    def _generic_subject_side(self, subject: Token, context: DocumentContext, start: int, besides: frozenset[str] = frozenset(), where: list[str | None] = ()) -> str | None:
        """The state a subject such as "the army" or "the junta" stands for, else the country of the event's place
        ("The army said its soldiers had pulled out of Menaka"); None for any other subject."""
        if subject.pos_ == "PROPN" or places.side_of(tree.phrase(subject).text) is not None or not tree.in_lexicon(subject, self.lexicons["generic_state_actor"]):
            return None
        return self._state_of(subject, context, start, besides) or self._country_of_place(where, context, besides)

    def _state_of(self, generic: Token, context: DocumentContext, start: int, besides: frozenset[str] = frozenset()) -> str | None:
        """The state a generic word stands for: the side named before with the same noun ("the Israeli army ...
        the army"; in a roundup, within the event's section), else the country the article is about."""
        since = context.line_start(start) if section_state(context, start) is not None else 0  # a roundup's section: its own paragraph
        return context.side_of_noun_before(start, generic.lemma_.lower(), since) or self._country_of_article(context, besides, start)

    def _names_the_enemy(self, actor: Token) -> bool:
        """ "enemy troops", "the enemy", "units of the adversary": the actor is named as the other side."""
        words = self.lexicons["enemy_word"]
        return any(tree.in_lexicon(t, words) for t in of_chain(actor))  # "dozens of enemy servicemen", "a company of the occupiers"

    def _plain_men(self, actor: Token) -> bool:
        """ "More than 2,400 men": a plain word for people (person_plain.txt), no side of its own; the men a state
        says surrendered are its enemy's (a state tells its own men's surrender as an evacuation or a loss). Not
        men with an owner ("our men", "its men": the speaker's own)."""
        return (
            actor.pos_ == "NOUN" and tree.in_lexicon(actor, self.lexicons["person_plain"])
            and not any(c.dep_ == "poss" for c in actor.children)
        )

    def _names_no_institution(self, reporter: Span | None) -> bool:
        """Is there a reporter, and does it name no state's institution ("the ministry", "a spokesman", "the statement";
        not "the military", whose enemy the document's other party is)?"""
        return reporter is not None and not tree.in_lexicon(reporter.root, self.lexicons["generic_state_actor"])

    @staticmethod
    def _speaker_side_of(sentence: Span, reporter: Span | None) -> str | None:
        """The side of who says it: the reporting subject ("the Russian defence ministry claimed") or "according to X"."""
        for span in (reporter, sources.according_span(sentence)):
            side = speaking_side(span) if span is not None else None
            if side is not None:
                return side
        return None

    def _speaker_side(self, actor: Token, reporter: Span | None, context: DocumentContext) -> str | None:
        """ "We are leaving," said the army chief of staff: "we" is the speaker's side."""
        ours = actor.lower_ in self.lexicons["pronoun_first_person"] or any(c.dep_ == "poss" and c.lower_ in self.lexicons["pronoun_first_person"] for c in actor.children)
        if not ours or reporter is None:  # "we", "our soldiers"
            return None
        named = places.side_of(reporter.text)
        if named:
            return named
        generic = next((t for t in reporter if tree.in_lexicon(t, self.lexicons["generic_state_actor"])), None)
        if generic is not None:
            return self._state_of(generic, context, context_offset(reporter[0]))
        return party_before(context, context_offset(actor.sent[0]))  # "Our troops withdrew, a spokesman said", in the brigade's statement

    def _subject_pronoun_side(self, trigger: Token, sentence: Span) -> str | None:
        """The side a pronoun subject of the trigger, or of the verb whose object the trigger is ("said it had carried out
        a repositioning"), stands for: the side named last before it in the sentence."""
        subject = next((c for role in ("subj", "governor_subj") for c in roles.candidates(trigger, role) if c.lower_ in self.lexicons["pronoun_side"]), None)
        return _side_named_before(subject, sentence) if subject is not None else None

    def _origin_side(self, actor: Token, context: DocumentContext, day: date | None, refusing: bool = False) -> str | None:
        """The state an armed actor comes from, named by "from" and a place ("conscripts from Buryatia",
        "servicemen from a brigade based in Buryatia"), or
        the state of the place its defenders hold ("the defenders of Azovstal", "Mariupol's defenders", "Azovstal Defenders").
        Whoever refuses to fight is armed by the event itself ("The men, from the Sverdlovsk region, refused orders to storm")."""
        held = tree.prep_objects(actor, {"of"}) + [c for c in actor.children if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i < actor.i)]
        if tree.in_lexicon(actor, self.lexicons["defender_noun"]) and held:
            places_held = [span for g in held if (span := place_spans.place_span(g)) is not None]
            if places_held:
                return context.geocoder.authority_of(places_held[0].text, day)
        sources = tree.prep_objects(actor, {"from"})
        sources += [g for u in sources if tree.in_lexicon(u, self.lexicons["military_unit"]) for v in u.children if v.dep_ == "acl" and v.lower_ in self.lexicons["home_base_participle"] for g in tree.prep_objects(v, {"in", "at"})]  # "from a brigade based in Buryatia"
        origins = [span for g in sources if (span := place_spans.place_span(g)) is not None]
        if not origins or not (refusing or armed.is_armed(actor, self.lexicons)):
            return None
        return context.geocoder.authority_of(origins[0].text, day)

    def _antecedent_force_side(self, trigger: Token, actor: Token | None, context: DocumentContext) -> str | None:
        """The side of the armed actor a personal pronoun subject refers back to, named in the lines before."""
        pronouns = self.lexicons["pronoun_personal"] | self.lexicons["pronoun_possessive"]
        subject = actor if actor is not None and actor.lower_ in pronouns else None
        if actor is not None and (count_of_them(actor) or rest_of_a_group_before(actor) or self._definite_force(actor)):  # "Dozens of them", "The rest", "the troops"
            if names_a_side(actor.sent, None):
                return None  # "Debretsion, the TPLF chairman, said the fighters had pulled back": its own sentence says (not "by road through Chad": a place)
            return context.same_force_side_before(context_offset(actor), actor.text) or context.armed_side_before(context_offset(actor))
        verbs = [trigger, trigger.head] if trigger.dep_ == "xcomp" else [trigger]  # "they managed to leave"
        subject = subject or next((c for v in verbs for c in roles.candidates(v, "subj") if c.lower_ in self.lexicons["pronoun_personal"]), None)
        if subject is None and trigger.pos_ == "NOUN":  # "shows his surrender", after "a Russian soldier"
            subject = next((c for c in trigger.children if c.dep_ == "poss" and c.lower_ in self.lexicons["pronoun_possessive"]), None)
        if subject is None:
            return None
        return (
            self._armed_subject_side_before(subject) or self._declarer_side(trigger, subject, context)
            or context.armed_side_before(context_offset(subject), singular=subject.lower_ in lexicon("pronoun_singular"))
        )

    def _bare_force(self, actor: Token) -> bool:
        """ "Ukraine says troops withdrew": a force named by a bare plural common noun, no article, modifier or owner;
        a state that reports such a pullback tells its own (it names the enemy's: "Russian troops", "the enemy")."""
        return actor.pos_ == "NOUN" and actor.tag_ == "NNS" and tree.in_lexicon(actor, self.lexicons["armed"]) and not list(actor.children)

    def _definite_force(self, actor: Token) -> bool:
        """ "The troops", "the defenders": a force named by a bare common noun with "the", whose side is the force's
        named in the lines before ("Russian troops were hit near Kreminna. The troops fell back")."""
        return (
            actor.pos_ == "NOUN" and actor.tag_ == "NNS" and tree.in_lexicon(actor, self.lexicons["armed"])
            and [c.lower_ for c in actor.children] == ["the"]
        )

    def _declarer_side(self, trigger: Token, pronoun: Token, context: DocumentContext | None = None) -> str | None:
        """ "a Sudanese army captain said he had quit his post": the side of the armed speaker the pronoun is, if
        they agree in number ("they fled, a Kurdish commander said": "they" are not the commander)."""
        singular = pronoun.lower_ in lexicon("pronoun_singular")
        declarers = [c for c in roles.candidates(trigger, "declarer") if armed.is_armed(c, self.lexicons) and singular == (c.tag_ in ("NN", "NNP"))]
        if declarers and context is not None and self._definite_force(declarers[0]) and not places.side_of(tree.phrase(declarers[0]).text):
            return context.same_force_side_before(context_offset(declarers[0]), declarers[0].text)  # "The fighters said they had fled", after "Boko Haram fighters"
        return places.side_of(tree.phrase(declarers[0]).text) if declarers else None

    def _armed_subject_side_before(self, pronoun: Token) -> str | None:
        """The side of an armed subject earlier in the pronoun's own sentence: "members of the tank brigade of
        the Russian forces are giving up their benefits ... their refusal to fight": RUS."""
        if pronoun.lower_ not in self.lexicons["pronoun_possessive"]:
            return None  # "the commander confirmed he had surrendered": "he" is someone else
        subjects = [
            t for t in pronoun.sent
            if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and armed.is_armed(t, self.lexicons)
            and t.head.lemma_.lower() not in self.lexicons["cue_report"]
        ]
        return places.side_of(tree.phrase(subjects[-1]).text) if subjects else None

    def _antecedent_side(self, actor: Token, sentence: Span, group: str | None, context: DocumentContext | None = None) -> str | None:
        """The side an actor names by reference: "the group" or "the group's combatants" after Isis was named (the group whose fighters were named last, as for "the militants": round left23);
        "the militants": the group whose fighters were named last, not one named only as their receiver ("Isis
        fighters surrendered to the SDF. The militants had abandoned ..."); "its troops": the side named last
        before it in the sentence ("Russia said its troops")."""
        if group_anaphors.is_anaphor(actor) or any(group_anaphors.is_anaphor(c) for c in actor.children if c.dep_ == "poss"):
            plural_or_owned = actor.tag_ == "NNS" or not group_anaphors.is_anaphor(actor)  # "the militants", "the group's local commanders"
            return (context.fighters_group_before(context_offset(actor)) or context.headline_fighters_group() if plural_or_owned and context is not None else None) or group
        owned = [actor, *tree.prep_objects(actor, {"of"})]  # "its troops", "more of its service members"
        if any(c.dep_ == "poss" and c.lower_ in self.lexicons["pronoun_owner"] for o in owned for c in o.children):
            owner = next((c for c in actor.head.children if c.dep_ == "nsubj"), None) if actor.dep_ == "dobj" else None
            groups = [n.code for _, _, n in places.find(tree.phrase(owner).text, "sides") if n.kind == "group"] if owner is not None else []
            if groups:  # "Wagner, the Russian mercenary group, pulled its fighters out": the group the subject names, not the state after it
                return groups[0]
            return _side_named_before(actor, sentence)  # "Dagalo, leader of the RSF, said his forces had withdrawn"
        return None

    @staticmethod
    def _country_of_place(where: list[str | None], context: DocumentContext, besides: frozenset[str] = frozenset()) -> str | None:
        """The country of the event's first place the geocoder knows: whose a state's force named without its
        state is, when the document names no state; not a state the sentence names only as somewhere else
        (``besides``: "near the Chinese border" is no Chinese place of the junta's), nor water, which runs through or
        along several ("at the San Juan river crossing": no Puerto Rico)."""
        return next((c for c in (context.geocoder.country_of(p) for p in where if p and not is_water(p, context)) if c and c not in besides), None)

    def _country_of_article(self, context: DocumentContext, besides: frozenset[str] = frozenset(), start: int | None = None) -> str | None:
        """The country the article names most, but for the states the sentence names only as a refuge, a
        neighbour or a speaker's (``besides``: "fled into Chad from Geneina" is no Chadian retreat); in a roundup,
        the state that leads the event's section (``start``: "Myanmar. ... junta soldiers surrendered")."""
        section = section_state(context, start) if start is not None else None
        if section is not None and section not in besides:
            return section
        countries = [c for c in context.geocoder.countries if c not in besides | context.goal_only_states]  # not "fled into Niger"
        return countries[0] if countries else None


def _officers(actor: Token) -> bool:
    """ "Brigadier General Thurein Tun", "two colonels": officers named by their rank, a state's as often as a group's,
    whose side a group that tells their surrender gives as its enemy's (not "two HTS commanders": named)."""
    owned = any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and places.side_of(c.text)) for c in actor.children)
    return ranked_person(actor) or (actor.lemma_.lower() in lexicon("military_rank") and not owned)


def _insurgent_speaker(reporter: Span | None, group: str | None) -> str | None:
    """ "The rebels said the enemy had abandoned the compound", in an article about the Arakan Army: the group
    of the article speaks, so "the enemy" is the group's enemy."""
    head = reporter.root if reporter is not None else None
    return group if head is not None and _insurgents(head) else None


def _insurgents(actor: Token) -> bool:
    """Is the actor's head, or a noun compounded with it, a word for insurgents ("the southern rebels", "rebel forces")?"""
    words = lexicon("insurgent_noun")
    return actor.lower_ in words or any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in actor.children)


def _insurgents_speak_of_themselves(trigger: Token) -> bool:
    """Is the trigger's subject a pronoun in a clause said by insurgents ("Rebel forces ... said they had withdrawn")?"""
    if not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in trigger.children):
        return False  # not "The insurgents who drove out the Soviet army": a relative pronoun is its antecedent, not a speaker's word
    saying = next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
    if saying is None or saying.lemma_.lower() not in lexicon("cue_report"):
        return False
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    return speaker is not None and _insurgents(speaker)


def _first_conjunct(span: Span, head: Token | None) -> Span:
    """The actor phrase without the actors conjoined after its head: "Malian troops and Wagner mercenaries" is
    Malian troops' event first (a side named in the second actor does not make the first one its own)."""
    if head is None or not (span.start <= head.i < span.end):
        return span
    cut = min((c.left_edge.i for c in head.children if c.dep_ in ("cc", "conj") and c.i > head.i), default=span.end)
    return span.doc[span.start : max(cut, head.i + 1)]


def _apposed_authority(actor: Token | None, context: DocumentContext, day: date | None) -> str | None:
    """Whose authorities run the town the actor is, when the document names it with its region or country after
    a comma ("Paris, Texas", "Bethlehem, Pennsylvania"): that town's, whatever state a capital of its name stands for."""
    if actor is None or not context.geocoder.is_apposed(actor.text):
        return None
    return context.geocoder.authority_of(actor.text, day)


def _own_words(span: Span, elsewhere: set[int] = frozenset()) -> str:
    """The actor phrase without who acts on it: "Organisers in Kharkiv, a city shelled daily by Russia" names
    no Russian organisers (an agent's "by" phrase is the other side's), nor the states it names only as somewhere
    else (``elsewhere``: "soldiers of the Myawaddy garrison on the Thai border" are not Thailand's)."""
    agents = {d.i for a in span if a.dep_ == "agent" for d in a.subtree} | elsewhere
    return "".join(t.text_with_ws for t in span if t.i not in agents)


def _side_named_before(token: Token, sentence: Span) -> str | None:
    """The side named last before ``token`` in its sentence: what "it", "they" or "its" stand for."""
    later = later_forces_in(sentence) | bordered_states(sentence)  # "Russian deserters now fighting for the Legion said they": the deserters'; "Belgorod, which borders Ukraine": no "they"
    found = [(a, b, n) for a, b, n in names_in(sentence, "sides") if sentence.start_char + a < token.idx and not _inside(sentence, a, b, later)]
    actors = [n for a, b, n in found if not _names_a_goal(sentence, a, b)]
    before = actors or [n for _, _, n in found]  # "Russia is scrapping plans to send troops to Ukraine as its soldiers refuse": Russia
    return before[-1].code if before else None


def _inside(sentence: Span, start: int, end: int, tokens: set[int]) -> bool:
    """Is the name at characters ``start``-``end`` of the sentence one of ``tokens``?"""
    span = sentence.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.i in tokens


def _names_a_goal(sentence: Span, start: int, end: int) -> bool:
    """Is the name at characters ``start``-``end`` of the sentence the object of a preposition ("to Ukraine",
    "in Syria"): a place the clause speaks of, not a side that "its" can stand for?"""
    span = sentence.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in lexicon("prep_goal")


def _set_apart(actor: Token) -> bool:
    """ "other armed groups", "rival factions": a force the text sets apart from the one named before it (not
    "five other men", a count added to someone named)."""
    return not any(c.dep_ == "nummod" for c in actor.children) and any(c.dep_ in ("amod", "det") and c.lower_ in lexicon("other_force_modifier") for c in actor.children)
