"""Festivals named in their own language, with no English kind noun: "called off the Sagra del Tordo", "the
Fiestas del Río", "cancelled the Omagari Hanabi Taikai", "the Kullu Mahotsav". A proper name is a celebration's
when a word of ``lexicons/celebration_native_word.txt`` (festival, fair, carnival, fireworks in the languages
the news names festivals in) leads it before a lower-case connector of a Romance name ("Sagra del Tordo",
"Festa do Divino", "Palio di Provenzano": the head comes first), or stands after the first word of a name
without connectors (Japanese and Indic names put the head last: "Omagari Hanabi Taikai", "Kullu Mahotsav").
Not a name the parser calls a place or a person ("Feria de Hoyos" as a town), nor a name whose own apposition
says it is something else ("Fiesta Nights, its Saturday variety show")."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.patterns import lexicon

_NOT_A_FESTIVAL = ("GPE", "LOC", "FAC", "PERSON", "NORP")  # a head-final name the parser reads as one of these is none
_A_TOWN = ("GPE",)  # a head-initial name: its leading festival word outweighs a FAC or PERSON reading ("Fête du Citron")
_NAME_POS = ("PROPN", "NOUN", "ADJ", "X")  # the parser's tags for the words of a foreign name


def native_fest_name(token: Token) -> bool:
    """Is ``token`` the head of a proper name that a festival word of another language makes a celebration's?"""
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
        return False
    if any(c.dep_ == "appos" and c.i > token.i for c in token.children):
        return False  # "Fiesta Nights, its Saturday variety show": the apposition says what it is
    words = _name_words(token)
    if len(words) < 2:
        return False
    native = lexicon("celebration_native_word")
    connected = any(w.text.islower() for w in words)
    if connected:  # "Sagra del Tordo": the head leads a Romance name
        return words[0].lower_ in native and entity_type(words[0]) not in _A_TOWN  # not "Feria de Hoyos", a town
    return any(w.lower_ in native for w in words[1:]) and entity_type(token) not in _NOT_A_FESTIVAL  # "Omagari Hanabi Taikai": the head stands after the first word


def _name_words(token: Token) -> list[Token]:
    """The capitalised words of the name ending at ``token`` with the lower-case connectors between them
    ("Sagra del Tordo", "Festa do Divino"), read leftwards and stopping at a verb, a determiner or a lower-case word
    that is no connector."""
    doc, connectors = token.doc, lexicon("name_connector")
    start = token.i
    while start > 0:
        prev = doc[start - 1]
        if prev.text[:1].isupper() and prev.pos_ in _NAME_POS:
            start -= 1
        elif prev.lower_ in connectors and prev.text.islower() and start >= 2 and _leads_a_name(doc[start - 2]):
            start -= 2
        else:
            break
    return list(doc[start : token.i + 1])


def _leads_a_name(token: Token) -> bool:
    """A capitalised word of a name before a connector, or a festival word the parser took into the name though a
    Title Case headline's recasing left it lower-case ("Aguascalientes Cancels Feria de San Marcos")."""
    return token.pos_ in _NAME_POS and (token.text[:1].isupper() or (token.pos_ == "PROPN" and token.lower_ in lexicon("celebration_native_word")))


def in_native_fest_name(token: Token) -> bool:
    """Is ``token`` a word of such a name ("Tordo", "Provenzano", "Omagari" of "the Omagari Hanabi Taikai")? Then it
    names what was celebrated, not where."""
    doc, connectors = token.doc, lexicon("name_connector")
    if not (token.text[:1].isupper() or token.lower_ in connectors):
        return False
    end = token.i
    while end + 1 < len(doc):
        nxt = doc[end + 1]
        if nxt.text[:1].isupper() and nxt.pos_ in _NAME_POS:
            end += 1
        elif nxt.lower_ in connectors and nxt.text.islower() and end + 2 < len(doc) and doc[end + 2].text[:1].isupper():
            end += 2
        else:
            break
    head = doc[end]
    return native_fest_name(head) and _name_words(head)[0].i <= token.i


@lru_cache(maxsize=1)
def native_pattern() -> re.Pattern[str]:
    """A capitalised festival word of another language in a line, for the prefilter ("the Omagari Hanabi Taikai"),
    or one in lower case before a connector and a capitalised word, as a recased Title Case headline leaves it
    ("cancels feria de San Marcos"): the rules decide whether it heads a name."""
    native = sorted(lexicon("celebration_native_word"), key=len, reverse=True)
    words = "|".join(re.escape(w[:1].upper() + w[1:]) for w in native)
    lower = "|".join(re.escape(w) for w in native)
    connectors = "|".join(sorted((re.escape(c) for c in lexicon("name_connector")), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:(?:{words})|(?:{lower})(?=\s+(?:{connectors})\s+[A-Z]))(?![\w'’-])")
