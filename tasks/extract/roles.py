"""Who and what, read off a dependency parse around a trigger token.

Roles name syntactic positions relative to the trigger: ``subj`` (its
subject), ``obj``, ``pass`` (passive subject), ``controller`` (the understood
subject of "forced the troops *to flee*", "soldiers began *to surrender*"),
``head`` (the noun a participle or relative clause modifies: "*retreating*
fighters"), and prepositional roles (``of``, ``by``, ``to``, ``from``, ``on``).
What a phrase is (armed, a place, a state, a member of a lexicon) is asked of armed.py,
place_tokens.py and token_classes.py; tree.py holds the tree helpers they share.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.accusation import judged_for
from tasks.extract.armed import is_armed
from tasks.extract.deadline_given import given_the_time
from tasks.extract.declaration import speaking_verb
from tasks.extract.force_within import force_within
from tasks.extract.former_member import no_longer_serving
from tasks.extract.gerund_subject import gerund_subject
from tasks.extract.headline_objects import apposed_list_head, misread_objects, subject_read_as_claim_object, subject_read_as_compound
from tasks.extract.intruders import wartime_coalition
from tasks.extract.labelled_move import labeller
from tasks.extract.listing_label import label_entry
from tasks.extract.misread_relative import misread_relative_subject
from tasks.extract.name_scan import is_calendar_name
from tasks.extract.own_clause import lead_in_subject
from tasks.extract.participle_aside import aside_subject
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.performed_act import performer, source_on_verb
from tasks.extract.place_modifier import names_the_place_left, places_before
from tasks.extract.place_tokens import in_celebration_name, is_place
from tasks.extract.possessor import possessor_subject
from tasks.extract.reduced_passive import is_past_read_passive
from tasks.extract.relative_object import antecedent_of_object
from tasks.extract.remnant_clause import remnant_whole, with_remnant_wholes
from tasks.extract.swallowed_subject import swallowed_subject
from tasks.extract.task_goal import task_clauses, task_goals
from tasks.extract.token_classes import is_state_adjective
from tasks.extract.tree import PREP_ALIASES, in_lexicon, prep_objects, shared_object, with_conjuncts
from tasks.extract.who_from_place import force_at_place, people_from_place

SUBJ = {"nsubj", "csubj"}


_UP_THROUGH = {"xcomp", "conj", "ccomp", "advcl", "pcomp", "acl"}


def subject_after_for(trigger: Token) -> list[Token]:
    """ "MPs call for New Year fireworks to be scrapped": the subject of an infinitive after "for", parsed as the
    object of the preposition on the verb the infinitive hangs from."""
    if trigger.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return []
    return [g for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < trigger.i for g in c.children if g.dep_ == "pobj"]


def reported_doers(noun: Token) -> list[Token]:
    """ "Reports of militants escaping the enclave": the parser hangs the -ing clause on the report noun; who does it
    is the object of its "of" (lexicons/cue_report_noun.txt)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon("cue_report_noun"):
        return []
    return prep_objects(noun, {"of"})


def labelled_object(noun: Token) -> Token | None:
    """ "Fans branded the striker a deserter": the object a verb of labelling (lexicons/verb_label.txt) gives the
    noun as its name is who the noun means; None when the noun is no such second complement."""
    verb = noun.head
    if noun.dep_ not in ("oprd", "npadvmod", "attr") or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon("verb_label"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)


def _both_change_an_event(verb: Token, conj: Token) -> bool:
    """Two verbs that both call off or cut back an event ("cancelled or curtailed", "called off or trimmed"), so they
    share one object; not a force that "fled and left their weapons on the road" (two acts: the object is the second verb's)."""
    words = lexicon("trigger_cancel_verb") | lexicon("verb_lesser_change") | lexicon("trigger_reduce_verb")  # "cancelled or trimmed"
    return all(v.lemma_.lower() in words or any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children) for v in (verb, conj))  # "called off"


def coordinated_antecedents(noun: Token) -> list[Token]:
    """ "2,000 soldiers and family members who handed over the base": the parse hangs the relative clause on the last
    conjunct; the nouns conjoined before it are its antecedents too."""
    if noun.dep_ != "conj":
        return []
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return [c for c in with_conjuncts(first) if c.i != noun.i]


