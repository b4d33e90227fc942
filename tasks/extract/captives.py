"""People held captive: "hostages held in Gaza" says where hostages are kept, not where a celebration is held."""
from __future__ import annotations

import re

from spacy.tokens import Token

from tasks.extract.patterns import lexicon

CAPTIVE_WORDS = 3  # "prisoners of war held in": how far before the verb the captives may be named


def held_captive(before: str) -> bool:
    """Do the last words before a venue verb name people held captive ("families of hostages", "prisoners of
    war"), who are what the verb is said of ("hostages held in Gaza"), not the celebration?"""
    words = re.findall(r"[a-z]+", before.lower())[-CAPTIVE_WORDS:]
    last = len(words) - 1
    return any(w in lexicon("captive_noun") and (k == last or (k == last - 2 and words[k + 1] == "of")) for k, w in enumerate(words))


def where_kept(place: Token) -> bool:
    """Is ``place`` where captives are kept, in a participle on them ("the families of hostages held in Gaza")?"""
    verb = next((a for a in place.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ == "acl" and verb.lower_ in lexicon("venue_verb") and verb.head.lower_ in lexicon("captive_noun")
