"""When a generic event noun is held says what it is: "mass gatherings on Independence Day", "the concerts
planned for Victory Day", "the November 11 concert", "the rally planned for 8 December". A holiday's name or a
holiday's fixed date (lexicons/holiday_name.txt, lexicons/holiday_date.txt) in a phrase of time on the noun, or
on the participle that plans it, makes a concert, a rally or the day's events the holiday's, as "the
Independence Day concert" is; a phrase of place ("a concert in Canada Day Park") stays a venue."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from tasks.extract.patterns import lexicon
from tasks.extract.protest_organiser import organisers, political_organiser
from tasks.normalize import dates, tables


@lru_cache(maxsize=1)
def _holiday_days() -> frozenset[tuple[int, int]]:
    """(month, day) of each fixed holiday date of lexicons/holiday_date.txt ("november 11")."""
    months = dates.words().months
    return frozenset((months[month], int(day)) for month, day in (line.rsplit(" ", 1) for line in lexicon("holiday_date")))


def _holiday_date(text: str) -> bool:
    """Does ``text`` hold a holiday's fixed date ("November 11", "8 December", "Dec. 8", "May 9th")? The dates are
    read by the date normaliser's own patterns (tasks/normalize/dates.py)."""
    w = dates.words()
    found = {(w.months[tables.matched_key(m.group("mon"))], int(m.group("day"))) for key in ("month_day", "day_month") for m in w.patterns[key].finditer(text)}
    return bool(found & _holiday_days())


def _holiday_name(text: str) -> bool:
    """Does ``text`` hold a holiday's name as written ("Independence Day", "New Year's Eve")?"""
    low = " " + " ".join(text.lower().replace("\u2019", "'").split()) + " "
    return any(f" {name} " in low or f" {name}'s " in low for name in lexicon("holiday_name"))


def dated_on_a_holiday(noun: Token) -> bool:
    """Do the words before the noun hold a holiday's fixed date ("the November 11 concert", "the May 9 events")? Not
    with an owner ("the band's November 11 concert", "its July 4 show"): a performer's date, which may fall on a holiday."""
    if any(c.dep_ == "poss" for c in noun.children) or _of_another_kind(noun):  # an owner, or a protest's
        return False
    return noun.left_edge.i < noun.i and _holiday_date(noun.doc[noun.left_edge.i : noun.i].text)


def _text(word: Token) -> str:
    return word.doc[word.left_edge.i : word.right_edge.i + 1].text


def _of_another_kind(noun: Token) -> bool:
    """A modifier that makes the noun no festive event ("protest gatherings", "opposition rallies", "sporting events":
    lexicons/march_not_festive.txt, lexicons/non_event_theme.txt), or an organiser who holds or calls off protests
    and campaigns ("the union cancelled the rally planned for Independence Day", "the opposition's May 9 march":
    lexicons/political_organiser.txt), its owner or the subject of the verb whose object it is."""
    other = lexicon("march_not_festive") | lexicon("non_event_theme")
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in other for c in noun.children):
        return True
    return any(political_organiser(o) for o in organisers(noun))


def held_on_a_holiday(noun: Token) -> bool:
    """A phrase of time on the noun, or on a participle that plans or holds it ("planned for", "scheduled on"), whose
    object names a holiday or its date: "gatherings on Independence Day", "the rally planned for 8 December"."""
    if _of_another_kind(noun):
        return False
    times = lexicon("prep_holiday_time")
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and c.tag_ == "VBN"]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.i > noun.i and p.lower_ in times]
    objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    if any(_holiday_name(_text(g)) or (_holiday_date(_text(g)) and not any(c.dep_ == "conj" for c in g.children)) for g in objects):
        return True  # a date alone names the day; "scheduled for Monday and December 31" is a schedule of days
    return _verb_on_a_holiday(noun, times)


def _verb_on_a_holiday(noun: Token, times: frozenset[str]) -> bool:
    """The holiday's name in a phrase of time the parser hung on the verb whose object the noun is ("Kyiv bans mass
    gatherings on Independence Day"): banned or called off for that day. A date alone stays the verb's ("cancelled
    the concert on November 11" may say when it was cancelled)."""
    if noun.dep_ != "dobj":
        return False
    preps = [p for p in noun.head.children if p.dep_ == "prep" and p.i > noun.i and p.lower_ in times]
    return any(_holiday_name(_text(g)) for p in preps for g in p.children if g.dep_ == "pobj")
