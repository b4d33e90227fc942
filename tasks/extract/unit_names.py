"""A formation named by a letter or a number after its kind ("Army Group B", "Task Force 88", "Corps IV"), or by a
proper name after a kind that is always named so ("Battlegroup Dnepr", "the Battlegroup Centre";
lexicons/named_formation_kind.txt): the designation heads the name, so the words of war that say the phrase is
armed come before it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

_DESIGNATION = re.compile(r"(?:[A-Z]|\d{1,4}|[IVXL]{1,5})")  # a capital letter, a number, a Roman numeral


def designated_formation(token: Token) -> bool:
    """Is ``token`` the letter or number that ends a formation's name, after a word of an armed kind ("Army Group B"),
    or the proper name after a kind named so ("Battlegroup Dnepr")?"""
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < token.i and c.lower_ in lexicon("named_formation_kind") for c in token.children):
        return True
    if token.pos_ not in ("PROPN", "NUM") or not _DESIGNATION.fullmatch(token.text):
        return False
    kinds = lexicon("military_unit") | lexicon("armed")
    return any(c.dep_ == "compound" and c.i < token.i and c.lower_ in kinds for c in token.children)


def designated_company(token: Token) -> bool:
    """Is ``token`` a capitalised echelon noun that also heads firms' names, named by a number, an ordinal or a letter
    before it ("the 3rd Company", "Second Company", "Bravo Company", "C Battery"; lexicons/designated_unit_kind.txt,
    nato_phonetic.txt)? The designation alone, just before it, makes it a unit; so does a letter after it, the parse's
    head of the name ("men of Company A", "Soldiers of Company C": the letter, its kind noun a compound before it)."""
    if len(token.text) == 1 and token.text.isupper() and token.i > 0:
        kind = token.doc[token.i - 1]
        return kind.head == token and kind.dep_ == "compound" and kind.lower_ in lexicon("designated_unit_kind") and kind.text[:1].isupper()
    if token.lower_ not in lexicon("designated_unit_kind") or not token.text[:1].isupper():
        return False
    mark = token.doc[token.i - 1] if token.i > 0 else None
    if mark is None or mark.head != token or mark.dep_ not in ("compound", "amod", "nummod") or any(c.dep_ == "compound" for c in mark.children):
        return False  # the designation alone stands before the noun: not "the East India Company"
    return mark.like_num or (len(mark.text) == 1 and mark.text.isupper()) or mark.lower_ in lexicon("nato_phonetic")


def compass_command(token: Token) -> bool:
    """Is ``token`` an army's territorial command named by its quarter ("the junta's Northeastern Command", "the army's
    Southern Command")? A compass adjective just before "command" names a formation (the Tatmadaw's and many armies'
    regional commands; lexicons/compass_adjective.txt), where "command" alone may be an order."""
    if token.lemma_.lower() != "command" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.head == token and before.dep_ in ("compound", "amod") and before.lower_ in lexicon("compass_adjective")


def in_command_name(token: Token) -> bool:
    """Is ``token`` the compass word of a command's name ("Northeastern" in "the Northeastern Command")? It names the
    formation, not a region where the event happened."""
    return token.i + 1 < len(token.doc) and token.head.i == token.i + 1 and compass_command(token.head)


def command_name_text(name: str, after: str) -> bool:
    """Does the text say ``name`` as the compass word of a command's name ("Southern" before " Command")? For the
    document's scan of place names, which reads the text, not the parse ("the Southern Command": no region)."""
    return name.lower() in lexicon("compass_adjective") and _COMMAND_AFTER.match(after) is not None


_COMMAND_AFTER = re.compile(r"\s+command\b", re.IGNORECASE)
