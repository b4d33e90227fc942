"""Who and what, read off a dependency parse around a trigger token.

Roles name syntactic positions relative to the trigger: ``subj`` (its
subject), ``obj``, ``pass`` (passive subject), ``controller`` (the understood
subject of "forced the troops *to flee*", "soldiers began *to surrender*"),
``head`` (the noun a participle or relative clause modifies: "*retreating*
fighters"), and prepositional roles (``of``, ``by``, ``to``, ``from``, ``on``).
Classes say what a phrase is: armed, a state, a place, or a member of a lexicon.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.entities import entity_type
from tasks.extract.accusation import judged_for
from tasks.extract.backed_collective import state_collective
from tasks.extract.celebration_names import PRONOUNS
from tasks.extract.civilian_crew import civilian_crew
from tasks.extract.context import force_acronym, is_calendar_name, of_token
from tasks.extract.deadline_given import given_the_time
from tasks.extract.fest_names import fest_name
from tasks.extract.force_within import force_within
from tasks.extract.freed_captives import freed_captive
from tasks.extract.gerund_subject import gerund_subject
from tasks.extract.headline_objects import misread_objects, subject_read_as_claim_object, subject_read_as_compound
from tasks.extract.intruders import wartime_coalition
from tasks.extract.kind_names import kind_after, swallowed_by_a_date
from tasks.extract.listing_label import label_entry
from tasks.extract.months import month_as_date
from tasks.extract.name_parts import a_kind_of_site_alone, inside_a_longer_name, name_head, whole_name
from tasks.extract.participle_aside import aside_subject
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.performed_act import performer, source_on_verb
from tasks.extract.place_modifier import names_the_place_left
from tasks.extract.possessor import possessor_subject
from tasks.extract.ranks import ranked_person
from tasks.extract.reduced_passive import is_past_read_passive
from tasks.extract.relative_object import antecedent_of_object
from tasks.extract.remnant_clause import remnant_whole, with_remnant_wholes
from tasks.extract.scanned_places import scanned_as_place
from tasks.extract.swallowed_subject import swallowed_subject
from tasks.extract.unit_names import designated_formation
from tasks.normalize import places
from tasks.normalize.geo import gazetteer

SUBJ = {"nsubj", "csubj"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PHRASE_RIGHT = {"prep", "pobj", "compound", "amod", "nummod", "poss", "det", "nmod", "cc", "conj", "appos", "case", "npadvmod", "quantmod"}
_UP_THROUGH = {"xcomp", "conj", "ccomp", "advcl", "pcomp", "acl"}
PREP_ALIASES = {"from": {"from", "out"}, "to": {"to", "into"}, "on": {"on"}, "of": {"of"}, "by": {"by"}, "over": {"over"}, "against": {"against"}, "off": {"off"}, "among": {"among", "amongst"}, "for": {"for"}}


def subject_after_for(trigger: Token) -> list[Token]:
    """ "MPs call for New Year fireworks to be scrapped": the subject of an infinitive after "for", parsed as the
    object of the preposition on the verb the infinitive hangs from."""
    if trigger.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return []
    return [g for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < trigger.i for g in c.children if g.dep_ == "pobj"]


def partitive_of(token: Token) -> bool:
    """A part or quantity word with its "of" object ("the remainder of the event", "Some of the parades"): the object
    says what it is (lexicons/partitive.txt)."""
    return token.lemma_.lower() in lexicon("partitive") and bool(prep_objects(token, {"of"}))


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


def candidates(trigger: Token, role: str) -> list[Token]:
    """Tokens that fill ``role`` for ``trigger`` (heads of phrases)."""
    if role == "self":
        return [labelled_object(trigger) or trigger]
    if role == "subj":
        if compound := subject_read_as_compound(trigger):
            return compound  # "Hundreds of Boko Haram fighters surrender in Borno, army says": the parse hid it
        found = with_remnant_wholes([c for c in trigger.children if c.dep_ in SUBJ])  # "what was left of the battalion fled"
        if not found and (swallowed := swallowed_subject(trigger, passive=False)) is not None:
            return [swallowed]  # "moved closer to the city and government troops retreated": the parse hid it
        if trigger.dep_ == "relcl" and any(c.lower_ in lexicon("pronoun_relative") for c in found):
            counted = prep_objects(trigger.head, {"of"}) if trigger.head.lemma_.lower() in lexicon("case_count_noun") else []
            return counted or [trigger.head]  # "fighters who fled": the fighters; "cases of servicemen who left": the servicemen
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
        return []
    if role == "patient_subj":  # "fighters pushed out of Syria": the subject of a bare past participle
        if (trigger.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)) or is_past_read_passive(trigger):
            return [c for c in trigger.children if c.dep_ in SUBJ]
        return []
    if role == "obj":  # not "east" in "kept withdrawing east": where it went
        found = [c for c in trigger.children if c.dep_ in ("dobj", "attr") and not is_bare_direction(c) and not is_sentence_appositive(c) and not _complementizer_as_object(trigger, c)]
        return [antecedent_of_object(trigger, c) for c in found]  # "the concert, which the council cancelled": the concert
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
        tasks = [c for c in trigger.children if c.dep_ in ("xcomp", "acl")]
        return [g for t in tasks for g in prep_objects(t, {"to", "into", "on", "in", "for"}) + [c for c in t.children if c.dep_ == "dobj"]]
    if role == "task_home":  # "refused to return home", "to be sent home": a way out of the war, not into it
        tasks = [c for c in trigger.children if c.dep_ in ("xcomp", "acl")]
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
    if role == "member":  # "the cancellations included the parade": the object of the inclusion verb it is the subject of
        head = trigger.head
        if trigger.dep_ == "nsubj" and head.lemma_.lower() in lexicon("verb_inclusion"):
            return [c for c in head.children if c.dep_ == "dobj"]
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
        if trigger.dep_ == "acl" and head.dep_ == "appos" and not own_subject:
            return [head, head.head]  # "a battalion, about 200 men, capitulated": the verb misread as the aside's modifier
        if trigger.dep_ in ("amod", "acl", "relcl", "compound") and head.pos_ in ("NOUN", "PROPN", "PRON") and not own_subject:
            return (trigger.tag_ == "VBG" and reported_doers(head)) or [head]  # "reports of militants escaping": the militants
        if trigger.dep_ == "acl" and head.pos_ in ("ADJ", "NUM") and not own_subject and _partitive_head(head) and _no_verb_of_its_own(head):
            return [head]  # "Several of the soldiers deserted from the brigade": the verb misread as a participle on "several"
        return []
    if role == "declarer":  # "soldiers said they would not fight": who declared it, the pronoun's antecedent
        if trigger.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in lexicon("pronoun_personal") for c in trigger.children):
            declare = trigger.head
            while declare.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in declare.children) and declare.head.i != declare.i:
                declare = declare.head  # "threw his rifle aside, raised his hands and said he would fight no more": the first verb's subject
            return [c for c in declare.children if c.dep_ == "nsubj"]
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
        lefts = prep_objects(trigger, PREP_ALIASES[role]) + source_on_verb(trigger, PREP_ALIASES[role]) + place_left_by_the_leavers(trigger)
        return [p for left in lefts for p in _war_place(trigger, left)]
    if role in PREP_ALIASES:
        return prep_objects(trigger, PREP_ALIASES[role])
    if role == "in_force":  # "desertions in the Russian army", "desertion rates in the Afghan army": not "in Tigray"
        return force_within(trigger, prep_objects, lambda t: is_armed(t, load_lexicons()))
    raise ValueError(f"unknown role {role}")


def _complementizer_as_object(trigger: Token, word: Token) -> bool:
    """ "that" the parser made the object of its clause's verb, before that clause's own subject ("announced on Baghdad
    radio that his troops had withdrawn from Kuwait"): the conjunction that opens the clause, no object."""
    return word.lower_ == "that" and word.i < trigger.i and any(c.dep_ in ("nsubj", "nsubjpass") and word.i < c.i < trigger.i for c in trigger.children)


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
                objs = prep_objects(head, {"to", "on", "upon"})  # "appealed to the marines to give themselves up"
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


def in_parentheses(token: Token) -> bool:
    """Is the token inside brackets opened earlier in its sentence and not yet closed?"""
    before = token.doc[token.sent.start : token.i]
    return sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before)


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the token's prepositions named in ``preps`` ("out of" included)."""
    out = []
    for child in token.children:
        if in_parentheses(child) and not in_parentheses(token):
            continue  # "redeployed to Polessky (45 miles from the border)": an aside on something else
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for g in child.children:
                if g.dep_ == "pobj":
                    out.append(g)
                elif g.dep_ == "prep":  # "out of X"
                    out.extend(x for x in g.children if x.dep_ == "pobj")
        elif child.dep_ in ("prt", "advmod") and child.lower_ in preps | {"back", "away", "further"}:  # "pushed back from X"
            out.extend(prep_objects(child, preps))
            if child.lower_ in preps:  # "handed over Herat": the particle took the object
                out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


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
    leaving a match ("the withdrawal of Wales winger Z"), or ground given in politics ("lost ground in the polls")."""
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
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if _of_players(trigger, lexicons["competitor"]):
        return True  # "the withdrawals of Scotland duo X and Y", "the withdrawal of Wales winger Z": players
    near = [c for c in trigger.children if c.dep_ in ("amod", "conj")] + ([trigger.head] if trigger.dep_ == "conj" else [])
    return any(in_lexicon(t, mental) for t in near) or any(is_place(g) for g in prep_objects(trigger, {"for"}))


def _political_ground(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Ground given, ceded or lost in talks, polls or votes, or to politicians ("gave ground to civilian
    politicians in the negotiations", "lost ground in opinion polls"): a political climb-down, no retreat
    (lexicons/political_arena.txt). Not "ceded ground near Pokrovsk", "lost ground to the rebels"."""
    ground = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and in_lexicon(c, lexicons["ground_given"])]
    arena = lexicons["political_arena"]
    preps = {"in", "during", "at", "to", "over", "on", "among", "with"}
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


