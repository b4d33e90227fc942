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
