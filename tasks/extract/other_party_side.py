"""The other party named in the event's own sentence is no owner of the actor.

"The retreat came after four months of Russian assaults on the town" (the retreat is Ukraine's), "Around 40
mobilised soldiers refused to take part in an assault on Ukrainian positions" (the refusers are Russia's): a side
the sentence names only as who attacks or presses (the name or adjective before an attack noun, its by- or
from-agent; lexicons/attack_noun.txt, pressure_noun.txt) or, inside the event's own complement, as the target of
the attack the actor is sent on ("refused to storm Ukrainian positions", "refused orders to join an offensive
against the M23") is the actor's other party. When the side found for the actor is such a side, and the sentence
names it nowhere else (not in the actor's own words: "Russian troops withdrew after Russian shelling failed"),
the actor is that party's enemy (data/adversaries.jsonl, as the document names it), else no side. A target named
in a cause ("withdrew after an attack on Ukrainian positions") is often the actor itself, and is not read.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from tasks.extract import armed, place_tokens, tree
from tasks.extract.context import names_in
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.normalize import places

_COMPLEMENT_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "ccomp", "acl", "compound", "amod", "relcl", "advcl"})


def not_the_other_party(code: str | None, trigger: Token, sentence: Span, actor_span: Span | None, enemy: Callable[[str], str | None]) -> str | None:
    """``code``, unless the sentence names it only as the actor's attacker or as the target the actor is sent against:
    then that side's enemy (``enemy``), else None."""
    if code is None:
        return code
    actor = {t.i for t in actor_span} if actor_span is not None else set()
    others = _attackers(sentence, actor) | _targets_sent_against(trigger, actor)
    if not others:
        return code
    start = sentence.start_char
    named_other, named_rest = set(), set()
    for begin, end, name in names_in(sentence, "sides"):
        tokens = {t.i for t in sentence if t.idx < start + end and t.idx + len(t.text) > start + begin}
        (named_other if tokens and tokens <= others else named_rest).add(name.code)
    if code not in named_other or code in named_rest:
        return code
    other = enemy(code)
    return other if other is not None and other != code else None


def _attackers(sentence: Span, actor: set[int]) -> set[int]:
    """Token indices of who attacks in ``sentence``, outside the actor: a side's name or adjective before an attack
    noun ("four months of Russian assaults") and its by- or from-agent ("shelling by the M23"), and the armed agent
    of a pressure noun ("under pressure from Russian forces")."""
    out: set[int] = set()
    for t in sentence:
        if t.i in actor or not (t.pos_ == "NOUN" or t.tag_ == "VBG"):
            continue
        if tree.in_lexicon(t, lexicon("attack_noun")):
            before = [c for c in t.children if c.dep_ in ("compound", "nmod", "amod", "poss") and _names_a_side(c)]  # "Ukrainian drone strikes"
            before += [c for c in t.children if t.tag_ == "VBG" and c.dep_ == "nsubj"]  # "after three days of Azerbaijani shelling", parsed as a gerund's subject
            out |= {x.i for c in before for x in c.subtree}
            out |= {x.i for o in tree.prep_objects(t, {"by", "from"}) for x in tree.phrase(o)}
        elif tree.in_lexicon(t, lexicon("pressure_noun")):
            agents = [o for o in tree.prep_objects(t, {"by", "from"}) if armed.is_armed(o, load_lexicons())]
            out |= {x.i for o in agents for x in tree.phrase(o)}
    return out - actor


def _names_a_side(modifier: Token) -> bool:
    """ "Russian", "RSF", "Ukrainian drone": a modifier whose words name a side, and no place that is no side ("the Kherson offensive";
    the tagger often reads "Ukrainian" as a place)."""
    words = [t for t in modifier.subtree if t.i <= modifier.i]
    return places.side_of(" ".join(t.text for t in words)) is not None and not any(place_tokens.is_place(t) and places.side_of(t.text) is None for t in words)


def _targets_sent_against(trigger: Token, actor: set[int]) -> set[int]:
    """Token indices of what an attack in the trigger's own complement is aimed at ("refused to take part in an assault
    on Ukrainian positions", "refused to storm Ukrainian positions"); not of an attack in a cause ("after an attack on")."""
    out: set[int] = set()
    for t in trigger.subtree:
        if t.i in actor or t.i == trigger.i or not _in_complement(t, trigger):
            continue
        if t.pos_ == "NOUN" and tree.in_lexicon(t, lexicon("attack_noun")):
            out |= {x.i for o in tree.prep_objects(t, {"on", "against"}) for x in tree.phrase(o)}
        elif t.pos_ == "VERB" and t.lemma_.lower() in lexicon("offensive_verb"):
            out |= {x.i for c in t.children if c.dep_ == "dobj" for x in tree.phrase(c)}
            out |= {x.i for o in tree.prep_objects(t, {"against"}) for x in tree.phrase(o)}
    return out - actor


def _in_complement(token: Token, trigger: Token) -> bool:
    """Whether the path from ``token`` up to ``trigger`` runs through complements only (no "after", "amid" adjunct)."""
    node = token
    while node.i != trigger.i:
        if node.dep_ not in _COMPLEMENT_DEPS or (node.dep_ == "prep" and node.lower_ not in lexicon("prep_task_complement")):
            return False
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            return False  # "after they attacked", "as Russian forces stormed"
        node = node.head
        if node.i == node.head.i and node.i != trigger.i:
            return False
    return True