def with_conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens conjoined with it ("Rostov-on-Don and Voronezh")."""
    out = [token]
    for c in token.children:
        if c.dep_ == "conj":
            out.extend(with_conjuncts(c))
    return out


def phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, without relative clauses or trailing punctuation."""
    doc = token.doc
    start = token.left_edge.i
    end = token.i
    for child in token.rights:
        if child.dep_ in _PHRASE_RIGHT:
            end = max(end, child.right_edge.i)
    span = doc[start : end + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space or span[-1].dep_ == "cc"):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space or span[0].dep_ == "cc"):
        span = span[1:]  # a dateline blanked in the text the parser reads leaves a space token before the actor
    return span


def phrase_before(token: Token, trigger: Token) -> Span:
    """The phrase headed by ``token``, cut before ``trigger`` when it holds it ("a battalion, about 200 men,
    capitulated at Myawaddy": the verb parsed inside the aside)."""
    span = phrase(token)
    if not token.i < trigger.i < span.end:
        return span
    span = token.doc[span.start : trigger.i]
    while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ == "prep"):
        span = span[:-1]  # "convicted 5,000 servicemen of going AWOL": not "servicemen of"
    return span


def in_lexicon(token: Token, words: frozenset[str]) -> bool:
    """Lemma, lower-case form, or a naive singular of it (title-case headlines defeat the lemmatiser)."""
    low = token.lower_
    return token.lemma_.lower() in words or low in words or (low.endswith("s") and low[:-1] in words)




def is_bare_direction(token: Token) -> bool:
    """ "kept withdrawing east", "retreated east of the city": a compass point alone or with its of-phrase, which the parser may take for an object, is where a
    force went, not what it left ("left the east of the country" keeps its article and is a place)."""
    return token.lower_ in lexicon("compass_point") and all(
        c.dep_ in ("advmod", "amod") and c.pos_ in ("ADV", "ADJ") or c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )  # "further east", "retreated east of the city" (no article: "the east of the country" is what was left)


def _plans_to_have(verb: Token) -> bool:
    """An infinitive on a plan noun that plans the thing ("plans to hold a concert"), not its end ("no plans to cancel the market")."""
    return verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() not in lexicon("trigger_cancel_verb")


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


def is_anaphor(token: Token) -> bool:
    """A definite description that refers back to an armed group: "the group", "its militants"."""
    named = token.lemma_.lower() in lexicon("anaphor") or token.lower_ in lexicon("anaphor")
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "this") for c in token.children) or any(
        c.dep_ == "poss" and c.lower_ in lexicon("pronoun_owner") and not _owner_other_than_a_leader(token) for c in token.children
    )  # "his organisation's retreat", after the group's leader
    return named and definite


