"""The force a desertion happens in: "desertions in the Russian army", "desertion rates in the Afghan National Army",
"a mutiny within the 15th regiment", "desertions soar in Russian ranks" (a state's ranks). The in-phrase of the event noun, or of the tally noun it modifies ("rates",
"cases"), names who deserted only when it is a force: "desertion in Tigray" names a place, not a deserter."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def force_within(trigger: Token, objects: Callable[[Token, set[str]], list[Token]], armed: Callable[[Token], bool]) -> list[Token]:
    """The armed objects of "in" or "within" on ``trigger`` or on the noun it modifies as a compound."""
    holders = [trigger]
    if trigger.dep_ == "compound" and trigger.head.i != trigger.i:
        holders.append(trigger.head)  # "desertion rates in the army": the rates hold the phrase
    if trigger.dep_ == "nsubj" and (trigger.head.pos_ == "VERB" or trigger.head.lemma_ == "be"):
        holders.append(trigger.head)  # "desertions soar in Russian ranks", "desertion is rife among the conscripts": the verb of the noun holds the phrase
    preps = set(lexicon("prep_within_force"))
    return [p for h in holders for p in objects(h, preps) if armed(p) or state_ranks(trigger, p)]


def state_ranks(trigger: Token, noun: Token) -> bool:
    """ "desertions soar in Russian ranks": the ranks (lexicons/force_ranks_noun.txt) of a state named by its
    adjective are its force, for a desertion noun (lexicons/refusal_state_noun.txt; "defections in Cuban ranks" may be
    a team's)."""
    from tasks.extract.token_classes import is_state_adjective  # noqa: PLC0415 (roles reads this module)

    if trigger.lower_ not in lexicon("refusal_state_noun"):
        return False
    return noun.lower_ in lexicon("force_ranks_noun") and any(c.dep_ == "amod" and is_state_adjective(c) for c in noun.children)


def state_desertion(trigger: Token, modifier: Token) -> bool:
    """ "Russian desertion soared": a state's adjective on a desertion noun (lexicons/refusal_state_noun.txt) says
    whose soldiers deserted."""
    from tasks.extract.token_classes import is_state_adjective  # noqa: PLC0415 (roles reads this module)

    if any(c.dep_ in ("compound", "nmod") for c in trigger.children):
        return False  # "Russian voter desertion": whose desertion the noun before it says
    return trigger.lower_ in lexicon("refusal_state_noun") and modifier.dep_ == "amod" and modifier.head.i == trigger.i and is_state_adjective(modifier)
