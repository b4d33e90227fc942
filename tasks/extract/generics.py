"""Generic statements: "soldiers who surrender are well treated", a kind in the present, habits,
"whoever deserts"; told of no one event, so no event.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.armed import is_armed
from tasks.extract.clause_mood import present
from tasks.extract.kind_statement import kin_of_a_kind, said_of_a_kind
from tasks.extract.measure_kind import for_a_measure, kind_under_a_measure, of_a_measure, sanctioned_kind, under_a_modal
from tasks.extract.own_clause import lay_read_as_lie
from tasks.extract.patterns import lexicon
from tasks.extract.tree import first_conjunct, in_lexicon


def generic_statement(trigger: Token, lexicons: dict[str, frozenset[str]]) -> str | None:
    """A statement about a kind, not an event: "soldiers who surrender are well treated",
    "armies that retreat usually lose", "festivals are often cancelled when ...", "a retreating army is vulnerable"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is not None and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and present(verb.head):
        verb = verb.head  # "conscripts who tell their commanders they will not fight are jailed": the teller is the kind
    if verb is not None and verb.dep_ == "conj" and first_conjunct(verb).dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = first_conjunct(verb)  # "soldiers who desert or refuse to fight": one relative clause, one kind
    if verb is not None and present(verb):
        often = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in lexicons["cue_generic"]), None)
        if often is not None:
            return often.text
        if verb.dep_ == "relcl" and _kind(verb.head) and (_present_governor(verb.head) or _any_of_kind(verb.head) or _told_in_the_past(verb) or _simple_in_verbless(verb)):
            return verb.head.text  # "soldiers who surrender are well treated", "an amnesty to any fighter who gives himself up"
        if verb.dep_ == "relcl" and _kind(verb.head, singular=True) and _present_governor(verb.head):
            return verb.head.text  # "A soldier who gives himself up is protected": "a" names the kind, as a plural would
        if verb.dep_ == "relcl" and _simple_present(verb) and _an_instance(verb.head) and _perfect_verdict(verb.head):
            return verb.head.text  # "A soldier who lays down his arms when he could still fight has betrayed his comrades"
        if verb.dep_ == "relcl" and _definite_kind(verb.head) and _present_governor(verb.head):
            return verb.head.text  # "The defenders who surrender are treated according to the Geneva conventions": a law of the kind
    if verb is not None and verb.dep_ == "relcl" and _simple_present(verb) and _kind(verb.head) and (
        for_a_measure(verb.head) or _present_governor(verb.head)
    ):
        return verb.head.text  # "an amnesty for rebels who lay down arms", "All who lay down their arms are guaranteed safe passage"
    if verb is not None and verb.dep_ == "relcl" and _kind(verb.head) and (under_a_modal(verb.head) or of_a_measure(verb.head) or sanctioned_kind(verb.head)):
        return verb.head.text  # "a law that would allow soldiers who left their units to return": whoever did
    if verb is not None and verb.dep_ == "relcl" and _kind(verb.head) and kin_of_a_kind(verb.head, verb):
        return verb.head.text  # "Relatives of soldiers who have deserted may contact the project": whoever did
    if verb is not None and verb.dep_ == "relcl" and _whoever(verb.head):
        return verb.head.text  # "threatened to shoot any soldier who deserted": whoever might, in any tense
    if verb is not None and verb.dep_ == "relcl" and (present(verb) or _base_form(verb)) and _kind(verb.head) and _promised_to(verb.head):
        return verb.head.text  # "Soldiers who surrender, its adverts promise, will be fed": whoever does, promised
    if trigger.pos_ == "NOUN" and _kind(trigger) and any(c.dep_ == "relcl" and present(c) and _told_in_the_past(c) for c in trigger.children):
        return trigger.text  # "an amnesty for all deserters who rejoin the army": deserters of a kind, whoever they are
    if trigger.pos_ == "NOUN" and kind_under_a_measure(trigger):
        return trigger.text  # "a law allowing first-time deserters to return": whoever deserted, a kind
    if trigger.dep_ in ("amod", "compound") and trigger.tag_ == "VBG" and _kind(trigger.head, singular=True) and _present_governor(trigger.head):
        return trigger.head.text
    noun = trigger
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head  # "surrender" of "desertion or surrender": the subject is the pair
    bare = not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for n in {noun, trigger} for c in n.children)
    if trigger.pos_ == "NOUN" and noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and bare and not rife_in_a_force(noun.head, lexicons):
        return trigger.text  # "Desertion or surrender was far from a guarantee of survival": the thing, not an event
    if trigger.pos_ == "NOUN" and said_of_a_kind(noun):
        return trigger.text  # "A mass retreat is one of the saddest sights in the world": what one is like
    unquantified = not any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children)
    if trigger.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and unquantified and _habitual(noun.head, lexicons["cue_generic"]):
        return trigger.text  # "Surrenders are announced far more often than they are verified"
    return None