def it_for_group(pronoun: Token, trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "it" for an armed group driven from ground it held: the group that the subject of the sentence's main clause
    names after it ("Although it has been ousted from Manbij, the group keeps sleeper cells") or that opens the
    sentence before ("Hamas fired rockets overnight. It was pushed out of ..."). The trigger must name the ground
    (a place, a position, a border, a river): not "it was cleared out by engineers" (a tunnel), "forced off the air"
    (a station), "pushed back into service" (a port)."""
    if pronoun.lower_ not in lexicons["pronoun_group"] or pronoun.pos_ != "PRON" or not _names_ground(trigger, lexicons):
        return False
    sentence = pronoun.sent
    subjects = [c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > pronoun.i]
    if pronoun.head.dep_ == "advcl" and pronoun.head.head == sentence.root and subjects:
        return _one_group(subjects[0], lexicons)
    document, offset = of_token(pronoun)
    if document is None or not (pronoun.i == sentence.start or pronoun.dep_ == "dobj"):
        return False
    return document.group_opens_sentence_before(offset - pronoun.idx + sentence.start_char) is not None


def _names_ground(trigger: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does the trigger say from, out of, across or to what ground the force was driven ("from Manbij", "across the
    river", "to the edge of the desert")?"""
    ground = lexicons["position"] | lexicons["frontier_noun"] | lexicons["water_body"] | lexicons["margin_noun"] | lexicons["area_noun"]
    found = prep_objects(trigger, set(lexicon("prep_ground")))
    return any(is_place(t) or in_lexicon(t, ground) for t in found)


def _one_group(subject: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """An armed group named as one: "Isis", "the Wagner Group", "the group" (not "fighters", "troops")."""
    if subject.tag_ not in ("NNP", "NN") or subject.lower_ in lexicons["pronoun_noncombatant"]:
        return False
    return is_anaphor(subject) or (is_armed(subject, lexicons) and bool(places.find(phrase(subject).text, "sides")))


def _owner_other_than_a_leader(token: Token) -> bool:
    """ "The chief executive of a bank said his organisation's withdrawal ...": a subject before the possessive that
    names no leader of a side nor a force is whose "his" is (not "Baghdadi was down to a few loyalists, tested by the
    chaos of his organisation's retreat")."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and not is_leader(t) and not is_armed(t, load_lexicons())
        and not in_lexicon(t, lexicon("commander") | lexicon("group_leader_noun"))  # "Al-Shabaab's leader was killed, and his organisation's retreat followed"
        for t in token.sent if t.i < token.i
    )


def is_member_of_anaphor(token: Token) -> bool:
    """ "senior members of the group", "some of the movement": members of what a definite description refers back to."""
    return token.lemma_.lower() in lexicon("member") and any(
        g.dep_ == "pobj" and is_anaphor(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    )


def is_member_of_antecedent(token: Token) -> bool:
    """ "its members", "their men": members of whatever "its"/"their" refers back to."""
    return in_lexicon(token, lexicon("member_person")) and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)


def gazetteer_span(token: Token) -> Span | None:
    """The gazetteer name that ``token`` is part of, in its sentence ("Krasny Liman", "Rostov-on-Don")."""
    return next((span for span in _gazetteer_spans(token.sent) if span.start <= token.i < span.end), None)


def _gazetteer_spans(sent: Span) -> list[Span]:
    """The gazetteer names of a sentence, found once per sentence and kept with its Doc."""
    key = ("sitrep_gazetteer_spans", sent.start)
    found = sent.doc.user_data.get(key)
    if found is None:
        found = [
            span for a, b, _ in places.find(sent.text, "places")
            if (span := sent.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")) is not None
        ]
        sent.doc.user_data[key] = found
    return found


NOT_PLACE_LABELS = {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}  # the small model's other labels on a rare name are noise


def split_qualifier(token: Token) -> bool:
    """The region or country after a town's comma, parsed as a subject of its own ("The parade in Boston,
    Lincolnshire was halted": "Lincolnshire" beside "parade"): a proper place just after "<place>,"."""
    if token.pos_ != "PROPN" or token.i < 2 or token.doc[token.i - 1].text != ",":
        return False
    before = token.doc[token.i - 2]
    named = is_place(token) or gazetteer().is_place_name(token.text)  # tagged without entities on some lines
    return before.pos_ == "PROPN" and before.dep_ == "pobj" and is_place(before) and named


def is_place(token: Token) -> bool:
    """A named place, open-world: a GPE or LOC entity, a gazetteer name, a named facility that is a
    position ("Azovstal plant"), a proper name after a locative preposition ("retreated from
    Tinzaouaten": the tagger need not know it), or a noun of a part of a place ("the ruins of Lysychansk")."""
    if places.find(token.text, "places") or gazetteer_span(token) is not None:
        return True
    if in_document_celebration_name(token) or fest_name(token):
        return False  # "cancelled Tbilisoba" after "Tbilisoba, the city's autumn festival": what, not where
    if token.pos_ == "NOUN" and not in_lexicon(token, lexicon("state_people_noun")) and any(c.dep_ == "compound" and c.pos_ == "PROPN" and is_place(c) for c in token.children):
        return True  # "Kalbajar district", "the Jabalia camp"; not "US troops" (whose they are)
    if token.pos_ == "NOUN" and any(c.dep_ == "compound" and kind_after(c) is not None and kind_after(c).i == token.i for c in token.children):
        return True  # "Kalay township of Sagaing Region": a name its kind noun makes a place, whatever the tagger calls the name
    if in_lexicon(token, lexicon("place_part")) and any(is_place(g) for g in prep_objects(token, {"of"})):
        return True
    if in_lexicon(token, lexicon("place_part") | lexicon("possessed_place")) and (
        any(is_place(g) for g in prep_objects(token, {"of"})) or any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in token.children)
    ):
        return True  # "Deir al-Zour's eastern countryside", "the countryside of Hama", "Kismayo's hinterland": a place's own land
    if token.pos_ == "NOUN" and in_lexicon(token, lexicon("site")) and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper() for c in token.children):
        return True  # "the Menagh airbase", "al-Shifa hospital", "the Kyaukphyu naval base": a named site, its name known or not
    if token.pos_ == "NOUN" and in_lexicon(token, lexicon("site")) and any(c.dep_ == "poss" and c.pos_ == "PROPN" and is_place(c) for c in token.children):
        return True  # "Khartoum's presidential palace", "Omdurman's old market": a site of a named town
    # What the entity recogniser says, last: a line whose places the text alone settles needs none (tasks/entities.py).
    if token.lemma_.lower() in lexicon("site") and entity_type(token) == "FAC":
        return True
    return entity_type(token) in ("GPE", "LOC") or is_open_place(token)


