"""Does a clause below the trigger's governing verb assert on its own? A finite adverbial or relative
clause with its own subject, a deed explained or done by someone, a clause before a semicolon; not what a report, demand or pledge says.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.report_cues import report_noun, that_marked
from tasks.extract.sanction_participle import sanctioned_act

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # Penn Treebank tags of finite verbs and modals


def separate_conjunct(came_by: str, came_from: Token) -> bool:
    """Reached from a conjunct with a subject of its own ("police could not guarantee security, and the display would
    not take place"): a clause of its own, which the first clause's negation or modal does not govern; not a verb
    sharing the first one's subject ("did not retreat or surrender": the "not" covers both), nor a bare verb the
    first clause's modal still governs ("the city might lose power and the fireworks be called off")."""
    return came_by == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in came_from.children) and _finite(came_from)


def contrasted_conjunct(came_by: str, came_from: Token, node: Token) -> bool:
    """Reached from a conjunct that "but" or "yet" sets against the clause above ("his units had not been defeated
    but had pulled back"): the first clause's negation denies only the first (lexicons/contrast_conjunction.txt)."""
    return came_by == "conj" and any(c.dep_ == "cc" and c.i < came_from.i and c.lower_ in lexicon("contrast_conjunction") for c in node.children)


def correlative_negative(word: Token, came_by: str | None) -> bool:
    """ "neither" before a verb's first conjunct denies each conjunct ("the garrison neither withdrew nor
    surrendered"); "nor" on the first conjunct denies the conjunct reached from it ("did not withdraw, nor did it
    surrender"), even one with a subject of its own (lexicons/correlative_negative.txt)."""
    if word.lower_ not in lexicon("correlative_negative"):
        return False
    return (word.dep_ == "preconj" and word.lower_ == "neither" and word.head.pos_ in ("VERB", "AUX")) or (word.dep_ == "cc" and word.lower_ == "nor" and came_by == "conj" and word.head.pos_ in ("VERB", "AUX"))


def denied_conjunct(trigger: Token) -> Token | None:
    """The "nor" or "neither" that denies a verb conjoined to another ("did not withdraw, nor did it surrender",
    "Neither the garrison withdrew nor the militia surrendered"), which its own subject would otherwise set apart."""
    if trigger.dep_ != "conj" or trigger.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in trigger.head.children if correlative_negative(c, "conj")), None)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: a finite form, or a finite or modal auxiliary ("was cancelled", "would not take
    place"); not a bare form whose modal the first clause gives ("might lose power and the fireworks be called off")."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def own_clause(node: Token) -> bool:
    """A finite adverbial or relative clause with its own subject asserts on its own:
    "the backlash that occurred after Russian forces withdrew" does not make the withdrawal an aim."""
    if _before_semicolon(node):
        return True  # "bloggers claimed that the brigade surrendered; ISW has not observed confirmation": two sentences
    if _after_a_colon(node):
        return True  # "No joy this Eid: West Bank towns cancel festivities": a headline's clause after its colon
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
        c.dep_ in ("nsubj", "nsubjpass") for w in [node, *(a for a in node.children if a.dep_ in ("aux", "auxpass"))] for c in w.children
    ):
        return True  # "... as more soldiers are refusing to fight": a statement of its own; "while the fairs stand cancelled", its subject hung on "stand"
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
    past = (node.tag_ == "VBD" and not lay_read_as_lie(node)) or any(
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


def _after_a_colon(node: Token) -> bool:
    """A clause with its own subject that the parser hung on a noun before a colon ("No joy this Eid: West Bank towns
    cancel festivities", a relative clause of "joy"): what follows the colon is a statement of its own, which the
    noun's "no" does not deny."""
    if node.dep_ not in ("relcl", "acl") or node.head.i > node.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return False
    return any(t.text == ":" for t in node.doc[node.head.i + 1:node.left_edge.i])


def lead_in_subject(subject: Token) -> bool:
    """A phrase before a colon that the parser made a second subject of the verb after it ("No cake, no candles:
    Kyiv suburb cancels its gala", "No ammunition: the garrison surrendered"): a headline's or a lead's lead-in,
    not who acts, when the verb has a subject of its own after the colon."""
    verb = subject.head
    if subject.i > verb.i:
        return False
    colon = next((t.i for t in subject.doc[subject.i + 1:verb.i] if t.text == ":"), None)
    return colon is not None and any(c.dep_ in ("nsubj", "nsubjpass") and colon < c.i < verb.i for c in verb.children)


def lay_read_as_lie(verb: Token) -> bool:
    """ "fighters who lay down their arms": a present "lay" the tagger took for the past of "lie", which takes no object."""
    return verb.lemma_ == "lie" and verb.lower_ == "lay" and any(c.dep_ == "dobj" for c in verb.children)


def _medium_of_report(noun: Token) -> bool:
    """ "said in a statement that ...", "said on Telegram that ...": the parser hangs the that-clause on the
    noun of the report verb's prepositional phrase; what it says is what was said, denied or asked ("denied in a
    communique that its fronts were suffering desertions", "urged in a resolution that the festival be cancelled":
    lexicons/cue_negating.txt, cue_demand.txt)."""
    verb = noun.head.head.lemma_.lower()
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and verb in lexicon("cue_report") | lexicon("cue_negating") | lexicon("cue_demand")


def _activity(verb: Token) -> bool:
    """A gerund with no subject of its own standing as a clause's subject ("combatting the group ... would pose"):
    an activity in general, not one that happened."""
    return verb.tag_ == "VBG" and verb.dep_ in ("csubj", "nsubj") and not any(c.dep_ in ("nsubj", "poss") for c in verb.children)
