"""States a sentence names only as somewhere else than the actor's: a refuge ("fled into Chad from Geneina",
"crossed into India's Mizoram state") or a neighbour across a border ("near the border with Algeria", "near the
Thai border", "the garrison on the Thai border", "regions bordering Ukraine"), a coast a ship lies off ("mutinied
off Yemen"), the host of a force's training ("deserted during training in France"), the country of the front
soldiers refuse to go back to ("refused to return to the front in Ukraine"), the place a force regrouped in
("regrouping in Belarus"), or the party an event noun affects ("the capitulation of the garrison in Mariupol
shocked Moscow's critics"). Neither of them is the side of a force the sentence names by a generic word ("government
troops", "the junta"): the article's country is then read without them, and the sentence's names are read without them.
A return home ("withdrew back into Russia") goes to the force's own country, so it is no refuge. A speaker's
country is not set aside: a state's own command speaks for its forces ("the Syrian army command said").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.armed import is_armed
from tasks.extract.context import names_in
from tasks.extract.crossing_places import crossed_or_reached
from tasks.extract.other_parties import affected_tokens
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.reference_points import describes_another_place
from tasks.extract.tree import in_lexicon


def elsewhere_states(sentence: Span, trigger: Token) -> tuple[set[int], frozenset[str]]:
    """The tokens of the states named only as a refuge or a neighbour, and their codes when the sentence names
    them nowhere else."""
    tokens: set[int] = set()
    elsewhere, elsewise = set(), set()
    affected = audience_tokens(trigger) | crossed_or_reached(trigger)  # "regrouping in Belarus": where the force went
    for start, end, name in names_in(sentence, "sides"):
        span = sentence.doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is None or name.kind != "state":
            continue
        if _refuge(span[-1]) or _neighbour(span[-1], trigger) or _offshore(span[-1]) or _training_host(span[-1]) or _front_in(span[-1]) or span[-1].i in affected:
            tokens |= {t.i for t in span}
            elsewhere.add(name.code)
        else:
            elsewise.add(name.code)
    return tokens, frozenset(elsewhere - elsewise)


def audience_tokens(trigger: Token) -> set[int]:
    """ "The capitulation shocked Moscow's critics": who an event noun stirs a feeling in (lexicons/reaction_verb.txt),
    not an armed force; not "Desertion Hits Russian Units", "has weakened Russian defenses" (the event's own force)."""
    if trigger.head.lemma_.lower() not in lexicon("reaction_verb"):
        return set()
    return {i for i in affected_tokens(trigger) if not is_armed(trigger.doc[i].head, load_lexicons())}


def _refuge(token: Token) -> bool:
    """ "fled into Chad", "crossed into Thailand", "crossed into India's Mizoram state", "crossed into the Rwandan town
    of Gisenyi": a country moved into (or the owner of the place moved into, or the adjective of a town moved into), not home ("back into Russia")."""
    if token.head.dep_ == "pobj" and (token.dep_ == "poss" or (token.dep_ in ("compound", "amod") and in_lexicon(token.head, lexicon("settlement_kind")))):
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lower_ in lexicon("destination_for"):
        return True  # "aboard transport aircraft bound for N'Djamena": where they went
    if token.dep_ != "pobj" or token.head.lower_ not in lexicon("prep_elsewhere") or token.head.lower_ == "for":
        return False
    verb = token.head.head
    return verb.pos_ == "VERB" and not any(in_lexicon(c, lexicon("homeward_word")) for c in (*verb.children, *token.head.children))


def _offshore(token: Token) -> bool:
    """ "mutinied off Yemen", "off the coast of Libya": the state whose coast a ship lies off."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and in_lexicon(token.head.head, lexicon("coast_noun")):
        token = token.head.head  # "the coast of Libya": the coast is what the ship is off
    return token.dep_ == "pobj" and token.head.lower_ in lexicon("prep_offshore")


def _neighbour(token: Token, trigger: Token) -> bool:
    """ "near the border with Algeria", "near the Thai border", "toward Rwanda's border": the state across a border."""
    if describes_another_place(token, trigger) and not _owns_an_apposed_place(token):
        return True
    if _borders(token):
        return True  # "Belgorod, a region bordering Ukraine", "Belgorod and Kursk, which border Ukraine": the state next door
    border = token.head
    if token.dep_ not in ("amod", "compound", "poss") or not in_lexicon(border, lexicon("frontier_noun")):
        return False
    return border.dep_ == "pobj" and border.head.lower_ in lexicon("prep_nearness") | lexicon("prep_elsewhere") | lexicon("prep_on_frontier")


def bordered_states(sentence: Span) -> set[int]:
    """The tokens of the states a sentence names only as the neighbour its places border ("Authorities in Belgorod and
    Kursk, which border Ukraine, said they ..."): no antecedent of "they" (round cc23)."""
    out: set[int] = set()
    for start, end, name in names_in(sentence, "sides"):
        span = sentence.doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is not None and name.kind == "state" and _borders(span[-1]):
            out |= {t.i for t in span}
    return out


def _borders(token: Token) -> bool:
    """ "a region bordering Ukraine", "which border Ukraine" (the relative clause the parser may read as a noun phrase)."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon("bordering_verb"):
        return True
    return any(c.dep_ == "compound" and in_lexicon(c, lexicon("bordering_verb")) for c in token.children) and any(c.dep_ == "det" and c.lower_ in ("which", "that") for c in token.children)


def _owns_an_apposed_place(token: Token) -> bool:
    """ "pulled out of Aleppo, Syria's second city", "Mosul, the largest city in Iraq": the state an apposition puts
    the place in is its own country, no neighbour."""
    holder = token.head if token.dep_ == "poss" else token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("of", "in") else None
    return holder is not None and holder.dep_ == "appos"


def _training_host(token: Token) -> bool:
    """ "deserted during training in France", "on a training course in Poland", "trained in Britain": the state
    that hosts another's soldiers' training."""
    if token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    held = token.head.head
    return in_lexicon(held, lexicon("training_noun")) and (held.pos_ == "VERB" or held.lower_ == "training" or any(in_lexicon(c, lexicon("training_noun")) for c in held.children if c.dep_ == "compound"))


def _front_in(token: Token) -> bool:
    """ "refused to go back to the front in Ukraine": the country where the front lies that soldiers are sent to
    (lexicons/refusal_destination.txt), the war's ground, not the soldiers' state."""
    return token.dep_ == "pobj" and token.head.lower_ == "in" and in_lexicon(token.head.head, lexicon("refusal_destination"))