def candidates(trigger: Token, role: str) -> list[Token]:
    """Tokens that fill ``role`` for ``trigger`` (heads of phrases)."""
    if role == "self":
        return [labelled_object(trigger) or trigger]
    if role == "subj":
        if compound := subject_read_as_compound(trigger):
            return compound  # "Hundreds of Boko Haram fighters surrender in Borno, army says": the parse hid it
        found = with_remnant_wholes([c for c in trigger.children if c.dep_ in SUBJ and not lead_in_subject(c)])  # "what was left of the battalion fled"; not "No cake:" before "Kyiv suburb cancels"
        found = apposed_list_head(trigger, found) + found  # "Hundreds of Boko Haram Members, Families Surrender"
        if not found and (swallowed := swallowed_subject(trigger, passive=False)) is not None:
            return [swallowed]  # "moved closer to the city and government troops retreated": the parse hid it
        if not found and (noun := misread_relative_subject(trigger)) is not None:
            return [noun]  # "The last column of Russian armoured vehicles left Khankendi": "left" read as a relative
        if trigger.dep_ == "relcl" and any(c.lower_ in lexicon("pronoun_relative") for c in found):
            counted = prep_objects(trigger.head, {"of"}) if trigger.head.lemma_.lower() in lexicon("case_count_noun") else []
            return counted or [people_from_place(trigger, trigger.head) or force_at_place(trigger, trigger.head) or trigger.head, *coordinated_antecedents(trigger.head)]  # "fighters who fled": the fighters; "cases of servicemen who left": the servicemen; "soldiers from the Omsk region who refused": the soldiers
        if not found and trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
            return candidates(trigger.head, "subj")
        if not found and trigger.dep_ == "acomp" and trigger.tag_ == "VBG" and trigger.head.lemma_ == "be":
            return candidates(trigger.head, "subj")  # "soldiers are deserting", parsed as "are" with a complement
        on_auxiliary = [s for a in trigger.children if a.dep_ == "aux" for s in a.children if s.dep_ in SUBJ]  # "conscripts are deserting", the subject hung on "are"
        found = [d for f in found for d in (reported_doers(f) or [f])]  # "Reports of fighters fleeing the town reached ...": the parse made the report the subject
        return found or on_auxiliary or subject_read_as_claim_object(trigger, lexicon("cue_report"))
    if role == "pass":
        found = [c for c in trigger.children if c.dep_ == "nsubjpass"] + [w for c in trigger.children if (w := remnant_whole(c))]
        if not found and (swallowed := swallowed_subject(trigger, passive=True)) is not None:
            return [swallowed]  # "moved closer to the city and government troops were pushed out"
        if not found and (aside := aside_subject(trigger)) is not None:
            return [aside]  # "its fireworks display, held every August since 1948, has been cancelled": the aside took it
        if not found and trigger.dep_ == "conj":
            return candidates(trigger.head, "pass")
        return found or subject_after_for(trigger)
    if role == "pass_owner":  # "Russian positions were abandoned", "army outposts were vacated": whose the passive subject is
        held = [s for s in candidates(trigger, "pass") if not any(in_lexicon(c, lexicon("relic_modifier")) for c in s.children)]  # not "old Soviet bunkers"
        return [c for s in held for c in s.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < s.i and c.pos_ != "PRON"]
    if role == "ing_head":  # "fighters leaving the plant": the noun an -ing participle describes
        if trigger.tag_ == "VBG" and trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN"):
            return reported_doers(trigger.head) or [trigger.head]
        if is_ordinal_infinitive(trigger):
            return [trigger.head]  # "the last Soviet soldier to leave Afghanistan"
        if trigger.tag_ == "VBG" and trigger.dep_ == "advcl" and in_lexicon(trigger.head, lexicon("verb_depict")):
            return [c for c in trigger.head.children if c.dep_ == "dobj"]  # "footage shows a soldier raising his hands to a drone": the one shown
        return []
    if role == "patient_subj":  # "fighters pushed out of Syria": the subject of a bare past participle
        if (trigger.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)) or is_past_read_passive(trigger):
            return [c for c in trigger.children if c.dep_ in SUBJ]
        return []
    if role == "obj":  # not "east" in "kept withdrawing east": where it went
        found = [c for c in trigger.children if c.dep_ in ("dobj", "attr") and not is_bare_direction(c) and not is_sentence_appositive(c) and not _complementizer_as_object(trigger, c) and not is_distance(c) and not is_time_adverbial(c) and not _route_after_particle(trigger, c)]
        if not found and (shared := shared_object(trigger)) is not None and _both_change_an_event(trigger, shared.head):
            return [shared]  # "cancelled or sharply curtailed the celebrations": the object of both verbs
        return [antecedent_of_object(trigger, c) for c in found]  # "the concert, which the council cancelled": the concert
    if role == "determined":  # "No Kuomboka this year": the noun a determiner trigger determines
        return [trigger.head] if trigger.dep_ == "det" and trigger.head.i != trigger.i else []
    if role == "misread_obj":  # "Serbia bans EuroPride march", "Zwolle scraps New Year fireworks show"
        return misread_objects(trigger)
    if role == "agent":
        return [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if role == "performer_subj":  # "Russian troops beat a hasty retreat": the subject of the light verb
        return performer(trigger)
    if role == "possessor_subj":  # "troops completed their departure": the subject "their" stands for
        return possessor_subject(trigger)
    if role == "poss":  # "last month's capitulation", "Sunday's withdrawal": when it happened, not who did it
        return [c for c in trigger.children if c.dep_ == "poss" and not (in_lexicon(c, lexicon("time_unit")) or is_calendar_name(c.text))]
    if role == "mod":  # "the Russian withdrawal", "US pullout"; not "mass desertions", "hasty pullout", "a negotiated surrender"
        return [
            c for c in trigger.children
            if c.dep_ in ("amod", "compound", "nmod") and c.i < trigger.i and c.tag_ not in ("VBN", "VBG") and c.pos_ != "VERB"  # "this claimed withdrawal"
            and not (c.pos_ == "ADJ" and not is_state_adjective(c) and entity_type(c) != "NORP" and not wartime_coalition(c))
            and not names_the_place_left(c)  # "the Kherson pullout": where, not who
            and not in_lexicon(c, lexicon("event_scale_modifier"))  # "mass desertion", "record desertions": how many
            and not in_lexicon(c, lexicon("event_manner_modifier"))  # "a fighting withdrawal": how, not who
        ]
    if role == "task_goal":  # "refused to go back into combat", "to take part in": where the refused task leads
        return task_goals(trigger)  # also "go back up to the front line", a headline's "refuse to move to border"
    if role == "task_home":  # "refused to return home", "to be sent home": a way out of the war, not into it
        tasks = task_clauses(trigger)  # also "board the plane that was to fly them home"
        ways = [c for t in tasks for c in t.children if c.dep_ != "dobj"]  # "return home"; not "storm the village": a target
        return [g for g in [*ways, *(p for t in tasks for p in prep_objects(t, {"to"}))] if g.lower_ in lexicon("refusal_home")]
    if role == "complement":  # "gave up attempting to defend": a verb complement, what was given up
        return [c for c in trigger.children if c.dep_ in ("xcomp", "pcomp", "ccomp")]
    if role == "absolute_subj":  # "walked out with their hands raised": the subject of the clause the absolute describes
        if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in trigger.children):
            return candidates(trigger.head, "subj")
        return []
    if role == "governor_subj":  # "Ozy Fest has confirmed the cancellation": the subject of the verb it is the object of
        if trigger.dep_ == "dobj" or (trigger.dep_ in ("ccomp", "oprd") and trigger.pos_ == "NOUN"):
            subjects = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "declared themselves objectors"
            return subjects + _organised_by_subjects(trigger, subjects)
        return []
    if role == "labeller":  # "the army described the move as a tactical repositioning": who labels its own move
        return labeller(trigger)
    if role == "organised_by_subj":  # "Organisers of the street party pulled the plug": what the subject organises
        return _organised_by_subjects_of(candidates(trigger, "subj"))
    if role == "member":  # "the cancellations included the parade", "the ban covers the fireworks": what the verb of its scope names
        head = trigger.head
        if trigger.dep_ == "nsubj" and head.lemma_.lower() in lexicon("verb_inclusion"):
            return [c for c in head.children if c.dep_ == "dobj"]
        if trigger.dep_ == "nsubj" and head.lemma_.lower() in lexicon("verb_scope_to"):
            return prep_objects(head, {"to"})  # "the cancellation extends to the civic parade"
        return []
    if role == "compound_before":  # "Regime forces surrender weapons": a headline's verb read as a noun, its subject beside it
        if trigger.dep_ != "compound":
            return []
        return [c for c in trigger.head.children if c.dep_ in ("compound", "nsubj") and c.i < trigger.i and c.pos_ in ("NOUN", "PROPN")]
    if role == "label_entry":  # "CANCELLED: Santa's Sleigh Parade, Dec 20.": the listing's entry after the label
        return label_entry(trigger)
    if role == "desc":  # nouns up to two steps below the trigger; not what dates it: "a press conference after the festival",
        when = lexicon("prep_when")  # "refused to return to class after the holidays", "the ferry will not run during the festival"
        return [t for c in trigger.children if not (c.dep_ == "prep" and c.lower_ in when) for t in [c, *c.children] if t.pos_ in ("NOUN", "PROPN")]
    if role == "head":
        own_subject = has_own_subject(trigger)
        head = trigger.head
        if _asked_of_others(trigger) or _who_intends(head):
            return []  # "an offer to surrender": the offer does not surrender; "no plans to withdraw": who has them
        while trigger.dep_ == "amod" and head.dep_ == "amod" and head.pos_ == "ADJ" and head.head.i != head.i:
            head = head.head  # "mutinous Chadian soldiers": stacked adjectives, the first parsed as the second's
        if not own_subject and (doer := gerund_subject(trigger)) is not None:
            return [doer]  # "cases of Ukrainian soldiers abandoning their units": the -ing clause hung on "cases"
        if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and not own_subject and head.dep_ == "dobj" and head.head.lemma_.lower() in lexicon("written_refusal_verb"):
            return [c for c in head.head.children if c.dep_ == "nsubj"]  # "He wrote a statement refusing to go into the assault": the writer
        if trigger.dep_ == "acl" and head.dep_ == "appos" and not own_subject:
            return [head, head.head]  # "a battalion, about 200 men, capitulated": the verb misread as the aside's modifier
        if trigger.dep_ in ("amod", "acl", "relcl", "compound") and head.pos_ in ("NOUN", "PROPN", "PRON") and not own_subject:
            return (trigger.tag_ == "VBG" and reported_doers(head)) or [head]  # "reports of militants escaping": the militants
        if trigger.dep_ == "acl" and head.pos_ in ("ADJ", "NUM") and not own_subject and _partitive_head(head) and _no_verb_of_its_own(head):
            return [head]  # "Several of the soldiers deserted from the brigade": the verb misread as a participle on "several"
        return []
    if role == "declarer":  # "soldiers said they would not fight": who declared it, the pronoun's antecedent
        clause = trigger
        while clause.dep_ == "conj" and not has_own_subject(clause) and clause.head.i != clause.i:
            clause = clause.head  # "told their officers they would hold the trenches but would no longer join attacks"
        if clause.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in lexicon("pronoun_personal") | lexicon("pronoun_first_person") for c in clause.children):  # "I told the commander I would not fight"
            declare = speaking_verb(clause.head)  # "signed a letter saying they would no longer report"
            while declare.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in declare.children) and declare.head.i != declare.i:
                declare = declare.head  # "threw his rifle aside, raised his hands and said he would fight no more": the first verb's subject
            return [c for c in declare.children if c.dep_ == "nsubj" and not no_longer_serving(c, trigger)]
        return []
    if role == "addressee":  # "an ultimatum to RSF fighters to surrender", "the garrison rejected an offer to surrender"
        if not _asked_of_others(trigger):
            return []
        noun = demand_noun(trigger)
        found = prep_objects(noun, {"to"})
        if noun.dep_ == "dobj":
            verb = noun.head
            found += [d for c in verb.children if c.dep_ == "dative" for d in _dative_object(c)]  # "gave the defenders an ultimatum to surrender"
            if verb.lemma_.lower() in lexicon("cue_negating"):
                found += [c for c in verb.children if c.dep_ == "nsubj"]  # who rejected it was asked
        return found
    if role in ("controller", "controller_obj"):
        given = given_the_time(trigger)
        if given:
            return given  # "gave American forces until September to leave": who was given the time is to act
        if _asked_of_others(trigger) or has_own_subject(trigger):
            return []  # "Russia issues ultimatum to defenders to lay down arms": who asks does not do it
        return _controller(trigger, objects_first=True)
    if role == "from":
        from tasks.extract.leavers import place_left_by_the_leavers  # noqa: PLC0415 (leavers reads roles)
        lefts = prep_objects(trigger, PREP_ALIASES[role]) + source_on_verb(trigger, PREP_ALIASES[role]) + place_left_by_the_leavers(trigger) + places_before(trigger)  # "the Kherson retreat"
        return [p for left in lefts for p in _war_place(trigger, left)]
    if role in PREP_ALIASES:
        return prep_objects(trigger, PREP_ALIASES[role])
    if role == "object_on":  # "pulled the plug on the fireworks": the parse hangs the "on" phrase on the verb's object
        return [g for o in trigger.children if o.dep_ == "dobj" for g in prep_objects(o, PREP_ALIASES["on"]) + [d for d in o.children if d.dep_ == "dobj"]]  # "plug on July Fourth fireworks": a noun's "object" is the broken phrase
    if role == "off_to":  # "the Christmas market is off to a strong start": what the trigger's "off" is off to
        return [g for c in trigger.children if c.lower_ == "off" for g in prep_objects(c, {"to"})]
    if role == "in_force":  # "desertions in the Russian army", "desertion rates in the Afghan army": not "in Tigray"
        return force_within(trigger, prep_objects, lambda t: is_armed(t, load_lexicons()))
    raise ValueError(f"unknown role {role}")