def in_celebration_name(token: Token) -> bool:
    """Is the token part of a celebration's name ("Independence Day", "Mardi Gras", "Canada Day")?"""
    doc, words = token.doc, lexicon("celebration")
    if token.text[:1].isupper() and token.i + 1 < len(doc) and doc[token.i + 1].text in ("Day", "day"):
        return True  # a named day: "Canada Day", "Australia Day", "Russia Day" (a Title Case headline's "day" lower-cased)
    for start in range(max(token.i - 3, 0), token.i + 1):
        for end in range(token.i + 1, min(start + 5, len(doc)) + 1):
            if end - start > 1 and doc[start:end].text.lower() in words:  # as written: "New Year's Eve"
                return True
    return _in_saints_feast(token)


def _in_saints_feast(token: Token) -> bool:
    """Is the token a saint's title or name before the day or feast it names ("the St George's Day parade", "Saint
    Martin's Day"; lexicons/saint_title.txt, saint_feast_noun.txt), not the town named after the saint ("St George,
    Utah", "the San Sebastian carnival")?"""
    doc, titles = token.doc, lexicon("saint_title")
    start = next((i for i in range(token.i, max(token.i - 3, -1), -1) if doc[i].lower_ in titles and doc[i].text[:1].isupper()), None)
    if start is None:
        return False
    end = start + 1
    while end < len(doc) and end - start < 4 and doc[end].text[:1].isupper() and doc[end].lower_ not in lexicon("saint_feast_noun"):
        end += 1
    if not start < token.i + 1 <= end or end == start + 1:
        return False
    if end < len(doc) and doc[end].tag_ == "POS":
        end += 1  # "St George's Day"; not "the San Sebastian carnival", the town's
    return end < len(doc) and doc[end].lower_ in lexicon("saint_feast_noun")


def is_open_place(token: Token) -> bool:
    """A capitalised proper noun governed by a locative preposition or left by a verb ("fled Bama"), that names no side."""
    capitalised_noun = token.pos_ == "NOUN" and token.i > token.sent.start and token.text[:1].isupper()  # "fled Sake": tagged a noun
    if (token.pos_ != "PROPN" and not capitalised_noun) or not token.text[:1].isupper():
        return False
    if _named_by_its_kind(token):
        return not places.find(_name_text(token), "sides")  # "the island of Socotra", whatever the tagger calls it
    if token.lower_ in lexicon("military_status"):
        return False  # "went AWOL": a serviceman's status, not the place he left
    if swallowed_by_a_date(token):
        return not places.find(_name_text(token), "sides")  # "near Hadrut weeks earlier": the recogniser's DATE took the name
    if (entity_type(token) in NOT_PLACE_LABELS and not _a_town_tagged_a_people(token)) or token.lower_ in lexicon("portfolio"):
        return False  # "the Culture Ministry": a portfolio, not a hamlet GeoNames knows
    if in_celebration_name(token) or fest_name(token):
        return False  # "Independence" of Independence Day is not the town in Missouri; "Bluesfest" is a festival
    if in_lexicon(name_head(token), lexicon("military_unit")) or name_head(token).lower_ in lexicon("force_name_head"):
        return False  # "the 33rd Light Infantry Division", "units of the Defence Forces": a force, not a place
    if _acronym_of_a_force(token):
        return False  # "SNA soldiers fled the town": the Somali National Army, not a hamlet GeoNames knows as SNA
    if places.find(_name_text(token), "sides") or places.find(whole_name(token), "sides"):
        return False  # "Abu" of "Abu Sayyaf fighters" or of "the Abu Sayyaf Group" is no town in India
    if a_kind_of_site_alone(token):
        return False  # "The University of Balochistan": not the hamlet called University
    if gazetteer().is_place_name(_name_text(token)) and (entity_type(token) != "PERSON" or _names_an_area(token) or scanned_as_place(token) or _listed_with_a_place(token)):
        if _in_name_of_celebration(token) or inside_a_longer_name(token):  # "Harvest Moon Festival", "Moi University": not the hamlets; "Sydney Festival": Sydney
            return names_a_sizeable_place(token)
        return True  # GeoNames knows it: "Tinzaouaten", "Bulo Burde"
    first = first_conjunct(token)  # "withdrew from Singa, Sennar and Dinder": the last of a list stands where the first does
    if first.i != token.i and not _listed_with_a_place(token):
        first = token  # "Pitch Music & Arts", "Street Party, Concert in the Gardens": a list of no places
    head = first.head
    if first.dep_ == "dobj":
        return head.pos_ == "VERB"
    if first.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lexicon("compass_point"):
        return True  # "withdrew from positions east of Hryhorivka": a compass point places from a place, known or not
    return first.dep_ == "pobj" and head.lower_ in lexicon("prep_location") | {"into", "to", "towards", "toward", "over"}


def _acronym_of_a_force(token: Token) -> bool:
    """An upper-case acronym before an armed noun ("SNA soldiers", "FARDC troops"): the force's own name (an army the
    side data leave without a code because its letters name two, as the Somali and Syrian National Armies), not a
    place, unless it names a country ("US troops")."""
    return force_acronym(token.text) and token.dep_ == "compound" and token.head.i > token.i and is_armed(token.head, load_lexicons())


