"""Hyphenated names of armed groups kept whole by the tokenizer ("Lashkar-e-Taiba", "SPLA-IO", "anti-balaka").

The tokenizer splits a word at its hyphens, and the parser then reads the pieces of one name as several
words ("Fighters of the Lashkar-e" fled; "The anti-balaka withdrew" with "balaka" an adjective), so the
group's name is found in no phrase and its fighters have no side. Each name in ``groups.jsonl`` that is
one hyphenated word becomes a special case of the tokenizer, in the casings news gives it; a word made of a
name and a participle ("Kurdish-led", "US-backed") is a modifier, not a name, and is left to the tokenizer.

The same holds for an event noun spelt with a hyphen ("the pull-out", "the draw-down"): split, the parser reads a
verb and a particle and no rule of the noun lexicons sees it ("refused their call-up": the object is "up"). Each hyphenated word of a ``trigger_*_noun`` lexicon (or of ``refusal_task_noun``)
becomes a special case too, in the singular and the plural, with the unhyphenated spelling as its norm: the
tagger reads the norm, and an unseen "pull-out" would be tagged a preposition.
"""
from __future__ import annotations

from itertools import product

from spacy.language import Language
from spacy.symbols import NORM, ORTH

from tasks.extract.patterns import lexicon
from tasks.normalize import tables

TRIGGER_NOUN_LEXICONS = ("trigger_retreat_noun", "trigger_surrender_noun", "trigger_cancel_noun", "trigger_departure_noun", "refusal_task_noun")


def hyphenated_words() -> list[str]:
    """The groups' names that are one hyphenated word, lower case ("lashkar-e-taiba", "spla-io"). Not a word
    of a longer name ("Jaish al-Islam": the parser reads the pieces as one name already), nor a name opened by
    an article ("al-Shabaab", ``name_connector.txt``), nor a side's name before a participle ("US-backed")."""
    names = {n for row in tables.load("groups.jsonl") for n in tables.all_names(row) if " " not in n and "-" in n.strip("-")}
    return sorted(n for n in names if n.split("-")[0] not in lexicon("name_connector") and n.split("-")[-1] not in lexicon("side_modifier_participle"))


def hyphenated_event_nouns() -> list[str]:
    """The event nouns of the trigger lexicons that are one hyphenated word, lower case ("pull-out", "draw-down")."""
    words = {w for name in TRIGGER_NOUN_LEXICONS for w in lexicon(name) if " " not in w and "-" in w.strip("-")}
    return sorted(words | {w + "s" for w in words})


def casings(word: str) -> set[str]:
    """The ways news writes a hyphenated name: each part lower case, capitalised or in capitals."""
    parts = word.split("-")
    return {"-".join(p) for p in product(*[(part, part.capitalize(), part.upper()) for part in parts])}


def add_to(nlp: Language) -> Language:
    """``nlp`` whose tokenizer keeps every hyphenated group name one token."""
    for word in hyphenated_words():
        for form in casings(word):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in hyphenated_event_nouns():
        for form in casings(word):
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: word.replace("-", "")}])
    return nlp
