"""A storm's given name is no place: "Cebu City cancels New Year fireworks after Typhoon Odette", "called off its
street party after Tropical Storm Agaton flooded the city", "Hurricane Ian" (lexicons/storm_noun.txt: the noun
before the name). The name is a person's given to a storm, whatever town of the gazetteer may bear it; "Storm
Forces Kharkiv To Cancel Parade" names no storm (the noun is no compound of what follows it)."""
from __future__ import annotations

from spacy.tokens import Span

from tasks.extract.patterns import lexicon


def storm_name_tokens(sentence: Span) -> set[int]:
    """The tokens of the storms' names in ``sentence``: a capitalised word right after a storm noun, joined to it as
    a compound either way ("Typhoon" of "Typhoon Odette"), with the storm noun itself."""
    nouns, out = lexicon("storm_noun"), set()
    for word in sentence[:-1]:
        name = sentence.doc[word.i + 1]
        if word.lower_ in nouns and name.text[:1].isupper() and name.is_alpha and _compound(word, name):
            out |= {word.i, name.i}
    return out


def _compound(storm, name) -> bool:
    return (storm.dep_ == "compound" and storm.head.i == name.i) or (name.dep_ in ("compound", "appos", "flat") and name.head.i == storm.i)
