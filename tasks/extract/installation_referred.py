"""The place "the base" or "the camp" of an event refers back to: the place named last before it with a noun of
the same class, a military installation (lexicons/foreign_base.txt: base, camp, barracks, outpost).

"JNIM fighters overran the military camp at Boulkessi, and Malian troops withdrew from the base": Boulkessi,
named with "camp" earlier in the sentence, not a city of the next line or the capital the story is filed from;
"The army has evacuated the Boulkessi camp ... its units had carried out a 'tactical withdrawal' from the camp":
Boulkessi, not Mondoro where the survivors went. The name may follow the noun ("the camp at Boulkessi", "its base
in Gao") or precede it ("the Boulkessi camp", "the Ain al-Asad air base").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tasks.extract import place_spans, tree
from tasks.extract.name_scan import is_country
from tasks.extract.patterns import lexicon
from tasks.normalize import places

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext

WORDS_AROUND = 3  # "the camp at Boulkessi", "the Boulkessi military camp": the noun within three words of the name


@lru_cache(maxsize=1)
def installation_words() -> frozenset[str]:
    """The last words of the installation nouns ("air base": base)."""
    return frozenset(noun.split()[-1] for noun in lexicon("foreign_base"))


def installation_nouns(trigger: Token, themes: list[Token], preps: frozenset[str] | set[str]) -> list[Token]:
    """ "the base", "the military camp" as the event's theme, object or the object of its preposition of place,
    with no name of its own ("the Boulkessi camp", "the camp at Boulkessi", "the camp of Kidal" name one)."""
    nouns = themes + [c for c in trigger.children if c.dep_ == "dobj"] + tree.prep_objects(trigger, set(preps))
    return [
        n for n in nouns
        if n.lower_ in installation_words() and any(c.lower_ == "the" for c in n.children)
        and not any(c.dep_ in ("compound", "appos", "prep", "poss") for c in n.children)
    ]


def installation_referred_to(nouns: list[Token], sentence: Span, context: "DocumentContext", start: int, not_here: set[int]) -> str | None:
    """The place (not a country) named last before the first of ``nouns`` with an installation noun just before or
    after it, but for the sentence's tokens ``not_here`` and the dateline; None when there is none."""
    if not nouns:
        return None
    if (here := _named_in_sentence(nouns[0], sentence, not_here)) is not None:
        return here
    shift = start - sentence.start_char  # a character of the document's text, less this, is one of the parse's
    words = installation_words()
    mentions = [(a, b) for a, b, _ in context.places_in(0, shift + nouns[0].idx)]
    mentions = sorted(set(mentions) | {(a, b) for a, b in context.installation_names if b <= shift + nouns[0].idx})
    for a, b in reversed(mentions):
        name = context.text[a:b]
        if is_country(name) or context.in_dateline(a):
            continue
        before = [w.strip(",.;:\"'()").lower() for w in context.text[max(a - 40, 0) : a].split()][-WORDS_AROUND:]
        after = [w.strip(",.;:\"'()").lower() for w in context.text[b : b + 40].split()][:WORDS_AROUND]
        named_with = (len(before) >= 2 and before[-2] in words and before[-1] in lexicon("prep_location")) or bool(words & set(after[:2]))
        if not named_with:
            continue
        span = sentence.doc.char_span(a - shift, b - shift, alignment_mode="expand") if a >= shift else None
        if span is not None and any(t.i in not_here for t in span):
            continue
        return name
    return None


def _named_in_sentence(noun: Token, sentence: Span, not_here: set[int]) -> str | None:
    """The place an installation noun before ``noun`` in its sentence is named with, by the parse, a name the
    gazetteer may lack ("overran the military camp at Boulkessi, and troops withdrew from the base")."""
    for t in reversed(sentence[: noun.i - sentence.start]):
        if t.lower_ not in installation_words():
            continue
        named = [c for c in t.children if c.dep_ == "compound"] + tree.prep_objects(t, set(lexicon("prep_location")))
        if t.i + 2 < sentence.end and t.nbor(1).lower_ in lexicon("prep_location"):
            named.append(t.nbor(2))  # "overran the camp at Boulkessi": the parser hung "at" on the verb
        for g in named:
            span = place_spans.place_span(g)
            if span is not None and not is_country(span.text) and not any(x.i in not_here for x in span):
                return span.text
    return None


@lru_cache(maxsize=1)
def _open_name() -> re.Pattern:
    """A Title Case name just after an installation noun and a preposition of place ("the camp at Boulkessi") or
    just before the noun, one modifier between ("the Boulkessi camp", "the Mbeleko military base"): a town the
    gazetteer may lack."""
    nouns = "|".join(sorted(map(re.escape, installation_words())))
    preps = "|".join(sorted(map(re.escape, lexicon("prep_location"))))
    name = r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}"
    return re.compile(rf"\b(?:{nouns}) (?:{preps}) ({name})|(?=\bthe ({name}) (?:[a-z]+ )?(?:{nouns})\b)")


def open_names(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names a place with an installation noun, by ``_open_name``, but for sides ("the Wagner base"),
    days or months (lexicons/calendar_name.txt) and the name of the force that owns it ("the Republican Guard barracks",
    "the Air Force base", "the Special Forces camp": a word of lexicons/armed.txt, a unit's name, no town's)."""
    found = []
    for match in _open_name().finditer(text):
        group = 1 if match.group(1) else 2
        words = set(match.group(group).lower().split())
        if places.side_of(match.group(group)) is None and not words & (lexicon("calendar_name") | lexicon("armed")):  # "the barracks on Tuesday"
            found.append((match.start(group), match.end(group)))
    return tuple(found)