def first_conjunct(token: Token) -> Token:
    """The first conjunct of the coordination ``token`` closes ("Dinder" of "Singa, Sennar and Dinder")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _listed_with_a_place(token: Token) -> bool:
    """A name conjoined after a place that GeoNames knows ("in Goma, Sake and Bukavu"): a town of the list, whatever
    the tagger calls it ("Goma" read as a person at the end of a list)."""
    first = first_conjunct(token)
    if first.i == token.i or first.dep_ not in ("pobj", "dobj"):
        return False
    before, node = [], token.head
    while True:  # every name before it in the list is a place ("Hogmanay Street Party, Concert in the Gardens": no list of places)
        before.append(node)
        if node.i == first.i:
            break
        node = node.head
    return all(gazetteer_span(t) is not None or entity_type(t) in ("GPE", "LOC") or gazetteer().is_place_name(_name_text(t)) for t in before)


def _a_town_tagged_a_people(token: Token) -> bool:
    """ "withdrew from Kidal", "pulled out of Omdurman": the small model calls many rare town names NORP, a
    people. A singular name that is itself the object left or the object of a preposition and that names no
    side is read on as a name (GeoNames, or its preposition), not as a people ("Russians", "the Kurds", a
    "Russian" modifier stay people)."""
    return (
        entity_type(token) == "NORP" and token.tag_ == "NNP" and token.dep_ in ("pobj", "dobj", "poss")
        and not token.lower_.endswith("s") and not places.find(_name_text(token), "sides")
    )


def _names_an_area(token: Token) -> bool:
    """A name that modifies a noun of a region ("the Amhara and Afar regions", "Kherson oblast"), whatever the tagger calls it."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("compound", "nmod", "amod") and in_lexicon(token.head, lexicon("place_suffix"))


def _named_by_its_kind(token: Token) -> bool:
    """ "the island of Socotra", "the village of Robotyne": a name after "of" and a noun of a kind of place."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in lexicon("settlement_kind")


def names_a_sizeable_place(token: Token) -> bool:
    """GeoNames knows the name at ``token`` as a region, a country or a town big enough to be named for itself."""
    return gazetteer().sizeable(_name_text(token))


def in_festival_name(token: Token) -> bool:
    """A word of a celebration's proper name that is no sizeable place: "Tbilisoba" of "the Tbilisoba
    festival", "Harvest" of "Harvest Moon Festival" (not "Sydney" of "Sydney Festival")."""
    return _in_name_of_celebration(token) and not names_a_sizeable_place(token)


def _in_name_of_celebration(token: Token) -> bool:
    """A word of a proper name whose head is a celebration noun: "Harvest" in "Harvest Moon Festival"."""
    node = token
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
        if in_lexicon(node, lexicon("celebration")):
            return True
    return False


def _celebration_of_the_document(token: Token, named: list[Token], lexicons: dict[str, frozenset[str]]) -> bool:
    """ "The event", "all outdoor events", "events were canceled": a generic noun with nothing of its own that
    names another kind of event, in a document that named a celebration before it. What a phrase of place after it
    names by common nouns ("events in villages near the border") says where, not what; a named town may be a tour's
    stop ("concerts in Lviv")."""
    venue = _venue_words(token)
    named = [t for t in named if t.i not in venue or t.pos_ == "PROPN"]
    when = {d.i for t in named if t.dep_ == "poss" and in_lexicon(t, lexicon("time_unit")) for d in t.subtree}
    when |= {t.i for t in named if is_calendar_name(t.text) or t.like_num}  # "events scheduled for Monday and December 31"
    when |= {t.i for t in named if t.pos_ == "PROPN" and _customary_rite(token)}  # "the traditional Jahenda Bala ceremony": the rite's own name
    if any(in_lexicon(t, lexicons["non_event_theme"]) or t.pos_ in ("NOUN", "PROPN") for t in named if t.i not in when):
        return False  # "sporting events", "the company's events" (not "this year's event": when, not what)
    document, offset = of_token(token)
    return document is not None and document.celebration_before(offset) is not None


def _customary_rite(noun: Token) -> bool:
    """ "the traditional X ceremony", "the customary rites": a rite the noun's own words call a custom."""
    return in_lexicon(noun, lexicon("rite_noun")) and any(c.dep_ == "amod" and in_lexicon(c, lexicon("custom_modifier")) for c in noun.children)


def _venue_words(noun: Token) -> set[int]:
    """The words of the noun's phrases of place ("in villages within 10 kilometres of the border"), and of where and
    when a clause on it says it was to be ("this summer's edition, which was to open on the old port on July 20")."""
    own = {d.i for p in noun.children if p.dep_ == "prep" and p.i > noun.i and p.lower_ in lexicon("prep_venue") for d in p.subtree}
    setting = lexicon("prep_planned_venue") | lexicon("prep_when")
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i]
    preps = [p for c in clauses for p in c.subtree if p.dep_ == "prep" and p.head.pos_ in ("VERB", "AUX") and p.lower_ in setting]
    return own | {d.i for p in preps for d in p.subtree}  # "which was to open on ...": on the verb under "was"


def named_celebration(token: Token) -> bool:
    """Does the phrase headed by ``token`` name a celebration by a name the document gave one ("Organisers have
    cancelled Coachella" after "the Coachella festival"; "the remainder of Pitch Music & Arts 2024" after
    "electronic music festival Pitch"), or is it "it" just after a sentence that mentions one? The name must
    be the phrase's head ("Coachella"), or begin the phrase with only the words of what a festival is of and
    a year after it ("Pitch Music & Arts 2024"): not "the Biden visit", "Glastonbury shuttle services", "Ozy
    Media". In a document about a war, a name that is also a place's ("Kherson" of "the Kherson festival") is
    the place. ``tasks/extract/celebration_names.py`` learns the names."""
    document, offset = of_token(token)
    if document is None:
        return False
    found = document.celebrations
    if token.lower_ in PRONOUNS and token.pos_ == "PRON":
        return found.mentioned_just_before(offset)
    if token.lemma_.lower() in lexicon("partitive"):  # "the remainder of Pitch Music & Arts 2024"
        return any(named_celebration(g) for g in prep_objects(token, {"of"}))
    if not found.spans or not token.text[:1].isupper():
        return False
    name = found.name_covering(offset, offset + len(token.text))
    if name is None:
        name = _name_beginning_phrase(token, found, offset - token.idx)
    return name is not None and not (found.names.get(name[2]) and document.military)


def in_document_celebration_name(token: Token) -> bool:
    """Is the token a word of a name its document gave a celebration, which GeoNames knows neither as a whole nor
    by the word ("Tbilisoba", "Feile an Phobail"; not "Coachella", a town too, nor "Louisville" of "Thunder Over
    Louisville")? Only where the document has such names."""
    document, offset = of_token(token)
    if document is None or not token.text[:1].isupper() or not document.celebrations.names:
        return False
    name = document.celebrations.name_covering(offset, offset + len(token.text))
    return name is not None and not document.celebrations.names[name[2]] and gazetteer_span(token) is None and not gazetteer().is_place_name(token.text)


