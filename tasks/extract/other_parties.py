"""Forces a sentence names only as someone's other party: whom a clause of it surrenders to ("others surrendered
to Ukrainian marines"), what an attack in it is aimed at ("refused orders to storm Ukrainian positions", "as during
the assault on Kyiv") or a defence holds off ("ordered to halt Napoleon"), and whom an event noun affects ("The
drawdown has alarmed the SDF"). They are no actor's side by their place in the sentence alone."""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import armed, place_tokens, tree
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.normalize import places


def other_party_tokens(sentence: Span) -> set[int]:
    """Token indices of the phrases in ``sentence`` that receive a surrender or that an attack is aimed at, by a verb
    ("orders to storm Ukrainian positions", "ordered to halt Napoleon"), by an attack noun ("the assault on Kyiv", "the offensive against Tripoli")
    or by a noun of a clash with them ("after clashes with the SDF", lexicons/clash_noun.txt)."""
    heads = [o for t in sentence if t.pos_ == "VERB" and gives_itself_up(t) for o in tree.prep_objects(t, {"to"})]
    targeting = lexicon("offensive_verb") | lexicon("resist_verb")  # "ordered to halt Napoleon at Borodino"
    heads += [c for t in sentence if t.pos_ == "VERB" and t.lemma_.lower() in targeting for c in t.children if c.dep_ == "dobj"]
    heads += [o for t in sentence if t.pos_ == "NOUN" and t.lemma_.lower() in lexicon("attack_noun") for o in tree.prep_objects(t, {"on", "against"})]
    heads += [o for t in sentence if t.pos_ == "NOUN" and tree.in_lexicon(t, lexicon("clash_noun")) for o in tree.prep_objects(t, lexicon("prep_opposed"))]  # "after clashes with the SDF"
    return {t.i for head in heads for t in tree.phrase(head)}


def attack_agents(trigger: Token, actor_part: set[int]) -> list[Token]:
    """ "withdrew after shelling by the M23", "pulled out under pressure from Russian forces": the by- or from-agent of
    an attack noun in the trigger's clause, outside its actor; of a pressure noun only when armed (not "after
    pressure from Ankara, its backer")."""
    pressure = [o for o in _agents(trigger, "pressure_noun", actor_part) if armed.is_armed(o, load_lexicons())]
    return _agents(trigger, "attack_noun", actor_part) + pressure + _attackers_named_before(trigger, actor_part)


def _attackers_named_before(trigger: Token, actor_part: set[int]) -> list[Token]:
    """ "abandoned the base after an ISWAP attack", "pulled out following RSF shelling": a side's name or adjective
    before an attack noun of the trigger's clause, outside its actor, is who attacks ("the Kherson offensive" names no side)."""
    nouns = [t for t in trigger.subtree if t.i not in actor_part and t.pos_ == "NOUN" and t.lemma_.lower() in lexicon("attack_noun")]
    return [c for noun in nouns for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and places.side_of(c.text) is not None and not place_tokens.is_place(c)]


def pressing_sources(trigger: Token) -> set[int]:
    """Token indices of who attacks or presses in the trigger's clause ("after pressure from Washington", "after
    shelling by the M23"): a source of the pressure, not where the event happened."""
    agents = _agents(trigger, "attack_noun", set()) + _agents(trigger, "pressure_noun", set())
    return {t.i for o in agents for t in o.subtree}


def _agents(trigger: Token, words: str, actor_part: set[int]) -> list[Token]:
    """The by- and from-objects of the nouns of ``words`` (a lexicon) in the trigger's subtree, outside its actor."""
    nouns = [t for t in trigger.subtree if t.i not in actor_part and (t.pos_ == "NOUN" or t.tag_ == "VBG") and {t.lemma_.lower(), t.lower_} & lexicon(words)]
    return [o for noun in nouns for o in tree.prep_objects(noun, {"by", "from"})]


def gives_itself_up(verb: Token) -> bool:
    """ "surrendered to", "gave themselves up to", "handed themselves over to" (beside "laid down their arms")."""
    lemma = verb.lemma_.lower()
    particle = {c.lower_ for c in verb.children if c.dep_ == "prt"} if verb.pos_ == "VERB" else set()
    return lemma in lexicon("trigger_surrender_verb") or "up" in particle or (lemma in lexicon("trigger_handover_verb") and "over" in particle)


def affected_tokens(trigger: Token) -> set[int]:
    """ "The drawdown has alarmed the SDF": token indices of the object of the verb an event noun is the subject of."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return set()
    return {t.i for c in trigger.head.children if c.dep_ == "dobj" for t in c.subtree}  # and what it is said to fear
