"""Events that are celebrations by a word before them. A commemorative public event named by an act and a commemorative word before it ("the commemorative crossing to
France", "the commemorative services at Anzac Cove", "a remembrance walk"): the ontology counts commemorative public
events as celebrations. The noun must be an event's (lexicons/commemorated_act_noun.txt, celebration_generic.txt),
not an object's ("a commemorative coin", "a commemorative stamp"); the word must modify it
(lexicons/commemorative_modifier.txt). A holiday's ball ("the Liberation Day ball"): a festive public dance by the
holiday's name before it (lexicons/holiday_named_noun.txt, holiday_name.txt), never by the document's festival alone
("risks dropping the ball").
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
    )


def holiday_named(token: Token) -> bool:
    """Is ``token`` a noun of lexicons/holiday_named_noun.txt with a holiday's name among the words before it?"""
    if not in_lexicon(token, lexicon("holiday_named_noun")):
        return False
    before = " " + " ".join(token.doc[token.left_edge.i : token.i].text.lower().replace("-", " ").split()) + " "
    return any(f" {name} " in before for name in lexicon("holiday_name"))