def _complementizer_as_object(trigger: Token, word: Token) -> bool:
    """ "that" the parser made the object of its clause's verb, before that clause's own subject ("announced on Baghdad
    radio that his troops had withdrawn from Kuwait"): the conjunction that opens the clause, no object."""
    return word.lower_ == "that" and word.i < trigger.i and any(c.dep_ in ("nsubj", "nsubjpass") and word.i < c.i < trigger.i for c in trigger.children)


def _route_after_particle(trigger: Token, obj: Token) -> bool:
    """ "had left along a single road to the north": a path word the parser made the verb's particle
    (lexicons/route_particle.txt) leaves its object the route, not the thing acted on."""
    return any(c.dep_ == "prt" and c.i == obj.left_edge.i - 1 and c.lower_ in lexicon("route_particle") for c in trigger.children)


def _partitive_head(head: Token) -> bool:
    """A quantity word or a number with its of-phrase ("several of the soldiers", "two of the conscripts")."""
    return (head.lower_ in lexicon("partitive") or head.like_num) and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _no_verb_of_its_own(head: Token) -> bool:
    """The root of the sentence, or a subject of a verb of saying that has a subject of its own after it ("Several of
    the soldiers deserted from the brigade, the commander said": the parser's second subject of "said")."""
    if head.dep_ == "ROOT":
        return True
    return head.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > head.i for c in head.head.children)


