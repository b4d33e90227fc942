"""A collective noun that names an armed body by the state or armed group named with it (lexicons/state_collective_noun.txt):
"Ukrainian formations" (a state's adjective; formations only), "Turkish-backed factions", "the US-led coalition" (a
state that backs or leads it, lexicons/side_modifier_participle.txt), "Syrian National Army factions" (an armed group's
name before it). Not "cloud formations", "factions in parliament", "the Labour-led coalition"."""

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.normalize import places


def _names_state(token: Token) -> bool:
    return any(n.kind == "state" for _, _, n in places.find(token.text, "sides"))


def _state_link(modifier: Token) -> bool:
    """ "Turkish-backed", "US-led": a participle of backing or leading whose first part is a state."""
    if modifier.lower_ not in lexicon("side_modifier_participle"):
        return False
    return any(c.dep_ in ("npadvmod", "compound", "amod", "nmod") and c.i < modifier.i and _names_state(c) for c in modifier.children)


def state_collective(token: Token, armed_word) -> bool:
    """Is ``token`` a collective noun that a state or an armed group named with it makes armed? ``armed_word`` judges a
    compound before it ("Army" in "Syrian National Army factions")."""
    low = token.lemma_.lower()
    if low not in lexicon("state_collective_noun") and token.lower_ not in lexicon("state_collective_noun"):
        return False
    before = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
    if any(_state_link(c) for c in before):
        return True  # "Turkish-backed factions", "the US-led coalition"
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and armed_word(c) for c in before):
        return True  # "Syrian National Army factions"
    return low.startswith("formation") and any(c.pos_ == "ADJ" and _names_state(c) for c in before)  # "Ukrainian formations"
