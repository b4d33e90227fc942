"""The other sides of an actor that names several: "U.S. and South Korean troops withdrew", "Malian troops and Wagner
mercenaries pulled out". The ontology asks for one event row per participant; the first conjunct's side is the
event's (``sides.py``), the ones coordinated with it give a row each."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places

MODIFIERS = ("amod", "nmod", "compound")  # "Russian and Syrian forces", "U.S. and South Korean troops"


def own_words(token: Token) -> str:
    """A conjunct's phrase without the conjuncts that follow it ("South Korean", not "South Korean and Iraqi")."""
    cut = {d.i for c in token.children if c.dep_ in ("cc", "conj") for d in c.subtree}
    return " ".join(t.text for t in token.subtree if t.i not in cut)


def partner_sides(actor: Token | None, side: str | None) -> list[str]:
    """The sides other than ``side``, the event's, of the nationalities coordinated on the actor's noun ("Russian
    and Syrian forces": Syria; "US, British and Canadian troops": each) when one of the list gave the event its side
    (not "Syrian and Iraqi fighters of the Islamic State": where they come from), and of the armed groups and states' armies coordinated with the actor
    ("Malian troops and Wagner mercenaries": Wagner; "and French soldiers": France), in order. A state's demonym on
    other conjoined nouns is left alone ("Ukrainian troops and British volunteers": volunteers of Ukraine)."""
    if actor is None or side is None:
        return []
    out: list[str] = []
    for run in listed_runs(nationality_list(_listing_noun(actor))):
        if any(places.side_of(own_words(c)) == side for c in run):  # "US, French and German troops": every one listed
            out += [code for c in run if (code := places.side_of(own_words(c)))]
    base = counted_noun(actor)
    listed = [base] if base is not actor else []  # "Dozens of FARDC soldiers and Wazalendo fighters": both listed
    for other in (c for c in [*listed, *base.conjuncts] if c.i > actor.i and c.pos_ in ("NOUN", "PROPN")):
        named = [n for _, _, n in places.find(own_words(other), "sides")]
        groups = [n.code for n in named if n.kind == "group"]
        army = tree.in_lexicon(other, lexicon("regular_soldier") | lexicon("force_word"))  # "and French soldiers": France's army
        out += groups[:1] or ([named[0].code] if named and army else [])
    return [code for code in dict.fromkeys(out) if code != side]


def counted_noun(actor: Token) -> Token:
    """The noun a quantity or membership word counts when the forces are conjoined in its of-phrase ("Dozens of
    FARDC soldiers and Wazalendo fighters": "soldiers", with "fighters" conjoined), else the actor itself."""
    if actor.conjuncts or not tree.in_lexicon(actor, lexicon("member")):
        return actor
    of = [g for p in actor.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return of[0] if of and of[0].conjuncts else actor


def nationality_list(actor: Token) -> list[Token]:
    """The nationalities listed on the actor's noun, in order: its modifiers and their conjuncts joined by commas and
    "and" ("Russian and Syrian forces", "Russian, Syrian and Iranian forces"), and, before them, the states the parser
    hung elsewhere ("missions by US, British and Canadian troops": "US" the object of "by"). The list is the run that
    holds the actor's side: "the Syrian Kurdish Democratic Union party" lists nothing, its words are not a list; only
    a list ending in "and" reaches past its first word ("In Iraq, British troops" names where, not who)."""
    mods = [c for c in actor.children if c.dep_ in MODIFIERS and c.i < actor.i]
    named = sorted({c for m in mods for c in (m, *m.conjuncts) if places.side_of(own_words(c))}, key=lambda t: t.i)
    if named and any(m.conjuncts for m in mods):
        doc, i = actor.doc, named[0].left_edge.i
        while i >= 2 and doc[i - 1].text == "," and _state_word(doc[i - 2]):
            named.insert(0, doc[i - 2])
            i -= 2
    return named


def listed_runs(named: list[Token]) -> list[list[Token]]:
    """``named`` cut into runs of words that only commas and conjunctions separate ("US, French and German")."""
    runs: list[list[Token]] = []
    for token in named:
        last = runs[-1][-1] if runs else None
        gap = token.doc[_own_span(last)[1] + 1 : _own_span(token)[0]] if last is not None else []
        if last is not None and len(gap) and all(t.text in (",", "and", "or", "&") for t in gap):
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _own_span(token: Token) -> tuple[int, int]:
    cut = {d.i for c in token.children if c.dep_ in ("cc", "conj") for d in c.subtree}
    kept = [t.i for t in token.subtree if t.i not in cut and not t.is_punct] or [token.i]
    return min(kept), max(kept)


def _state_word(token: Token) -> bool:
    """A state's demonym ("British") or short name ("US", "UK"), not a place's name ("Iraq") nor "the US"."""
    short = token.text.replace(".", "").isupper() and len(token.text) <= 4
    after_article = token.i > 0 and token.doc[token.i - 1].pos_ == "DET"
    return bool(places.side_of(token.text)) and (token.pos_ == "ADJ" or short) and not after_article


def _listing_noun(actor: Token) -> Token:
    """The noun whose nationalities list the actor's: its own, that of its of-phrase ("contingents of UK, Danish and
    Estonian troops"), or, when the parser made the list's first word the subject ("U.S., French and German troops
    withdrew": "U.S." and "troops" both subjects), the force noun after it."""
    if not nationality_list(actor):
        of = [g for p in actor.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if of and nationality_list(of[0]):
            return of[0]
    after = actor.doc[actor.i + 1] if actor.i + 1 < len(actor.doc) else None
    if _state_word(actor) and after is not None and after.text == ",":
        return next((c for c in actor.head.children if c.dep_ == actor.dep_ and c.i > actor.i and c.pos_ == "NOUN"), actor)
    return actor


def listed_states(actor: Token) -> list[Token]:
    """The states' short names in a list of two or more nationalities on the actor ("US, British and Canadian
    troops": "US"), which name who, not where; not a town or a capital that modifies its noun ("Bogota mayor")."""
    runs = listed_runs(nationality_list(_listing_noun(actor)))
    return [t for run in runs if len(run) > 1 for t in run if _state_word(t) and t.pos_ != "ADJ"]