def has_own_subject(trigger: Token) -> bool:
    """A clause with a subject of its own ("Kherson was abandoned by its defenders, officials said"): nothing is
    understood from up the tree, the speaker of the clause above does not do it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)


def _asked_of_others(trigger: Token) -> bool:
    """An infinitive that says what a demand, an offer or an order asks ("an ultimatum to surrender",
    "a Russian offer to surrender"): the noun it describes is the asking, not who would do it."""
    return demand_noun(trigger) is not None


def demand_noun(trigger: Token) -> Token | None:
    """The demand, offer or order noun an infinitive says the content of: the noun it describes, or the object of
    the verb it hangs from in a headline ("Russia Issues Ultimatum To Mariupol Defenders To Lay Down Arms")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    asking = lexicon("cue_demand") | lexicon("verb_order")
    if trigger.dep_ == "acl":
        return trigger.head if trigger.head.lemma_.lower() in asking else None
    if trigger.dep_ == "advcl":
        return next((c for c in trigger.head.children if c.dep_ == "dobj" and c.i < trigger.i and c.lemma_.lower() in asking), None)
    return None


def _dative_object(dative: Token) -> list[Token]:
    """Who a dative names: itself ("gave the defenders"), or the object of its "to" ("issues ultimatum to defenders")."""
    if dative.pos_ != "ADP":
        return [dative]
    return [c for c in dative.children if c.dep_ == "pobj"]


