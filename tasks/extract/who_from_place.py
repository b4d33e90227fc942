"""A relative clause with "who" hung on the place in "soldiers from the Omsk region who refused to go back", "marines
from Pskov who deserted": "who" takes a person as its antecedent, never a place, so the clause is about the people
the from- or in-phrase describes (the parser attaches it to the nearest noun). Source: English grammar (the relative
pronoun "who" agrees with a personal antecedent; Quirk et al., A Comprehensive Grammar, 17.9). Also a "which" clause
whose verb has a reflexive "itself" hung on the place where a force stands ("the garrison at Goose Green, which had
given itself up"): the force the at- or in-phrase places gave itself up, not the place."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.armed import is_armed
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.place_tokens import is_place
from tasks.extract.tree import in_lexicon

PERSONAL_RELATIVE = frozenset({"who", "whom"})
NONPERSONAL_RELATIVE = frozenset({"which", "that"})


def people_from_place(clause: Token, head: Token) -> Token | None:
    """The people whose place ``head`` is, when ``clause`` is a "who" relative clause hung on it; else None."""
    if clause.dep_ != "relcl" or not any(c.lower_ in PERSONAL_RELATIVE for c in clause.children):
        return None
    if not _a_place(head) or head.dep_ != "pobj" or head.head.lower_ not in ("from", "in"):
        return None
    people = head.head.head
    if people.pos_ not in ("NOUN", "PROPN", "NUM") or _a_place(people):
        return None
    return people


def force_at_place(clause: Token, head: Token) -> Token | None:
    """The force whose place ``head`` is ("the garrison at Goose Green, which had given itself up"), when ``clause`` is a
    "which" relative clause hung on the place whose object is "itself": a place does nothing to itself; else None."""
    if clause.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NONPERSONAL_RELATIVE for c in clause.children):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "itself" for c in clause.children):
        return None
    if not _a_place(head) or head.dep_ != "pobj" or head.head.lower_ not in lexicon("prep_position_at"):
        return None
    force = head.head.head
    return force if force.pos_ in ("NOUN", "PROPN") and is_armed(force, load_lexicons()) else None


def _a_place(token: Token) -> bool:
    """A named place, or a kind of place with a name before it, whatever its tag ("the Novosibirsk and Omsk regions",
    "the Kidal region", its name tagged an adjective)."""
    kinds = lexicon("place_kind_after_name") | lexicon("region_kind")
    named_kind = in_lexicon(token, kinds) and any(c.dep_ in ("compound", "nmod") and c.text[:1].isupper() for c in token.children)
    return named_kind or is_place(token)