def _name_beginning_phrase(token: Token, found, base: int) -> tuple[int, int, str] | None:
    """A name the document gave a celebration (``found``) that begins ``token``'s phrase, followed only by words
    of what a festival is of, connectors and numbers up to and past ``token`` ("Pitch Music & Arts 2024");
    ``base`` is the offset of the token's parse in the document."""
    span = phrase(token)
    first = next((t for t in span if t.text[:1].isupper()), None)
    if first is None or first.i > token.i:
        return None
    name = found.name_starting(base + first.idx)
    if name is None:
        return None
    tails = lexicon("festival_name_tail") | lexicon("name_connector") | {"&"}
    rest = [t for t in span if t.i >= first.i and base + t.idx >= name[1]]
    run = []
    for t in rest:
        if not (t.like_num or t.lower_ in tails):
            break
        run.append(t.i)
    return name if token.i in run else None


def is_state_adjective(token: Token) -> bool:
    """A national adjective standing for a state's forces: "the Ukrainian retreat", "a Russian withdrawal"."""
    return token.pos_ == "ADJ" and any(n.kind == "state" for _, _, n in places.find(token.text, "sides"))


def _the_people(token: Token) -> bool:
    """A people named by its adjective with "the", as the head of its phrase: "the French", "the British", "the
    Dutch", "the Japanese" (plurals with no -s), not "the French army" (an adjective of the noun after it)."""
    return (
        token.pos_ in ("PROPN", "NOUN") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and bool(places.find(token.text, "sides"))
    )


def is_leader(token: Token) -> bool:
    """A leader's name ("Putin", "Ashraf Ghani"): a person who stands for a side (people.jsonl)."""
    if token.pos_ != "PROPN":
        return False
    found = places.find(_name_text(token), "sides")
    return bool(found) and all(n.person for _, _, n in found)


def has_class(token: Token, cls: str, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does the phrase headed by ``token`` belong to ``cls``?"""
    if cls == "any":
        return True
    if cls == "freed_captive":  # "soldiers released in a prisoner swap": captives brought home, no force withdrawn
        return freed_captive(token, lexicons)
    span = phrase(token)
    if cls == "armed":
        return is_armed(token, lexicons)
    if cls == "leader":  # "Trump has left his red lines blurred": a leader named for his state is a person still
        return any(n.person for _, _, n in places.find(token.text, "sides"))
    if cls == "state":
        acronym = len(token.text) > 1 and token.text.isupper() and token.text.isalpha()  # "The FARDC withdrew": tagged a noun
        return (token.pos_ == "PROPN" or acronym) and entity_type(token) != "NORP" and (_names_state(token.text) or _names_state(_name_text(token)))
    if cls in ("place", "settlement_kind") and token.lemma_.lower() in lexicon("control_noun"):  # "lost control of Lyman", "of the town"
        return any(has_class(g, cls, lexicons) for g in prep_objects(token, {"of", "over", "on"}))
    if cls == "place":
        return is_place(token)
    if cls == "side":  # "went over to the Taliban", "to Ukrainian troops": a phrase that names a side, not "the wounded soldiers"
        return places.side_of(span.text) is not None
    if cls == "demonym":  # "Russians", "Ukrainians": people of a side, armed or not
        if token.lemma_.lower() in lexicons["member"] or token.like_num:  # "Dozens Of Ukrainians"
            return any(has_class(g, "demonym", lexicons) for g in prep_objects(token, {"of"}))
        return entity_type(token) == "NORP" and (token.lower_.endswith("s") or _the_people(token))
    words = lexicons[cls]
    if cls == "celebration" and month_as_date(token):
        return False  # "in March": a date, not a march
    if cls == "celebration" and token.lemma_.lower() == "march" and any(c.dep_ in ("amod", "compound") and c.lower_ in lexicon("march_not_festive") for c in token.children):
        return False  # "a protest march", "an armed march on Moscow": no festive procession
    if in_lexicon(token, words) or (cls == "celebration" and fest_name(token)):  # "cancelled Bluesfest"
        return True
    if token.pos_ == "PROPN" and any(c.dep_ == "appos" and has_class(c, cls, lexicons) for c in token.children):
        return True  # "The Battle of Flowers, the opening parade of the carnival": a name the apposition says the kind of
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i and in_lexicon(c, words) for c in token.children):
        return True  # "the regional bloc ECOWAS": a name a noun before it says the kind of
    head_words = " ".join([t.lower_ for t in span if t.i < token.i] + [token.lemma_.lower()])
    if _ends_with_multiword(head_words, words) or _ends_with_multiword(" ".join(t.lower_ for t in span if t.i <= token.i), words):
        return True  # "firework displays": "firework display" (not "the Independence Day holiday sale": the head is a sale)
    if cls == "celebration" and _misread_last_word(token, span, words):
        return True
    if cls == "celebration" and _name_with_of(token, words):
        return True  # "cancelled the Cry of Independence", "the Day of the City": a name whose head comes before "of"
    if partitive_of(token):  # "the remainder of the event", "most of the parades"
        return any(has_class(g, cls, lexicons) for g in prep_objects(token, {"of"}))
    if token.lemma_.lower() in lexicon("plan_noun"):  # "plans for a parade", "plans to hold a concert": what is planned
        planned = prep_objects(token, {"for"}) + [o for v in token.children if _plans_to_have(v) for o in v.children if o.dep_ == "dobj"]
        return any(has_class(g, cls, lexicons) for g in planned)
    if _explained_by_apposition(token, cls, lexicons):
        return True
    generic = lexicons.get(cls + "_generic")
    generic_head = bool(generic) and (in_lexicon(token, generic) or _ends_with_multiword(head_words, generic))  # "water fights"
    if generic_head and _privately_hosted(token):
        return False  # "the company's Christmas party": a private event
    if generic_head:  # "events related to Independence Day": the phrase names one
        named = [t for t in token.subtree if t.i != token.i and not month_as_date(t)]  # not "the fair, cancelled in March"
        if any(in_lexicon(t, words) for t in named) or _has_multiword(" ".join(t.lower_ for t in named), words):
            return True
        if _named_by_a_holiday(token):
            return True  # "Canada Day events", "the city's Miners' Day concert", "their Navy Day shows"
        return _celebration_of_the_document(token, named, lexicons)
    return False




def _name_with_of(token: Token, words: frozenset[str]) -> bool:
    """Is the head with its of-phrase a name of the lexicon ("the Cry of Independence", "the Day of the Dead")?"""
    doc = token.doc
    return any(
        doc[token.i : end + 1].text.lower() in words  # "the running of the bulls over the heatwave": the name ends at its head
        for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" for end in (g.right_edge.i, g.i)
    )


def _named_by_a_holiday(noun: Token) -> bool:
    """Do the words before a generic event noun hold a holiday's name as written ("their Navy Day shows", "the
    city's Miners' Day concert"; lexicons/holiday_name.txt)? Only before it: "a concert in Canada Day Park" is a venue."""
    before = " " + " ".join(noun.doc[noun.left_edge.i:noun.i].text.lower().split()) + " "
    return any(f" {name} " in before for name in lexicon("holiday_name"))


def _privately_hosted(token: Token) -> bool:
    """Is the event noun owned by a firm or its staff ("the company's Christmas party", "office parties"), or
    called off by one ("Company Cancels Christmas Party")?"""
    hosts = lexicon("private_host")
    return any(t.i < token.i and t.dep_ in ("poss", "compound") and in_lexicon(t, hosts) for t in token.subtree) or _called_off_by(token, hosts)


def _called_off_by(token: Token, hosts: frozenset[str]) -> bool:
    """The subject of the verb whose object the event noun is ("the firm cancelled its party") is one of ``hosts``."""
    return token.dep_ == "dobj" and any(c.dep_ == "nsubj" and in_lexicon(c, hosts) for c in token.head.children)


def _explained_by_apposition(token: Token, cls: str, lexicons: dict[str, frozenset[str]]) -> bool:
    """A name the aside after it puts in ``cls``: "the Adloyada, its Purim street parade"."""
    return token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.i > token.i and has_class(c, cls, lexicons) for c in token.children)


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


