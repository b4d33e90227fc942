"""Does a clause below the trigger's governing verb assert on its own? A finite adverbial or relative
clause with its own subject, a deed explained or done by someone, a clause before a semicolon; not what a report, demand or pledge says.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.report_cues import report_noun, that_marked
from tasks.extract.sanction_participle import sanctioned_act


def own_clause(node: Token) -> bool:
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


def lay_read_as_lie(verb: Token) -> bool:
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