def _controller(trigger: Token, objects_first: bool) -> list[Token]:
    """The understood subject of a non-finite trigger, looked for up the tree."""
    node = trigger
    for _ in range(4):
        through_adjective = node.dep_ == "acomp" and node.i != trigger.i  # "the parade is unable to go ahead": the copula's subject
        if (node.dep_ not in _UP_THROUGH and not through_adjective) or node.head.i == node.i:
            return []
        head = node.head
        if node.dep_ == "acl" and head.dep_ == "appos":
            return [head, head.head]  # "recruits, some of them teenagers, deserted": not the aside's own subject
        judged = judged_for(head)
        excepted = head.dep_ in ("prep", "cc") and head.lower_ in lexicon("cue_exception")  # "no option but to": "but" a preposition or a conjunction
        if head.dep_ == "prep" or excepted:  # "after refusing to fight, X ..."
            head = head.head
        if judged:
            return judged  # "a tribunal sentenced 11 soldiers for abandoning their post", "accused the army of abandoning"
        if node.dep_ == "xcomp" and objects_first and head.lemma_.lower() not in lexicon("verb_instrument"):
            objs = [c for c in head.children if c.dep_ in ("dobj",) and not in_lexicon(c, lexicon("surrender_channel"))]  # "called the hotline to surrender": who called
            if not objs and head.lemma_.lower() in lexicon("cue_demand") and not any(in_lexicon(c, lexicon("surrender_channel")) for c in head.children):
                objs = prep_objects(head, lexicon("prep_appeal_to"))  # "appealed to the marines to give themselves up"
            if objs:
                return objs
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] or [w for c in head.children if (w := remnant_whole(c))] or _who_intends(head) or (_who_had_no_choice(head) if excepted else [])
        if subj:
            return subj
        if head.dep_ == "acl" and head.tag_ in ("VBN", "VBG") and head.head.pos_ in ("NOUN", "PROPN"):
            return [head.head]  # "conscripts held in jail after refusing to fight", "troops calling the hotline to give up": the noun the participle describes
        node = head
    return []