def rife_in_a_force(be: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """ "Desertion has been rife in the Afghan army since the spring", "is rampant among the conscripts": an event said
    to be frequent (lexicons/prevalence_adjective.txt) in one force named with a determiner, a possessive or a side
    word, so events that happened; not "desertion is common in armies that lose" (a kind, no force of its own)."""
    if not any(c.dep_ == "acomp" and c.lower_ in lexicon("prevalence_adjective") for c in be.children):
        return False
    scopes = [g for p in be.subtree if p.dep_ == "prep" and p.lower_ in lexicon("prep_within_force") for g in p.children if g.dep_ == "pobj"]
    named = [g for g in scopes if any(c.dep_ in ("poss", "amod", "compound") or (c.dep_ == "det" and c.lower_ in lexicon("determiner_definite")) for c in g.children)]
    owners = [o for g in named for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(is_armed(g, lexicons) for g in named + owners)  # "in the ranks of the Sudanese army"


def _told_in_the_past(verb: Token) -> bool:
    """A simple-present relative clause in a sentence whose main verb is past ("offered safe passage to fighters who
    surrender"): the present is timeless, the clause names a kind of fighter, not what some did."""
    simple = verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return simple and verb.sent.root.tag_ == "VBD" and not _offered_to(verb.head)  # not "fighters who have surrendered", "who are surrendering"


def _base_form(verb: Token) -> bool:
    """A verb whose past is its base form, tagged past ("Those who put down their guns and walk out will be spared"):
    it may be the present a promise to a kind is made in."""
    return verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower() and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _simple_present(verb: Token) -> bool:
    """A simple present with no auxiliary ("who surrender"), or a present "lay" with its object the tagger took for
    the past of "lie" ("who lay down their arms"); not "who have surrendered", "who are surrendering"."""
    simple = verb.tag_ in ("VBP", "VBZ") or lay_read_as_lie(verb)
    return simple and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


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
    offer = any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon("cue_demand") for c in verb.children) and prep.lower_ == "to"
    return verb.lemma_.lower() in lexicon("cue_demand") or offer  # "renewed its offer of amnesty to fighters who ..."


def offer_condition(trigger: Token) -> Token | None:
    """ "offering safe passage to those who surrendered", "renewed its offer of amnesty to fighters who lay down their
    weapons": a relative clause on the kind an offer is made to is the offer's condition (the ontology: offered is
    demanded). The noun it describes, or None."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ != "relcl" or not _unfulfilled(trigger):
        return None
    if _whoever(trigger.head) or _any_of_kind(trigger.head):
        return None  # "an amnesty to any militant who gives himself up": whoever does, a kind (hypothetical)
    promised = trigger.tag_ == "VBD" and _promise_made_to(trigger.head)  # "promising an amnesty to those who laid down their weapons"
    return trigger.head if _kind(trigger.head) and (_offered_to(trigger.head) or promised or _offer_beneficiary(trigger.head)) else None


def _promise_made_to(noun: Token) -> bool:
    """ "promising an amnesty to those who ...", "guaranteed safe passage to those who ...": those a promise is made to
    (lexicons/verb_promise.txt); with a past relative clause on them, whoever will have done it. A present one
    ("promised safe passage to fighters who surrender") is a kind, read by ``generic_statement``."""
    prep = noun.head if noun.dep_ in ("pobj", "dative") else None
    return prep is not None and prep.lower_ == "to" and prep.head.lemma_.lower() in lexicon("verb_promise")


def _unfulfilled(verb: Token) -> bool:
    """A present ("fighters who lay down their weapons": "lay" the tagger reads as the past of "lie"), or a plain past
    on "those" ("those who surrendered") with no date: whoever will. Not "fighters who surrendered near Bama last
    week", "who had surrendered": done."""
    if present(verb) or (verb.lower_ == "lay" and verb.lemma_ == "lie"):
        return True
    dated = any(c.dep_ in ("npadvmod", "prep", "advmod", "pobj") and entity_type(c) in ("DATE", "TIME") for c in verb.subtree)
    plain = verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
    return plain and (verb.head.lower_ in lexicon("generic_relative_head") or _offer_beneficiary(verb.head)) and not dated


def _offer_beneficiary(noun: Token) -> bool:
    """ "offered safe corridors to fighters who handed over their weapons", "offering to open corridors for troops who
    handed over their arms": the kind an offer is made to or for (an offer verb a few heads up), with no date on
    their giving up, is whoever will."""
    prep = noun.head if noun.dep_ in ("pobj", "dative") else None
    if prep is None or prep.lower_ not in ("to", "for"):
        return False
    head = prep.head
    for _ in range(3):
        if head.lemma_.lower() in lexicon("cue_demand") and head.pos_ in ("VERB", "NOUN"):
            return True
        head = head.head
    return False


def _promised_to(noun: Token) -> bool:
    """The kind is the subject of a future ("Soldiers who surrender will be fed"): what awaits whoever does it."""
    subject = noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "npadvmod" and noun.i == noun.sent.start)  # the parse's slip before an aside
    return subject and any(c.dep_ in ("aux", "auxpass") and c.lower_ in lexicon("future_auxiliary") - {"wo"} for c in noun.head.children)