def object_of_conjoined_verb(token: Token) -> Token | None:
    """The object a pronoun object stands for when its verb is conjoined to a verb with a noun object
    ("postponed the parades to April, then cancelled them"); None otherwise."""
    verb = token.head
    if token.pos_ != "PRON" or token.dep_ != "dobj" or verb.dep_ not in ("conj", "dep") or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return None  # the parser hangs "then cancelled them" under the first verb as "dep" as often as "conj"
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _homograph_as_noun(token: Token) -> bool:
    """An armed word that is also an adjective, used as the noun ("a Russian private", "one private", "two
    privates", "Private Sorokin"; lexicons/armed_homograph.txt), not "in private"."""
    nominal = token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr")  # "The private withdrew": tagged JJ
    return nominal and (
        token.tag_ in ("NNS", "NNPS")
        or any(c.dep_ in ("det", "nummod", "poss", "amod", "compound") for c in token.children)
        or (token.dep_ == "compound" and token.head.pos_ == "PROPN")
    )


def is_armed(token: Token, lexicons: dict[str, frozenset[str]], depth: int = 0) -> bool:
    """Is the phrase headed by ``token`` an armed actor?

    The head decides ("troops", "garrison", "Isis"); a word of quantity or
    membership ("members", "hundreds", "personnel") is armed when what it
    counts is ("hundreds of soldiers", "Isis members", "military personnel").
    """
    words = lexicons["armed"]
    lemma = token.lemma_.lower()
    if in_lexicon(token, lexicons["armed_homograph"]) and not _homograph_as_noun(token):
        return False  # "held in private", "a private company": not a soldier
    if civilian_crew(token):
        return False  # "the crew of the cargo ship", "the trawler's crew": no force
    if _police_owned(token):
        return False  # "the armoured vehicles of the riot police": a police force's, no army's
    if in_lexicon(token, words):
        return True
    compounds = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
    if compounds and any(" ".join([c.lower_ for c in compounds[-1:]] + [head]) in words for head in (lemma, token.lower_)):
        return True  # "service members"; "armoured vehicles", an entry in the plural
    if designated_formation(token):
        return True  # "Army Group B", "Task Force 88"
    if state_collective(token, lambda c: in_lexicon(c, words)):
        return True  # "Turkish-backed factions", "the US-led coalition", "Ukrainian formations"
    if _ranked_in_force(token, compounds, words):
        return True  # "an army captain", "a navy lieutenant"
    if ranked_person(token) or (depth < 2 and token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.i > token.i and is_armed(c, lexicons, depth + 1) for c in token.children)):
        return True  # "General Arthur Percival", "Lt. Col. Ahmed Saleh"; "Paulus, commander of the Sixth Army"
    if depth < 2 and token.pos_ in ("NOUN", "PROPN") and _serving_in_force(token, lexicons, depth):
        return True  # "conscientious objectors serving in a reserve tank unit": members of the force they serve in
    name = _flat_name(token) if token.pos_ == "PROPN" else token.text
    if any(n.kind == "group" for _, _, n in places.find(name, "sides")):
        return True
    if depth < 2 and (in_lexicon(token, lexicon("member")) or token.like_num or token.pos_ == "NUM"):
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod") and (in_lexicon(child, words) or is_armed(child, lexicons, depth + 1)):
                return True
            if child.dep_ == "prep" and (child.lower_ in ("of", "from") or (child.lower_ == "in" and token.like_num)):
                # "one in five soldiers"; "men from his battalion": drawn from a force, members of it
                if any(is_armed(g, lexicons, depth + 1) for g in child.children if g.dep_ == "pobj"):
                    return True
            if child.dep_ == "poss" and _commands(child, token, lexicons, depth):
                return True
    return False


def _serving_in_force(token: Token, lexicons: dict[str, frozenset[str]], depth: int) -> bool:
    """A participle of serving (lexicons/enlist_verb.txt) on the noun, whose "in" or "with" names a force: "objectors
    serving in a reserve tank unit", "men serving with Wagner" (not "volunteers serving with the Red Cross")."""
    verbs = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in lexicon("enlist_verb")]
    return any(is_armed(g, lexicons, depth + 1) for v in verbs for g in prep_objects(v, lexicon("prep_serve_ranks")))