def _who_intends(noun: Token) -> list[Token]:
    """ "The army had no intention of withdrawing", "troops have no plans to pull out": the subject of the verb
    whose object is the intention noun."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "attr") or noun.lemma_.lower() not in lexicon("intention_noun"):
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj"]


def _who_had_no_choice(noun: Token) -> list[Token]:
    """ "Russian troops had no choice but to withdraw": the one exception left is taken by the subject of the verb
    whose object is the choice noun."""
    if noun.pos_ == "VERB":
        return []  # "but" a conjunction hangs on the verb itself: its own subject was looked for
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj"]


def _war_place(trigger: Token, left: Token) -> list[Token]:
    """ "withdrew from the war in Angola": the war's place is what was left (the headline's "pullout from war
    in Angola" hangs "in Angola" on the trigger); a war with no place named stays what it is."""
    if not in_lexicon(left, lexicon("war_noun")):
        return [left]
    found = prep_objects(left, {"in"})
    if not found and not any(c.dep_ == "prep" for c in left.children):
        found = [p for p in prep_objects(trigger, {"in"}) if is_place(p)]
    return found or [left]


def arrived(verb: Token) -> bool:
    """A past gathering or arrival ("gathered", "had come", "lined up"), not "will gather" nor "massed":
    its "to"-infinitive is what they did there ("gathered in Damascus to surrender their weapons")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    words = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()} {p}" for p in particles}
    return simple_or_perfect_past(verb) and bool(words & lexicon("head_arrival"))


def simple_or_perfect_past(verb: Token) -> bool:
    """ "gathered", "had come", "has used": done, not "will gather" nor a participle ("massed troops")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _to_struggle(trigger: Token, forms: frozenset[str]) -> bool:
    """ "retreats ... to an insurgency", "retreated into guerrilla warfare": the goal is a form of struggle, not a place."""
    goals = prep_objects(trigger, PREP_ALIASES["to"])
    return any(in_lexicon(w, forms) for g in goals for w in (g, *(m for m in g.children if m.dep_ in ("amod", "compound"))))


def _of_players(noun: Token, competitor: frozenset[str]) -> bool:
    """ "the withdrawals of Scotland duo X and Y": who the noun is of (or, as parsed, its apposition) are players."""
    named = prep_objects(noun, {"of"}) + [c for c in noun.children if c.dep_ == "appos"]
    described = [w for g in named for w in (g, *(c for c in g.children if c.dep_ == "compound"))]
    described += [g.doc[g.i + 1] for g in named if g.i + 1 < len(g.doc)]  # "of Wales duo Owen Price": the team, then the role (parsed apart)
    return any(in_lexicon(w, competitor) for w in described)


def partitive_antecedent(token: Token) -> Token | None:
    """ "the fighters, some of whom fled": the noun a partitive relative ("some of whom", "most of which")
    picks from, who fled (the kin in "the wives of the fighters, some of whom"); None for any other token."""
    if token.lemma_.lower() not in lexicon("partitive") or token.head.dep_ != "relcl":
        return None
    if not any(g.lower_ in lexicon("pronoun_relative") for g in prep_objects(token, {"of"})):
        return None
    named = token.head.head
    whose = named.head.head if named.dep_ == "pobj" and named.head.lower_ == "of" else None
    return whose if whose is not None and in_lexicon(whose, lexicon("kin_noun")) else named  # "the wives of fighters, some of whom": the wives