def _habitual(verb: Token, often: frozenset[str]) -> bool:
    """A simple present said to happen as a rule ("are announced far more often", "is usually punished")."""
    adverbs = [a for c in verb.children if c.dep_ == "advmod" for a in c.subtree]
    return verb.pos_ in ("VERB", "AUX") and present(verb) and any(a.lower_ in often for a in adverbs)


def _kind(noun: Token, singular: bool = False) -> bool:
    """A bare plural ("soldiers", "armies") or a noun with "any"/"every" (or "a", for ``singular``) names a kind."""
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")}
    if dets & lexicon("determiner_universal") or (singular and dets <= {"a", "an"} and dets):
        return True
    return ((noun.tag_ == "NNS" or _plural_opening(noun)) and not dets) or (noun.lower_ in ("those", "all") and any(c.dep_ == "relcl" for c in noun.children))  # "Those who surrender", "All who"


def _plural_opening(noun: Token) -> bool:
    """ "Servicemen who voluntarily surrender are guaranteed life": an armed plural that opens the sentence, its
    capital read as a name's (NNP), known for a plural by the plural verb of its relative clause ("who surrender")."""
    opening = noun.i == noun.sent.start and noun.tag_ in ("NNP", "NNPS") and in_lexicon(noun, lexicon("armed"))
    return opening and any(c.dep_ == "relcl" and c.tag_ == "VBP" for c in noun.children)


def _an_instance(noun: Token) -> bool:
    """ "a soldier", "an officer": a singular noun with "a" alone."""
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")}
    return noun.tag_ == "NN" and dets in ({"a"}, {"an"})


def _perfect_verdict(noun: Token) -> bool:
    """The noun is the active subject of a present perfect ("A soldier who surrenders has betrayed his comrades"): with
    a simple-present relative clause on "a", what anyone who does it has thereby done; news tells an episode with a
    past relative clause ("a soldier who surrendered has been freed")."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _definite_kind(noun: Token) -> bool:
    """ "The defenders who surrender ... are treated": a plural with "the" alone, whose relative clause and main
    verb are both simple presents, names the kind as a bare plural would (news tells a surrender done in the past
    or the progressive: "the soldiers who surrendered", "who are surrendering")."""
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")}
    return noun.tag_ == "NNS" and dets == {"the"}


def _whoever(noun: Token) -> bool:
    """ "any soldier", "anyone", "any who": a noun with "any" or a pronoun of lexicons/pronoun_whoever.txt names
    whoever it may be, even before a past relative clause."""
    return noun.lower_ in lexicon("pronoun_whoever") or any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


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
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and present(verb) and not episode


def promised_act(came_by: str, came_from: Token) -> bool:
    """The act a verb of promising governs: its infinitive ("agreed to withdraw") or a gerund after its "to"
    ("committed to pulling out all U.S. forces", "is committed to withdrawing its soldiers")."""
    gerund = came_by == "prep" and came_from.lower_ == "to" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in came_from.children)
    return came_by == "xcomp" or gerund