def _police_owned(token: Token) -> bool:
    """What a police force owns or fields ("the armoured vehicles of the riot police", "the police's trucks"):
    a force that is no army's (lexicons/police_force.txt)."""
    owners = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in token.children if c.dep_ == "poss"]
    return any(in_lexicon(o, lexicon("police_force")) for o in owners)


def _ranked_in_force(token: Token, compounds: list[Token], words: frozenset[str]) -> bool:
    """A rank or title named with its force before it ("an army captain", "a navy major"): a member of it."""
    return token.lower_ in lexicon("person_title") and any(in_lexicon(c, words) for c in compounds)


def _commands(owner: Token, members: Token, lexicons: dict[str, frozenset[str]], depth: int) -> bool:
    """ "the general's men", "the militia's men", "the commander ordered his men": whose men they are is
    a commander or an armed group, named or the subject of the verb whose object they are."""
    if owner.pos_ == "PRON":
        owner = _subject_above(members)
        if owner is None or owner.pos_ == "PRON":
            return False
    return in_lexicon(owner, lexicons["commander"]) or is_armed(owner, lexicons, depth + 1)


def _subject_above(token: Token) -> Token | None:
    """The subject of the nearest verb above ``token`` that is not ``token``'s own phrase: "the commander
    ordered his men", "a commander said several of his men had refused", or the possessor of a report noun ("the
    general's admission that his men had fled"): who "his" stands for."""
    inside = {a.i for a in token.ancestors} | {token.i}
    for verb in token.ancestors:
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in lexicon("cue_report_noun"):
            speaker = next((c for c in verb.children if c.dep_ == "poss" and c.i not in inside), None)
            if speaker is not None:
                return speaker  # "the general's admission that his men had fled": the one who admits it
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in inside]
        if subjects:
            return subjects[0]
    return None


def name_extent(token: Token) -> tuple[int, int]:
    """``(start, end)`` of the proper name at ``token``: its compounds, and connectors inside a name
    ("Mocimboa da Praia", "Deir ez-Zor", "Bint Jbeil")."""
    doc = token.doc
    start = min([token.i] + [c.left_edge.i for c in token.children if c.dep_ == "compound" and c.i < token.i])
    end = token.i + 1
    while end + 1 < len(doc) and doc[end].lower_ in lexicon("name_connector") and doc[end + 1].text[:1].isupper():
        if is_calendar_name(doc[end + 1].text):
            break  # "Goma on Friday": when, not more of the name
        end += 2
    return start, end


def _flat_name(token: Token) -> str:
    """A multiword name at ``token`` with every word the parser hung before it ("the Azawad Liberation Front":
    "Azawad" under "Liberation"; "the March 23 Movement": "March" a modifier, "23" under it), as written."""
    parts, todo = [token], [token]
    while todo:
        kids = [c for c in todo.pop().children if c.dep_ in ("compound", "nmod", "nummod", "punct") and c.i < token.i]
        parts += kids
        todo += kids
    first = min(t.i for t in parts)
    return token.doc[first : token.i + 1].text if all(t.i in {p.i for p in parts} for t in token.doc[first : token.i]) else _name_text(token)


def particle_start(doc, start: int) -> int:
    """Where a name that starts at ``start`` really starts, when a hyphened particle joins it to the words before
    ("Ain" of "Ras al-Ain", "Mandab" of "Bab al-Mandab"), or an Arabic article alone ("Zawr" of "Dayr az
    Zawr"; not "the Japanese on Java"): the capitalised word before the particle."""
    while True:
        if start >= 3 and doc[start - 1].text == "-" and doc[start - 2].lower_ in lexicon("name_connector") and doc[start - 3].text[:1].isupper() and doc[start - 3].pos_ == "PROPN":
            start -= 3
        elif start >= 2 and doc[start - 1].text.islower() and doc[start - 1].lower_ in lexicon("name_particle_alone") and doc[start - 2].text[:1].isupper() and doc[start - 2].pos_ == "PROPN":
            start -= 2
        else:
            return start


def _names_state(name: str) -> bool:
    """Is ``name`` a state's name to its end ("Russia", "Soviet Union", "United States"; not "Ukraine Defense Contact Group")?"""
    return any(n.kind == "state" and end == len(name) for _, end, n in places.find(name, "sides"))


def _name_text(token: Token) -> str:
    """A proper name at ``token`` with its compound parts ("Islamic State", "the SDF")."""
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def specific_class(token: Token, cls: str, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does a phrase entry of ``cls`` name the phrase headed by ``token`` ("observation post" is a position,
    whatever "post" alone may be)?"""
    words = lexicons.get(cls)
    if not words:
        return False
    span = phrase(token)
    head = [t.lower_ for t in span if t.i < token.i]
    return any(_has_multiword(" ".join(head[i:] + [form]), words) for i in range(len(head)) for form in (token.lower_, token.lemma_.lower()))


def _misread_last_word(token: Token, span: Span, words: frozenset[str]) -> bool:
    """A multiword entry whose last word the parser hung on the word before it ("the harvest fair": "fair" a
    postposed adjective; "the tree lighting": "lighting" a participle) or on the verb above ("cancelled the village
    fair", "will do without the county fair": "fair" an object complement or an adverbial clause): the word just
    after ``token``, hung on it or on one of the two words above it, ends the entry."""
    if token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    above = {token.i, token.head.i, token.head.head.i}
    if after.head.i not in above or after.dep_ not in _MISREAD_LAST_DEPS or after.pos_ not in ("ADJ", "VERB"):
        return False
    return _ends_with_multiword(" ".join([t.lower_ for t in span if t.i <= token.i] + [after.lower_]), words)


_MISREAD_LAST_DEPS = {"amod", "acl", "oprd", "acomp", "advcl", "advmod", "xcomp"}


def _ends_with_multiword(text: str, words: frozenset[str]) -> bool:
    """Does ``text`` end with a multiword entry of ``words``: the phrase's head is its last word."""
    low = _spaced(text)
    return any(" " in w and low.endswith(f" {w} ") for w in words)


def _has_multiword(text: str, words: frozenset[str]) -> bool:
    low = _spaced(text)
    return any(" " in w and f" {w} " in low for w in words)


def _spaced(text: str) -> str:
    """``text`` lower-cased, one space between words and one at each end, hyphens rejoined ("torch - lighting":
    the tokenizer split the hyphen)."""
    return " " + " ".join(text.lower().split()).replace(" - ", "-") + " "