def left_in_a_state(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "left the corridor open", "left an open and safe corridor", "left the bridge intact": a verb of
    leaving that keeps what it names in a state says nothing of a force going away."""
    if not in_lexicon(trigger, lexicons["trigger_leave_verb"]):
        return False
    states = lexicons["state_kept"]
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    said = [c for c in trigger.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
    said += [a for o in objects for m in o.children if m.dep_ == "amod" for a in with_conjuncts(m)]
    return any(in_lexicon(t, states) for t in said)


def in_another_sense(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """The trigger word in a sense that is no event: the mind's ("emotional withdrawal", "aggression or
    withdrawal or fear", "retreated into silence"), a motion both ways ("moving back and forth"), aid
    drawn down for a state ("presidential drawdowns for Ukraine"), something left as it was ("left the
    corridor open"), a turn to another form of struggle ("from a caliphate to an insurgency"), or players
    leaving a match ("the withdrawal of Wales winger Z", "one of them, a midfielder, withdrew"), or ground given in politics ("lost ground in the polls")."""
    mental = lexicons["mental_state"]
    if any(in_lexicon(t, mental) for t in prep_objects(trigger, {"into"})) or left_in_a_state(trigger, lexicons):
        return True
    if _political_ground(trigger, lexicons):
        return True  # "ceded ground to the government in the peace talks": a political climb-down
    if _to_struggle(trigger, lexicons["struggle_form"]):
        return True  # "retreats from a caliphate to an insurgency", "retreated into guerrilla warfare": a change of strategy
    if any(c.lower_ == "back" and any(g.dep_ == "conj" and g.lower_ in lexicons["oscillation"] for g in c.children) for c in trigger.children):
        return True
    if _front_of_something(trigger, lexicons):
        return True  # "walked away from the front of the presidential palace": a building's front, not the war's
    if any(c.dep_ == "nsubj" and any(a.dep_ == "appos" for a in c.children) and _of_players(c, lexicons["competitor"]) for c in trigger.children):
        return True  # "one of them, a midfielder, withdrew from the squad": a player, whoever "them" are
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if _of_players(trigger, lexicons["competitor"]):
        return True  # "the withdrawals of Scotland duo X and Y", "the withdrawal of Wales winger Z": players
    near = [c for c in trigger.children if c.dep_ in ("amod", "conj")] + ([trigger.head] if trigger.dep_ == "conj" else [])
    return any(in_lexicon(t, mental) for t in near) or any(is_place(g) and not in_celebration_name(g) for g in prep_objects(trigger, {"for"}))  # not "concerts for City Day"


def _political_ground(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Ground given, ceded or lost in talks, polls or votes, or to politicians ("gave ground to civilian
    politicians in the negotiations", "lost ground in opinion polls"): a political climb-down, no retreat
    (lexicons/political_arena.txt). Not "ceded ground near Pokrovsk", "lost ground to the rebels"."""
    ground = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and in_lexicon(c, lexicons["ground_given"])]
    arena = lexicons["political_arena"]
    preps = lexicon("prep_ground_arena")
    return bool(ground) and any(in_lexicon(o, arena) for t in (trigger, *ground) for o in prep_objects(t, preps))


def _front_of_something(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "walked away from the front of the palace", "slipped away from the front of the stage": "front" with an
    "of" complement is the front part of a thing, not the line where armies face each other (code review 5b)."""
    froms = [p for h in (trigger, *(c for c in trigger.children if c.lower_ == "away")) for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    fronts = [o for p in froms for o in p.children if o.dep_ == "pobj" and o.lower_ in lexicons["front_noun"]]
    return bool(fronts) and all(any(c.dep_ == "prep" and c.lower_ == "of" for c in f.children) for f in fronts)


def delayed(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """A negated holding put off to a time ("will not be held until June", "will not go ahead before 2026")."""
    if any(c.dep_ in ("prep", "mark") and c.lower_ in lexicons["prep_delay"] for c in trigger.children):
        return True
    return any(  # "will not proceed until the storm passes": a clause of time that the parser hangs on the trigger
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lexicons["prep_delay"] for m in c.children) for c in trigger.children
    )


def background_when(trigger: Token, named: list[Token], themes: list[Token]) -> bool:
    """ "They were just teenagers when they left": a pronoun that merely left, in a clause that dates
    something else, names neither a force nor what it left."""
    return (
        trigger.dep_ == "advcl" and not themes and bool(named) and all(t.pos_ == "PRON" for t in named)
        and any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in trigger.children)
    )


def is_distance(token: Token) -> bool:
    """ "pulled back two to three kilometres from all fronts": a counted unit of distance (lexicons/distance_unit.txt)
    the parser made the object is how far the force moved; not "two kilometres of cable", a length of something."""
    counted = any(c.dep_ == "nummod" or c.like_num for c in token.children)
    return counted and token.lower_ in lexicon("distance_unit") and not prep_objects(token, {"of"})


def is_time_adverbial(token: Token) -> bool:
    """ "whose garrison gave up the same day", "pulled out that night": a unit of time after a word that places it
    (lexicons/time_object_modifier.txt), which the parser may take for an object, says when, not what was given up or left."""
    if token.pos_ != "NOUN" or not (in_lexicon(token, lexicon("time_span_unit")) or in_lexicon(token, lexicon("time_of_day"))):
        return False
    return any(c.dep_ in ("det", "amod") and c.lower_ in lexicon("time_object_modifier") for c in token.children) and not prep_objects(token, {"of"})


def is_bare_direction(token: Token) -> bool:
    """ "kept withdrawing east", "retreated east of the city": a compass point alone or with its of-phrase, which the parser may take for an object, is where a
    force went, not what it left ("left the east of the country" keeps its article and is a place)."""
    compass = token.lower_ in lexicon("compass_point") or _compass_adverb(token)
    return compass and all(
        c.dep_ in ("advmod", "amod") and c.pos_ in ("ADV", "ADJ") or c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )  # "further east", "retreated east of the city" (no article: "the east of the country" is what was left)


def _compass_adverb(token: Token) -> bool:
    """ "withdrew westwards", "pulled back northward": a compass point with the adverb suffix -ward(s), which the tagger
    may call a plural noun and the parser an object; where the force went, not what it left."""
    low = token.lower_
    stem = low[:-5] if low.endswith("wards") else low[:-4] if low.endswith("ward") else ""
    return bool(stem) and stem in lexicon("compass_point")


def is_ordinal_infinitive(verb: Token) -> bool:
    """ "the last soldier to leave", "the first troops to surrender": an infinitive relative on a noun ranked
    first or last says who did it, not what is planned."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ in ("acl", "relcl"):
        return _ranked(verb.head) or _ranked_next(verb.head, verb.head.head)
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in lexicon("rank_copula"):
        return any(c.dep_ == "attr" and (_ranked(c) or _ranked_next(c, verb.head)) for c in verb.head.children)  # "became the second city to cancel"
    return False


def _ranked_next(noun: Token, copula: Token) -> bool:
    """ "became the next city to cancel" (done), "could become the next city to cancel" (the copula's modal decides):
    "next" ranks a copula's attribute when the copula is past or has an auxiliary; "is the next to cancel" is to come."""
    if noun.dep_ != "attr" or copula.lemma_.lower() not in lexicon("rank_copula") or noun.head.i != copula.i:
        return False
    if not any(c.dep_ == "amod" and c.lower_ in lexicon("rank_next") for c in noun.children):
        return False
    return copula.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") for c in copula.children)


def _ranked(noun: Token) -> bool:
    """ "the last soldier", "the latest", "one of the first cities": a noun ranked by an ordinal or a superlative."""
    ranks = lexicon("rank_word")
    if noun.lower_ in ranks and noun.pos_ == "ADJ":
        return True  # "became the latest to call off": the rank is the head
    if any(c.dep_ == "amod" and c.lower_ in ranks for c in noun.children):
        return True
    return noun.lower_ == "one" and any(_ranked(g) for g in prep_objects(noun, {"of"}))  # "one of the first cities"


def is_sentence_appositive(token: Token) -> bool:
    """ "pulled out of Wad Madani, the army confirmed, a major blow that ...": a noun phrase after a comma that
    follows the attribution comments on the whole clause; the parser may take it for the verb's object."""
    doc = token.doc
    comma = token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ","
    attributed = any(c.dep_ == "parataxis" and c.i < token.i for c in token.head.children)
    return comma and (attributed or _claim_rejected(token))


def _claim_rejected(token: Token) -> bool:
    """ "were fleeing in disarray, a claim Kyiv rejected": a report noun with its own relative clause, after a
    comma, says what became of the clause's claim."""
    return token.lemma_.lower() in lexicon("cue_report") and any(c.dep_ == "relcl" for c in token.children)


def _organised_by_subjects(noun: Token, subjects: list[Token]) -> list[Token]:
    """What the subjects of the verb over an event noun with no of-object of its own belong to: "Organisers of the
    Lantern Festival confirmed its cancellation", "The carnival's organisers announced the cancellation", "Organisers
    of the ceremony were forced to announce its cancellation" (the subject of the verb the infinitive hangs on)."""
    if prep_objects(noun, {"of"}):
        return []  # "announced the cancellation of the shuttle buses": the of-object says what
    verb = noun.head
    if not subjects and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subjects + _organised_by_subjects_of(subjects)
    return _organised_by_subjects_of(subjects)


def _organised_by_subjects_of(subjects: list[Token]) -> list[Token]:
    return [o for s in subjects for o in prep_objects(s, {"of"}) + [c for c in s.children if c.dep_ == "poss" and c.pos_ != "PRON"]]
