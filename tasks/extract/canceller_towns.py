"""The towns that cancel a celebration: its place over a place the sentence only names, the document's venue, or a
word of the celebration's name.

"The city of Ra'anana had earlier scrapped its own Purim procession", "Mexico City's government said it had cancelled
the Day of the Dead parade", "Cannes and Antibes said their fireworks displays would not go ahead", "Culiacán Calls
Off Independence Night Grito as Sinaloa Cartel Factions Fight": a town acting by its name, or by its own government
("the city of X", "X's council", "the mayor of X": lexicons/municipal_office.txt), runs what was to be held in it. When
the actor is left unnamed or is a pronoun, the town is who announced it ("The city of Holon said its Adloyada would not
take place"). A row for each town conjoined. The town is the place over a place the sentence names outside the event's
own phrases (a cause: "since the war in Gaza began"), over the venue the document names elsewhere, and over a place
that is a word of the celebration's name ("Independence Night Grito", "its Santa Tecla fireworks"). A place tied to
the event stays: a venue inside the town ("the concert on the Main Market Square"), a town where the celebration was
planned ("banned the march planned in Novi Sad").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract import tree
from tasks.extract.celebration_towns import name_words, town_that_cancels
from tasks.extract.governed_towns import governed_town
from tasks.extract.name_scan import is_country


def canceller_towns(actor: Token | None, reporter: Span | None) -> list[Span]:
    """The towns that cancel: the actor's, else (an actor left unnamed or a pronoun) the announcer's; one per conjunct."""
    who = actor if actor is not None and actor.pos_ != "PRON" else (reporter.root if reporter is not None else None)
    if who is None or is_country(tree.phrase(who).text):
        return []  # "Trinidad and Tobago called off Carnival": a state, not the towns of its words
    towns: list[Span] = []
    for head in tree.with_conjuncts(who):
        town = town_that_cancels(head) or governed_town(head)
        if town is not None and all(t.start != town.start for t in towns):
            towns.append(town)
    return towns


def over_other_places(found: list[str | None], tie: str, towns: list[Span], themes: list[Token]) -> bool:
    """Do the canceller ``towns`` replace ``found``: nothing found, places only the sentence names (``tie`` not
    "event"), the towns themselves (fewer of them: "Salzburg and Innsbruck have scrapped"), or words of the
    celebration's name?"""
    if not towns:
        return False
    if not found or tie != "event":
        return True
    own = {town.text.lower() for town in towns}
    named = [f" {name.lower()} " for theme in themes for name in name_words(theme)]
    return all(place and (place.lower() in own or any(f" {place.lower()} " in name for name in named)) for place in found)

