"""A mutiny named by where it broke out or by its ship: "the Kiel Mutiny", "the Etaples Mutiny", "the Invergordon
mutiny of 1931". The proper name before the noun names the event, not who mutinied (the tagger may even call the town
a person), so it is no actor that rules the row out; an armed group's name ("the Wagner mutiny") or a state's stays
who did it, and a people or a party the tagger knows as one ("the Tory mutiny") is left as it was, unless the whole is a
name ("the Cattaro Mutiny"). Only with a force named in the sentence
("among British troops", "in the German navy", "shook the Royal Navy"): "a Westminster mutiny over the defence budget"
is the ministers'. A year after "of" ("the Invergordon mutiny of 1931") dates it and is no one who mutinied either."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.armed import is_armed
from tasks.extract.patterns import load_lexicons
from tasks.extract.place_tokens import is_place
from tasks.normalize import places

NOT_A_NAME_OF_WHERE = ("NORP",)  # a people or a party ("Tory"); a town the tagger calls an organisation stays one
FIRST_YEAR, LAST_YEAR = 1500, 2100  # four digits read as a year


def names_the_event(label: str, trigger: Token, modifier: Token) -> bool:
    """``modifier`` is a proper name compounded before the refusal noun ``trigger`` that says which mutiny, not whose,
    or a year after its "of"."""
    if label == "REFUSAL_TO_FIGHT" and _year(modifier) and modifier.head.lower_ == "of" and modifier.head.head.i == trigger.i:
        return True
    return (
        label == "REFUSAL_TO_FIGHT" and trigger.pos_ in ("NOUN", "PROPN") and modifier.dep_ == "compound"
        and modifier.pos_ == "PROPN" and modifier.i < trigger.i
        and (is_place(modifier) or trigger.text[:1].isupper() or entity_type(modifier) not in NOT_A_NAME_OF_WHERE)
        and places.side_of(modifier.text) is None and not is_armed(modifier, lexicons := load_lexicons())
        and any(is_armed(t, lexicons) for t in trigger.sent if t.i != modifier.i)
    )


def _year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.isdecimal() and FIRST_YEAR <= int(token.text) <= LAST_YEAR and not list(token.children)
