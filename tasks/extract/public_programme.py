"""Concerts and shows a public body cancels are its festive public events: "The City of Belgrade has cancelled all
concerts and entertainment events", "Turkey Scraps Centenary Concerts", "the town of Sukhothai said it had cancelled
the sound-and-light show". The ontology counts an authority cancelling a festive public event for any cause
(mourning, security); its "commercial concert or tour cancelled on its own" is a promoter's or an artist's, so the
canceller decides: a town, a council, a government or a ministry (lexicons/public_authority.txt), or a place's
name acting ("Belgrade Cancels Concerts"), or the body that reports a cancellation told in the passive ("the
governor's office said a planned 'Victory Night' concert had been called off"); a show's own title in quotes is no
performer's name. "Events", "activities" or a "programme" (lexicons/public_programme_noun.txt) need a word that
makes them entertainments (lexicons/entertainment_modifier.txt: "mass events", "cultural activities"), not
meetings; gatherings and rallies never (a ban on protest).
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import tree
from tasks.extract.patterns import lexicon
from tasks.extract.place_tokens import is_place, names_a_sizeable_place

QUOTES = frozenset("'\"‘“")


def public_programme(noun: Token) -> bool:
    """Is ``noun`` (a generic event noun) a show or an entertainment that a public body cancels here?"""
    if not _a_public_show(noun):
        return False
    verb = _cancelling_verb(noun)
    return verb is not None and any(_public_body(s) for s in _cancellers(verb))


def _a_public_show(noun: Token) -> bool:
    """A show for the public, with no word before it that names another kind ("the car show", "the Coldplay
    concert", "sporting events"): a modifier may only make it an entertainment or a celebration."""
    kinds = lexicon("entertainment_modifier") | lexicon("celebration") | lexicon("celebration_generic")  # "Drops Countdown Party"
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i and not _hyphen_part(c)]
    if any(m.pos_ in ("NOUN", "PROPN") and not tree.in_lexicon(m, kinds) and not _public_body(m) and not _quoted_title(m) for m in modifiers):
        return False
    if tree.in_lexicon(noun, lexicon("public_show_noun")):
        return True
    return tree.in_lexicon(noun, lexicon("public_programme_noun")) and any(tree.in_lexicon(m, lexicon("entertainment_modifier")) for m in modifiers)


def _cancelling_verb(noun: Token) -> Token | None:
    """The verb of cancelling whose object or passive subject the noun (or the first of its conjuncts) is."""
    first = tree.first_conjunct(noun)
    verb = first.head
    if first.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    call_off = verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return verb if call_off or tree.in_lexicon(verb, lexicon("trigger_cancel_verb")) else None


def _cancellers(verb: Token) -> list[Token]:
    """Who cancels: the verb's subject (or its first conjunct's), the agent of its passive, the subject that controls
    its infinitive ("the council decided to cancel"), and for "it" or "they" the subject of the verb of saying the
    clause hangs on ("the town said it had cancelled")."""
    head = tree.first_conjunct(verb)
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    subjects += [o for p in head.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    said = any(s.lower_ in lexicon("pronoun_group") | lexicon("pronoun_personal") for s in subjects) and head.dep_ == "ccomp"
    said = said or (not subjects and head.dep_ == "ccomp" and _passive(head))  # "the governor's office said a concert had been called off"
    if said or (not subjects and head.dep_ == "xcomp"):  # "plans to cancel", "decided to call off": the controller's
        subjects += [c for c in head.head.children if c.dep_ == "nsubj"]
    return subjects


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _quoted_title(word: Token) -> bool:
    """A name in quotation marks before the show ("a planned 'Victory Night' concert"): the show's own title, not a
    performer's or a maker's name ("the Coldplay concert", "the car show")."""
    return word.doc[word.left_edge.i].text in QUOTES


def _hyphen_part(word: Token) -> bool:
    """The last part of a hyphenated modifier ("open-air", "sound-and-light"): how the show is held, read whole by
    its first part."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_ and not doc[word.i - 2].whitespace_


def _public_body(subject: Token) -> bool:
    """A public body's noun ("the City of Belgrade", "the municipal council", "the town hall", "the governor's
    office": the noun, its compound or its possessor) or a place's name ("Belgrade", "Turkey"), also a town the
    gazetteer knows that the tagger calls a person as the sentence's first word ("Kutaisi scrapped the wine evening")."""
    nouns = [subject] + [c for c in subject.children if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN"]  # "the governor's office"
    if any(tree.in_lexicon(n, lexicon("public_authority")) for n in nouns):
        return True
    opening = subject.i == subject.sent.start and not list(subject.children)
    return subject.pos_ == "PROPN" and (is_place(subject) or (opening and names_a_sizeable_place(subject)))
