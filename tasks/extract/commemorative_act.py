"""Events that are celebrations by a word before them. A commemorative public event named by an act and a commemorative word before it ("the commemorative crossing to
France", "the commemorative services at Anzac Cove", "a remembrance walk"): the ontology counts commemorative public
events as celebrations. The noun must be an event's (lexicons/commemorated_act_noun.txt, celebration_generic.txt),
not an object's ("a commemorative coin", "a commemorative stamp"); the word must modify it
(lexicons/commemorative_modifier.txt). A holiday's ball ("the Liberation Day ball"): a festive public dance by the
holiday's name before it (lexicons/holiday_named_noun.txt, holiday_name.txt), never by the document's festival alone
("risks dropping the ball"). Neither is a public event when a firm or a carrier holds it ("the bank cancelled its
Christmas ball for staff", "the airline cancelled its commemorative flight"; lexicons/private_host.txt). A transport
service ("the first dawn service of the commuter line"; lexicons/transport_line.txt) is a timetable, not a rite.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon


def commemorative_act(token: Token) -> bool:
    """Is ``token`` an event noun with a commemorative word before it that modifies it?"""
    nouns = lexicon("commemorated_act_noun") | lexicon("celebration_generic")
    return in_lexicon(token, nouns) and any(
        c.dep_ in ("amod", "compound") and c.i < token.i and in_lexicon(c, lexicon("commemorative_modifier")) for c in token.children
    ) and not _held_by_a_firm(token)


def holiday_named(token: Token) -> bool:
    """Is ``token`` a noun of lexicons/holiday_named_noun.txt with a holiday's name among the words before it?"""
    if not in_lexicon(token, lexicon("holiday_named_noun")):
        return False
    before = " " + " ".join(token.doc[token.left_edge.i : token.i].text.lower().replace("-", " ").split()) + " "
    return any(f" {name} " in before for name in lexicon("holiday_name")) and not _held_by_a_firm(token)


def _held_by_a_firm(token: Token) -> bool:
    """Is the event noun owned, called off or held for a private host of lexicons/private_host.txt ("the bank's ball",
    "the airline cancelled its commemorative flight", "the ball for staff")?"""
    hosts = lexicon("private_host")
    owners = [c for c in token.children if c.dep_ in ("poss", "compound") and c.i < token.i]
    callers = [c for c in token.head.children if c.dep_ == "nsubj"] if token.dep_ == "dobj" else []
    agents = [o for p in token.head.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"] if token.dep_ == "nsubjpass" else []
    guests = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return any(in_lexicon(t, hosts) for t in owners + callers + agents + guests)


def transport_service(token: Token) -> bool:
    """Is ``token`` a service of public transport ("the dawn service of the commuter line", "the dawn bus service";
    lexicons/transport_line.txt), never a dawn service held as a rite?"""
    if token.lemma_.lower() != "service":
        return False
    lines = lexicon("transport_line")
    named = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    named += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "on") for o in p.children if o.dep_ == "pobj"]
    return any(in_lexicon(t, lines) or any(c.dep_ == "compound" and in_lexicon(c, lines) for c in t.children) for t in named)
