"""Dependency-tree helpers that every rule module shares: lexicon membership, prepositional
objects, conjuncts, and the phrase a head token spans.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon

_PHRASE_RIGHT = {"prep", "pobj", "compound", "amod", "nummod", "poss", "det", "nmod", "cc", "conj", "appos", "case", "npadvmod", "quantmod"}


PREP_ALIASES = {"from": {"from", "out"}, "to": {"to", "into"}, "on": {"on"}, "of": {"of"}, "by": {"by"}, "over": {"over"}, "against": {"against"}, "off": {"off"}, "among": {"among", "amongst"}, "for": {"for"}, "with": {"with"}}


def in_parentheses(token: Token) -> bool:
    """Is the token inside brackets opened earlier in its sentence and not yet closed?"""
    sent = token.sent
    return _bracket_depths(sent)[token.i - sent.start] > 0


def _bracket_depths(sent: Span) -> list[int]:
    """Per token of a sentence, the brackets opened before it less those closed, counted once per sentence and kept
    with its Doc (a sentence listing 200 towns asks for every town, and each count read the sentence anew)."""
    key = ("sitrep_bracket_depths", sent.start)
    depths = sent.doc.user_data.get(key)
    if depths is None or len(depths) != len(sent):
        depths, depth = [], 0
        for t in sent:
            depths.append(depth)
            depth += (t.text == "(") - (t.text == ")")
        sent.doc.user_data[key] = depths
    return depths


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
        elif child.dep_ == "prep" and child.lower_ == "of" and "out" in preps and _quoted_out_before(child):
            out.extend(g for g in child.children if g.dep_ == "pobj")  # 'had "transitioned out" of the base'
        elif child.dep_ in ("prt", "advmod") and child.lower_ in preps | lexicon("pushed_particle"):  # "pushed back from X"
            out.extend(prep_objects(child, preps))
            if child.lower_ in preps:  # "handed over Herat": the particle took the object
                out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def _quoted_out_before(of: Token) -> bool:
    """ "of" after its verb's particle "out" with only a closing quote between ('"pulled out" of Gao'): the parser hangs
    it on the verb, not on "out"."""
    doc = of.doc
    i = of.i - 1
    while i > of.sent.start and doc[i].is_quote:
        i -= 1
    return i < of.i - 1 and doc[i].lower_ == "out" and doc[i].dep_ == "prt" and doc[i].head.i == of.head.i


def with_conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens conjoined with it ("Rostov-on-Don and Voronezh"), depth first; a loop, not a
    recursion, since a list of a thousand names is a chain of a thousand conjuncts."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(reversed([c for c in t.children if c.dep_ == "conj"]))
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


def first_conjunct(token: Token) -> Token:
    """The first conjunct of the coordination ``token`` closes ("Dinder" of "Singa, Sennar and Dinder")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def subtree_text(token: Token) -> str:
    """The text of ``token``'s subtree ("the 25th Brigade" under "of"), read off the document's text by the edges'
    offsets: the same text as the span of its tokens, with no span built."""
    last = token.right_edge
    return token.doc.text[token.left_edge.idx : last.idx + len(last.text)]


def name_text(token: Token) -> str:
    """A proper name at ``token`` with its compound parts ("Islamic State", "the SDF")."""
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def object_of_conjoined_verb(token: Token) -> Token | None:
    """The object a pronoun object stands for when its verb is conjoined to a verb with a noun object
    ("postponed the parades to April, then cancelled them"); None otherwise."""
    verb = token.head
    if token.pos_ != "PRON" or token.dep_ != "dobj" or verb.dep_ not in ("conj", "dep") or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return None  # the parser hangs "then cancelled them" under the first verb as "dep" as often as "conj"
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def shared_object(verb: Token) -> Token | None:
    """The object a verb with none of its own shares with the verb conjoined right after it ("cancelled or sharply
    curtailed this year's celebrations", "scrapped and banned the fireworks"): only a conjunction and a manner
    adverb between the two verbs; not "cancelled on Friday and postponed the parade", "cancelled and then reinstated
    the fireworks" (two acts one after the other)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "nsubjpass", "prep") for c in verb.children):
        return None
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if conj is None or not any(t.dep_ == "cc" for t in verb.doc[verb.i + 1 : conj.i]):
        return None
    if any(t.dep_ not in ("cc", "prt") and not (t.dep_ == "advmod" and t.lower_.endswith("ly")) for t in verb.doc[verb.i + 1 : conj.i]):
        return None
    return next((c for c in conj.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


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
