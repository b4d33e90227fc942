"""What a phrase is, by lexicon class ("has_class"): a state, a people, a celebration, an organiser,
with the guards for names misread by the parser; named celebrations and name extents.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.entities import entity_type
from tasks.extract.armed import is_armed
from tasks.extract.celebration_names import PRONOUNS
from tasks.extract.commemorative_act import commemorative_act, holiday_named, transport_service
from tasks.extract.context import of_token
from tasks.extract.fest_names import fest_name
from tasks.extract.freed_captives import freed_captive
from tasks.extract.holiday_time import dated_on_a_holiday, held_on_a_holiday
from tasks.extract.led_force import with_force_conjoined
from tasks.extract.months import month_as_date
from tasks.extract.name_scan import is_calendar_name
from tasks.extract.native_fest_names import native_fest_name
from tasks.extract.own_event_noun import event_noun_before
from tasks.extract.patterns import lexicon, load_lexicons
from tasks.extract.place_tokens import is_place, names_a_sizeable_place
from tasks.extract.product_names import product_name
from tasks.extract.protest_organiser import protest_by_organiser
from tasks.extract.public_programme import public_programme
from tasks.extract.relief_receiver import relieves
from tasks.extract.tree import in_lexicon, name_text, phrase, prep_objects
from tasks.extract.unfestive import unfestive_kind
from tasks.normalize import places


def partitive_of(token: Token) -> bool:
    """A part or quantity word with its "of" object ("the remainder of the event", "Some of the parades"): the object
    says what it is (lexicons/partitive.txt)."""
    return token.lemma_.lower() in lexicon("partitive") and bool(prep_objects(token, {"of"}))


def _plans_to_have(verb: Token) -> bool:
    """An infinitive on a plan noun that plans the thing ("plans to hold a concert"), not its end ("no plans to cancel the market")
    nor a change short of its end ("scrapped a plan to move the festival to the park": lexicons/verb_lesser_change.txt)."""
    return verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() not in lexicon("trigger_cancel_verb") | lexicon("verb_lesser_change")


def _celebration_of_the_document(token: Token, named: list[Token], lexicons: dict[str, frozenset[str]]) -> bool:
    """ "The event", "all outdoor events", "events were canceled": a generic noun with nothing of its own that
    names another kind of event, in a document that named a celebration before it. What a phrase of place after it
    names by common nouns ("events in villages near the border") says where, not what; a named town may be a tour's
    stop ("concerts in Lviv")."""
    venue = _venue_words(token)
    named = [t for t in named if t.i not in venue or t.pos_ == "PROPN"]
    when = {d.i for t in named if t.dep_ == "poss" and in_lexicon(t, lexicon("time_unit")) for d in t.subtree}
    when |= {t.i for t in named if is_calendar_name(t.text) or t.like_num}  # "events scheduled for Monday and December 31"
    when |= {t.i for t in named if t.pos_ == "PROPN" and _customary_rite(token)}  # "the traditional Jahenda Bala ceremony": the rite's own name
    when |= {t.i for t in named if _whose_or_how(t, token)}  # "Glasgow's own outdoor event", "its open-air event": whose and how, not what
    when |= {d.i for t in named if _performing_force(t, token, lexicons) for d in t.subtree}  # "the Israel Air Force flyover": who flies it
    when |= {d.i for c in token.children if _non_restrictive(c) for d in c.subtree}  # "the flyover, which passes over dozens of towns,"
    when |= {d.i for t in named if _says_when(t) for d in t.subtree}  # "shows planned for the last weekend of the month"
    when |= {t.i for t in named if _clause_on(t, token) or _same_kind_beside(t, token, lexicons)}  # "concerts planned ...", "the concerts and fair"
    if any(in_lexicon(t, lexicons["non_event_theme"]) or t.pos_ in ("NOUN", "PROPN") for t in named if t.i not in when):
        return False  # "sporting events", "the company's events" (not "this year's event": when, not what)
    document, offset = of_token(token)
    return document is not None and document.celebration_before(offset) is not None


def _says_when(word: Token) -> bool:
    """A date or time the recogniser found, or a phrase headed by a unit of time ("the evening of September 2",
    "the last weekend of May"): when the event was to be, not what it is."""
    if word.dep_ == "compound":
        return False  # "fashion week shows": a modifier that names the kind, not a date
    return entity_type(word) in ("DATE", "TIME") or (word.pos_ == "NOUN" and in_lexicon(word, lexicon("time_unit")))


def _clause_on(word: Token, noun: Token) -> bool:
    """The verb of a participle or relative clause on the noun ("concerts planned in other districts", "events
    scheduled for Sunday"): what was done to the event, not another kind of it ("planned" is no "plan")."""
    return word.pos_ in ("VERB", "AUX") and word.dep_ in ("acl", "relcl") and word.head.i == noun.i


def _same_kind_beside(word: Token, noun: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """A second generic event noun joined to the noun ("the concerts and fair", the parser may tag "fair" an
    adjective): one more event of the same kind, not a kind of its own (its own modifiers still name one)."""
    joined = word.dep_ == "conj" or (word.dep_ == "amod" and any(c.dep_ == "cc" and c.i < word.i for c in noun.children))
    on_noun = word.head.i == noun.i or _clause_on(word.head, noun)  # "and fair planned": "fair" hung on the participle
    return joined and on_noun and in_lexicon(word, lexicons["celebration_generic"])


def _whose_or_how(word: Token, noun: Token) -> bool:
    """A town that owns the event noun ("Glasgow's event": the town holds it, no tour stops there), the last part
    of a hyphenated adjective on it ("open-air", "all-day": how it is held, not what it is), or the noun of a
    hyphened participle on it ("state-sponsored", "water-throwing")."""
    if word.dep_ == "poss" and word.head.i == noun.i and word.pos_ == "PROPN" and names_a_sizeable_place(word):
        return True
    doc = word.doc
    if word.i + 1 < len(doc) and doc[word.i + 1].text == "-" and word.head.tag_ in ("VBN", "VBG") and word.head.head.i == noun.i:
        return True  # "the state-sponsored water-throwing stages": the noun of a hyphened participle says how or by whom
    return word.i >= 2 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_ and not doc[word.i - 2].whitespace_ and doc[word.i - 2].pos_ == "ADJ"


def _owned_by_a_celebration(noun: Token, words: frozenset[str]) -> bool:
    """Is a plan noun the programme of a celebration its possessor names ("the Tulip Festival's closing programme",
    "the carnival's programme")? Then it is that celebration's schedule of events, not a plan of something else."""
    return any(c.dep_ == "poss" and (in_lexicon(c, words) or fest_name(c)) for c in noun.children)


def _non_restrictive(clause: Token) -> bool:
    """A relative or participle clause set off by a comma ("the flyover, which usually passes over dozens of towns,",
    "the stages, known as mandat,"): it tells more of the event already named, not which kind of event it is."""
    return clause.dep_ in ("relcl", "acl") and clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","


def _performing_force(word: Token, noun: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """An armed force that modifies or owns the event noun ("the Israel Air Force flyover", "the navy's flypast"):
    who flies or marches in it, not what kind of event it is; a state's name the parser split from its force's
    ("Israel" of "the Israel Air Force flyover") is the force's."""
    if word.head.i != noun.i or word.dep_ not in ("compound", "poss", "nmod"):
        return False
    if is_armed(word, lexicons):
        return True
    forces = [c for c in noun.children if c.i > word.i and c.dep_ == word.dep_ and is_armed(c, lexicons)]
    return bool(forces) and any(n.kind == "state" for _, _, n in places.find(word.text, "sides"))


def _customary_rite(noun: Token) -> bool:
    """ "the traditional X ceremony", "the customary rites": a rite the noun's own words call a custom."""
    return in_lexicon(noun, lexicon("rite_noun")) and any(c.dep_ == "amod" and in_lexicon(c, lexicon("custom_modifier")) for c in noun.children)


def _venue_words(noun: Token) -> set[int]:
    """The words of the noun's phrases of place ("in villages within 10 kilometres of the border"), and of where and
    when a clause on it says it was to be ("this summer's edition, which was to open on the old port on July 20")."""
    own = {d.i for p in noun.children if p.dep_ == "prep" and p.i > noun.i and p.lower_ in lexicon("prep_venue") for d in p.subtree}
    setting = lexicon("prep_planned_venue") | lexicon("prep_when")
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i]
    preps = [p for c in clauses for p in c.subtree if p.dep_ == "prep" and p.head.pos_ in ("VERB", "AUX") and p.lower_ in setting]
    return own | {d.i for p in preps for d in p.subtree}  # "which was to open on ...": on the verb under "was"


def named_celebration(token: Token) -> bool:
    """Does the phrase headed by ``token`` name a celebration by a name the document gave one ("Organisers have
    cancelled Coachella" after "the Coachella festival"; "the remainder of Pitch Music & Arts 2024" after
    "electronic music festival Pitch"), or is it "it" just after a sentence that mentions one? The name must
    be the phrase's head ("Coachella"), or begin the phrase with only the words of what a festival is of and
    a year after it ("Pitch Music & Arts 2024"): not "the Biden visit", "Glastonbury shuttle services", "Ozy
    Media". In a document about a war, a name that is also a place's ("Kherson" of "the Kherson festival") is
    the place. ``tasks/extract/celebration_names.py`` learns the names."""
    document, offset = of_token(token)
    if document is None:
        return False
    found = document.celebrations
    if token.lower_ in PRONOUNS and token.pos_ == "PRON":
        own = event_noun_before(token)  # "Organisers of a rock concert ... called it off": the concert of its own sentence
        return has_class(own, "celebration", load_lexicons()) if own is not None else found.mentioned_just_before(offset)
    if token.lemma_.lower() in lexicon("partitive"):  # "the remainder of Pitch Music & Arts 2024"
        return any(named_celebration(g) for g in prep_objects(token, {"of"}))
    if not found.spans or not token.text[:1].isupper():
        return False
    name = found.name_covering(offset, offset + len(token.text))
    if name is None:
        name = _name_beginning_phrase(token, found, offset - token.idx)
    return name is not None and not (found.names.get(name[2]) and document.military)


def _name_beginning_phrase(token: Token, found, base: int) -> tuple[int, int, str] | None:
    """A name the document gave a celebration (``found``) that begins ``token``'s phrase, followed only by words
    of what a festival is of, connectors and numbers up to and past ``token`` ("Pitch Music & Arts 2024");
    ``base`` is the offset of the token's parse in the document."""
    span = phrase(token)
    first = next((t for t in span if t.text[:1].isupper()), None)
    if first is None or first.i > token.i:
        return None
    name = found.name_starting(base + first.idx)
    if name is None:
        return None
    tails = lexicon("festival_name_tail") | lexicon("name_connector") | {"&"}
    rest = [t for t in span if t.i >= first.i and base + t.idx >= name[1]]
    run = []
    for t in rest:
        if not (t.like_num or t.lower_ in tails):
            break
        run.append(t.i)
    return name if token.i in run else None


def is_state_adjective(token: Token) -> bool:
    """A national adjective standing for a state's forces: "the Ukrainian retreat", "a Russian withdrawal"."""
    return token.pos_ == "ADJ" and any(n.kind == "state" for _, _, n in places.find(token.text, "sides"))


def _the_people(token: Token) -> bool:
    """A people named by its adjective with "the", as the head of its phrase: "the French", "the British", "the
    Dutch", "the Japanese" (plurals with no -s), not "the French army" (an adjective of the noun after it)."""
    return (
        token.pos_ in ("PROPN", "NOUN") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and bool(places.find(token.text, "sides"))
    )


def has_class(token: Token, cls: str, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does the phrase headed by ``token`` belong to ``cls``?"""
    if cls == "any":
        return True
    if cls == "freed_captive":  # "soldiers released in a prisoner swap": captives brought home, no force withdrawn
        return freed_captive(token, lexicons)
    if cls == "relief_receiver":  # "to the relieving unit", "to Ukrainian counterparts": a relief in place, no enemy
        return relieves(token)
    if cls == "own_side":  # "surrendered to its own rebels": the giver's own, no opposing force
        return any(c.dep_ == "amod" and c.lower_ in lexicon("own_side") for c in token.children)
    span = phrase(token)
    if cls == "armed":
        return is_armed(token, lexicons)
    if cls == "leader":  # "Trump has left his red lines blurred": a leader named for his state is a person still
        return any(n.person for _, _, n in places.find(token.text, "sides"))
    if cls == "state":
        acronym = len(token.text) > 1 and token.text.isupper() and token.text.isalpha()  # "The FARDC withdrew": tagged a noun
        return (token.pos_ == "PROPN" or acronym) and entity_type(token) != "NORP" and (_names_state(token.text) or _names_state(name_text(token)))
    if cls in ("place", "settlement_kind") and token.lemma_.lower() in lexicon("control_noun"):  # "lost control of Lyman", "of the town"
        return any(has_class(g, cls, lexicons) for g in prep_objects(token, lexicon("prep_control_of")))
    if cls == "place":  # "the length of Malaya", "much of the Kharkiv region": a part or extent of a place
        return is_place(token) or (partitive_of(token) and any(has_class(g, cls, lexicons) for g in prep_objects(token, {"of"})))
    if cls == "side":  # "went over to the Taliban", "to Ukrainian troops": a phrase that names a side, not "the wounded soldiers"
        return places.side_of(span.text) is not None
    if cls == "demonym":  # "Russians", "Ukrainians": people of a side, armed or not
        if token.lemma_.lower() in lexicons["member"] or token.like_num:  # "Dozens Of Ukrainians"
            return any(has_class(g, "demonym", lexicons) for g in prep_objects(token, {"of"}))
        return entity_type(token) == "NORP" and (token.lower_.endswith("s") or _the_people(token))
    if cls == "commander" and with_force_conjoined(token, lexicons):
        return False  # "the commander and his men fell back": the force moves with him, no commander alone
    words = lexicons[cls]
    if cls == "position" and in_lexicon(token, lexicon("position_part")):  # "the base's runways", "the airstrip of the Gao base"
        return any(has_class(o, cls, lexicons) for o in prep_objects(token, {"of"}) + [c for c in token.children if c.dep_ == "poss"])
    if cls == "celebration" and month_as_date(token):
        return False  # "in March": a date, not a march
    if cls == "celebration" and _for_a_business_audience(token):
        return False  # "the gala dinner for investors": a firm's own event
    if cls == "celebration" and unfestive_kind(token):
        return False  # "a protest march", "an armed march on Moscow": no festive procession; "the school holidays": a break
    if cls == "celebration" and protest_by_organiser(token):
        return False  # "the opposition cancelled the march", "the union's rally": a protest, whatever day it falls on
    if cls == "celebration" and (product_name(token) or transport_service(token)):
        return False  # "Ford scrapped the Fiesta": a firm's model; "the dawn service of the commuter line": a timetable
    if in_lexicon(token, words) or (cls == "celebration" and (fest_name(token) or native_fest_name(token))):  # "cancelled Bluesfest", "the Sagra del Tordo"
        return True
    if cls == "celebration" and (commemorative_act(token) or holiday_named(token)):
        return True  # "the commemorative crossing to France", "the commemorative services at Anzac Cove", "the Liberation Day ball"
    if token.pos_ == "PROPN" and any(c.dep_ == "appos" and has_class(c, cls, lexicons) for c in token.children):
        return True  # "The Battle of Flowers, the opening parade of the carnival": a name the apposition says the kind of
    if cls == "celebration" and token.pos_ == "NOUN" and any(c.dep_ == "appos" and c.i > token.i and has_class(c, cls, lexicons) for c in token.children):
        return True  # "the comparsas, the costumed street processions": a borrowed word the apposition explains
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i and in_lexicon(c, words) for c in token.children):
        return True  # "the regional bloc ECOWAS": a name a noun before it says the kind of
    head_words = " ".join([t.lower_ for t in span if t.i < token.i] + [token.lemma_.lower()])
    if _ends_with_multiword(head_words, words) or _ends_with_multiword(" ".join(t.lower_ for t in span if t.i <= token.i), words):
        return True  # "firework displays": "firework display" (not "the Independence Day holiday sale": the head is a sale)
    if cls == "celebration" and _misread_last_word(token, span, words):
        return True
    if cls == "celebration" and _name_with_of(token, words):
        return True  # "cancelled the Cry of Independence", "the Day of the City": a name whose head comes before "of"
    if cls == "celebration" and in_lexicon(token, lexicon("celebration_part")):  # "the open-air finale of the festival"
        return any(has_class(g, cls, lexicons) for g in prep_objects(token, {"of"}))
    if partitive_of(token):  # "the remainder of the event", "most of the parades"
        return any(has_class(g, cls, lexicons) for g in prep_objects(token, {"of"}))
    if token.lemma_.lower() in lexicon("plan_noun"):  # "plans for a parade", "plans to hold a concert", "the programme of street blocos": what is planned
        planned = prep_objects(token, {"for", "of"}) + [o for v in token.children if _plans_to_have(v) for o in v.children if o.dep_ == "dobj"]
        if planned or not (_named_by_a_holiday(token) or _owned_by_a_celebration(token, words)):
            return any(has_class(g, cls, lexicons) for g in planned)
        # "its City Day programme", "the Victory Day program": a schedule of a holiday's events, read as its generic noun below
    if _explained_by_apposition(token, cls, lexicons):
        return True
    if cls == "celebration" and public_programme(token):
        return True  # "The City of Belgrade has cancelled all concerts", "Kutaisi scrapped the wine evening": a public body's show
    generic = lexicons.get(cls + "_generic")
    generic_head = bool(generic) and (in_lexicon(token, generic) or _ends_with_multiword(head_words, generic))  # "water fights"
    if generic_head and _privately_hosted(token):
        return False  # "the company's Christmas party": a private event
    if generic_head:  # "events related to Independence Day": the phrase names one
        named = [t for t in token.subtree if t.i != token.i and not month_as_date(t)]  # not "the fair, cancelled in March"
        if any(in_lexicon(t, words) for t in named) or _has_multiword(" ".join(t.lower_ for t in named), words):
            return True
        if cls == "celebration" and any(native_fest_name(t) for t in named if t.dep_ == "pobj"):
            return True  # "the bullfights of the Feria de Julio": a festival named in its own language
        if cls == "celebration" and any(named_celebration(t) for t in named if t.pos_ == "PROPN" and t.i < token.i):
            return True  # "this year's Kuomboka ceremony", "Ibalong street dancing": a name the document gives a celebration
        if _named_by_a_holiday(token):
            return True  # "Canada Day events", "the city's Miners' Day concert", "their Navy Day shows"
        if dated_on_a_holiday(token) or held_on_a_holiday(token):
            return True  # "the November 11 concert", "mass gatherings on Independence Day", "the rally planned for 8 December"
        return _celebration_of_the_document(token, named, lexicons)
    return False


def _name_with_of(token: Token, words: frozenset[str]) -> bool:
    """Is the head with its of-phrase a name of the lexicon ("the Cry of Independence", "the Day of the Dead")?"""
    doc = token.doc
    return any(
        doc[token.i : end + 1].text.lower() in words  # "the running of the bulls over the heatwave": the name ends at its head
        for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" for end in (g.right_edge.i, g.i)
    )


def _named_by_a_holiday(noun: Token) -> bool:
    """Do the words before a generic event noun hold a holiday's name as written ("their Navy Day shows", "the
    city's Miners' Day concert"; lexicons/holiday_name.txt)? Only before it: "a concert in Canada Day Park" is a venue."""
    before = " " + " ".join(noun.doc[noun.left_edge.i:noun.i].text.lower().replace("-", " ").split()) + " "  # "pancake-week fairs"
    return any(f" {name} " in before for name in lexicon("holiday_name"))


def _privately_hosted(token: Token) -> bool:
    """Is the event noun owned by a firm or its staff ("the company's Christmas party", "office parties"), or
    called off by one ("Company Cancels Christmas Party")?"""
    hosts = lexicon("private_host")
    return any(t.i < token.i and t.dep_ in ("poss", "compound") and in_lexicon(t, hosts) for t in token.subtree) or _called_off_by(token, hosts) or _promoter_show(token)


def _promoter_show(token: Token) -> bool:
    """Is the event noun called off by a promoter of no celebration ("the promoter of a concert by a pop singer
    cancelled the Friday show"; not "Promoters of the whale festival cancelled this year's edition")?
    lexicons/show_promoter.txt."""
    return _called_off_by(token, lexicon("show_promoter")) and not any(
        in_lexicon(g, lexicon("celebration")) for c in token.head.children if c.dep_ == "nsubj" for g in prep_objects(c, {"of"})
    )


def _for_a_business_audience(token: Token) -> bool:
    """Is the event held for a firm's guests ("the gala dinner for investors", "a reception for clients")?"""
    return any(in_lexicon(g, lexicon("business_audience")) for g in prep_objects(token, {"for"}))


def _called_off_by(token: Token, hosts: frozenset[str]) -> bool:
    """The subject of the verb whose object the event noun is ("the firm cancelled its party") is one of ``hosts``, or
    the agent of the verb whose passive subject it is ("the concert was cancelled by its promoter")."""
    agents = [o for p in token.head.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"] if token.dep_ == "nsubjpass" else []
    return any(in_lexicon(a, hosts) for a in agents) or (token.dep_ == "dobj" and any(c.dep_ == "nsubj" and in_lexicon(c, hosts) for c in token.head.children))


def _explained_by_apposition(token: Token, cls: str, lexicons: dict[str, frozenset[str]]) -> bool:
    """A name the aside after it puts in ``cls``: "the Adloyada, its Purim street parade"."""
    return token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.i > token.i and has_class(c, cls, lexicons) for c in token.children)


def name_extent(token: Token) -> tuple[int, int]:
    """``(start, end)`` of the proper name at ``token``: its compounds, and connectors inside a name
    ("Mocimboa da Praia", "Deir ez-Zor", "Bint Jbeil")."""
    doc = token.doc
    start = min([token.i] + [c.left_edge.i for c in token.children if c.dep_ == "compound" and c.i < token.i])
    if start >= 1 and doc[start].text.islower() and doc[start].lower_ in lexicon("name_connector") and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1  # "Praia" of "Mocímboa da Praia district": its connector leads back to the name's first word
    end = token.i + 1
    while end + 1 < len(doc) and doc[end].lower_ in lexicon("name_connector") and doc[end + 1].text[:1].isupper():
        if is_calendar_name(doc[end + 1].text):
            break  # "Goma on Friday": when, not more of the name
        end += 2
    return start, end


def _names_state(name: str) -> bool:
    """Is ``name`` a state's name to its end ("Russia", "Soviet Union", "United States"; not "Ukraine Defense Contact Group")?"""
    return any(n.kind == "state" and end == len(name) for _, end, n in places.find(name, "sides"))


def specific_class(token: Token, cls: str, lexicons: dict[str, frozenset[str]]) -> bool:
    """Does a phrase entry of ``cls`` name the phrase headed by ``token`` ("observation post" is a position,
    whatever "post" alone may be)?"""
    words = lexicons.get(cls)
    if not words:
        return False
    span = phrase(token)
    head = [t.lower_ for t in span if t.i < token.i]
    return any(_has_multiword(" ".join(head[i:] + [form]), words) for i in range(len(head)) for form in (token.lower_, token.lemma_.lower()))


def _misread_last_word(token: Token, span: Span, words: frozenset[str]) -> bool:
    """A multiword entry whose last word the parser hung on the word before it ("the harvest fair": "fair" a
    postposed adjective; "the tree lighting": "lighting" a participle) or on the verb above ("cancelled the village
    fair", "will do without the county fair": "fair" an object complement or an adverbial clause): the word just
    after ``token``, hung on it or on one of the two words above it, ends the entry."""
    if token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    above = {token.i, token.head.i, token.head.head.i}
    if after.head.i not in above or after.dep_ not in _MISREAD_LAST_DEPS or after.pos_ not in ("ADJ", "VERB"):
        return False
    return _ends_with_multiword(" ".join([t.lower_ for t in span if t.i <= token.i] + [after.lower_]), words)


_MISREAD_LAST_DEPS = {"amod", "acl", "oprd", "acomp", "advcl", "advmod", "xcomp"}


def _ends_with_multiword(text: str, words: frozenset[str]) -> bool:
    """Does ``text`` end with a multiword entry of ``words``: the phrase's head is its last word."""
    low = _spaced(text)
    return any(" " in w and low.endswith(f" {w} ") for w in words)


def _has_multiword(text: str, words: frozenset[str]) -> bool:
    low = _spaced(text)
    return any(" " in w and f" {w} " in low for w in words)


def _spaced(text: str) -> str:
    """``text`` lower-cased, one space between words and one at each end, hyphens rejoined ("torch - lighting":
    the tokenizer split the hyphen)."""
    return " " + " ".join(text.lower().split()).replace(" - ", "-") + " "
