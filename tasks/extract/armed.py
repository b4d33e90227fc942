"""Is a phrase an armed actor? Troops, units, named formations, ranked officers, members of a force
("hundreds of soldiers"), and the groups of the sides data.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.armed_mission import armed_mission
from tasks.extract.backed_collective import state_collective
from tasks.extract.civilian_crew import civilian_crew
from tasks.extract.force_carriers import carries_a_force
from tasks.extract.force_roles import force_role
from tasks.extract.patterns import lexicon
from tasks.extract.ranked_surname import ranked_surname
from tasks.extract.ranks import ranked_person
from tasks.extract.surrender_channel import channel_caller
from tasks.extract.tree import in_lexicon, name_text, prep_objects
from tasks.extract.unit_names import compass_command, designated_company, designated_formation
from tasks.extract.war_epithet import enemy_state_epithet
from tasks.normalize import places


def is_leader(token: Token, label: str | None = None) -> bool:
    """A leader's name ("Putin", "Ashraf Ghani"): a person who stands for a side (people.jsonl); for a
    SURRENDER (``label``), not one named with a military rank ("Field Marshal Friedrich Paulus surrendered at
    Stalingrad": a commander who gives himself and his force up; "General Haftar fled Benghazi" stays a person)."""
    if token.pos_ != "PROPN" or (label == "SURRENDER" and (ranked_person(token) or ranked_surname(token))):
        return False
    found = places.find(name_text(token), "sides")
    return bool(found) and all(n.person for _, _, n in found)


def _homograph_as_noun(token: Token) -> bool:
    """An armed word that is also an adjective, used as the noun ("a Russian private", "one private", "two
    privates", "Private Sorokin"; lexicons/armed_homograph.txt), not "in private"."""
    nominal = token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr")  # "The private withdrew": tagged JJ
    return nominal and (
        token.tag_ in ("NNS", "NNPS")
        or any(c.dep_ in ("det", "nummod", "poss", "amod", "compound") for c in token.children)
        or (token.dep_ == "compound" and token.head.pos_ == "PROPN")
    )


def is_armed(token: Token, lexicons: dict[str, frozenset[str]], depth: int = 0) -> bool:
    """Is the phrase headed by ``token`` an armed actor?

    The head decides ("troops", "garrison", "Isis"); a word of quantity or
    membership ("members", "hundreds", "personnel") is armed when what it
    counts is ("hundreds of soldiers", "Isis members", "military personnel").
    """
    words = lexicons["armed"]
    lemma = token.lemma_.lower()
    if in_lexicon(token, lexicons["armed_homograph"]) and not _homograph_as_noun(token):
        return False  # "held in private", "a private company": not a soldier
    if civilian_crew(token):
        return False  # "the crew of the cargo ship", "the trawler's crew": no force
    if _police_owned(token):
        return False  # "the armoured vehicles of the riot police": a police force's, no army's
    if _of_performers(token):
        return False  # "a squad of re-enactors threw down their rifles": a battle played, no force
    if _police_member(token, lexicons["armed"]):
        return False  # "police officers refused to patrol": members of a police force, no army's
    if lemma == "force" and any(c.dep_ == "poss" and in_lexicon(c, lexicon("loyalist_civil_modifier")) for c in token.children):
        return False  # "a \"regrouping\" of the party's forces ahead of the vote": a party's, a club's (WordNet force.n.04), no army
    if in_lexicon(token, words) or enemy_state_epithet(token):
        return True  # "troops", "Isis"; "Ukrainian nationalists" in the words of the state at war with Ukraine
    compounds = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
    if compounds and any(" ".join([c.lower_ for c in compounds[-1:]] + [head]) in words for head in (lemma, token.lower_)):
        return True  # "service members"; "armoured vehicles", an entry in the plural
    if armed_mission(token):
        return True  # "the peacekeeping mission", "the last French convoy"
    if force_role(token):
        return True  # "combat advisers", "military trainers", "the last US combat convoy"
    if depth < 2 and carries_a_force(token, lambda t: is_armed(t, lexicons, depth + 1)):
        return True  # "the first SANDF convoys", "buses carrying fighters"; not "buses carrying civilians"
    if channel_caller(token):
        return True  # "callers to the surrender hotline have surrendered": soldiers who rang it
    if designated_formation(token) or designated_company(token) or compass_command(token):
        return True  # "Army Group B", "Task Force 88", "Bravo Company"; "the Northeastern Command"
    if state_collective(token, lambda c: in_lexicon(c, words)):
        return True  # "Turkish-backed factions", "the US-led coalition", "Ukrainian formations"
    if _ranked_in_force(token, compounds, words) or (depth < 2 and _rank_of_force(token, lexicons, depth)):
        return True  # "an army captain", "a navy lieutenant"; "a captain from Light Infantry Battalion 345"
    if ranked_person(token) or (depth < 2 and token.pos_ in ("PROPN", "NOUN") and any(c.dep_ == "appos" and c.i > token.i and is_armed(c, lexicons, depth + 1) for c in token.children)):
        return True  # "General Arthur Percival"; "Paulus, commander of the Sixth Army"; "Volunteers for the Defence of the Homeland, the army's auxiliaries"
    if ranked_surname(token):
        return True  # "Percival surrendered Singapore", after "Lieutenant-General Arthur Percival"
    if depth < 2 and token.pos_ in ("NOUN", "PROPN") and _serving_in_force(token, lexicons, depth):
        return True  # "conscientious objectors serving in a reserve tank unit": members of the force they serve in
    name = _flat_name(token) if token.pos_ == "PROPN" else token.text
    if any(n.kind in ("group", "mission") for _, _, n in places.find(name, "sides")):  # "MONUSCO": a mission's force
        return True
    if depth < 2 and (in_lexicon(token, lexicon("member")) or in_lexicon(token, lexicon("hired_member")) or token.like_num or token.pos_ == "NUM"):
        hired = in_lexicon(token, lexicon("hired_member"))
        for child in token.children:
            if hired and in_lexicon(child, lexicon("hired_member_employer_word")):
                continue  # "US military contractors", "defence contractors": civilians a force hires, not "Wagner Group contractors"
            if child.dep_ in ("compound", "amod", "nmod") and (in_lexicon(child, words) or is_armed(child, lexicons, depth + 1)):
                return True
            if child.dep_ == "prep" and (child.lower_ in ("of", "from") or (child.lower_ == "in" and token.like_num)):
                # "one in five soldiers"; "men from his battalion": drawn from a force, members of it
                if any(is_armed(g, lexicons, depth + 1) for g in child.children if g.dep_ == "pobj"):
                    return True
            if child.dep_ == "poss" and _commands(child, token, lexicons, depth):
                return True
    return False


def _serving_in_force(token: Token, lexicons: dict[str, frozenset[str]], depth: int) -> bool:
    """A participle of serving (lexicons/enlist_verb.txt) on the noun, whose "in" or "with" names a force: "objectors
    serving in a reserve tank unit", "men serving with Wagner" (not "volunteers serving with the Red Cross")."""
    verbs = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in lexicon("enlist_verb")]
    return any(is_armed(g, lexicons, depth + 1) for v in verbs for g in prep_objects(v, lexicon("prep_serve_ranks")))


def _police_owned(token: Token) -> bool:
    """What a police force owns or fields ("the armoured vehicles of the riot police", "the police's trucks"):
    a force that is no army's (lexicons/police_force.txt)."""
    owners = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in token.children if c.dep_ == "poss"]
    return any(in_lexicon(o, lexicon("police_force")) for o in owners)


def _of_performers(token: Token) -> bool:
    """A unit word whose of-phrase names people who only play soldiers ("a squad of re-enactors", "a platoon of
    extras": lexicons/staged_performer.txt); a hyphenated word the parser split is read whole ("re - enactors")."""
    words = lexicon("staged_performer")
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        members = [g for g in prep.children if g.dep_ == "pobj"]
        if any(in_lexicon(m, words) for m in members) or "".join(m.lower_ for m in members) in words:
            return True
    return False


def _police_member(token: Token, words: frozenset[str]) -> bool:
    """A member or unit named with a police force before it ("police officers", "riot police units"): a police
    force's (lexicons/police_force.txt), not an army's; not "military police officers", whose force (armed.txt
    "military police") is a branch of an army."""
    mods = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
    police = [c for c in mods if c.lower_ in lexicon("police_force")]
    before = {m.i: m for p in police for m in (*mods, *p.children)}
    return bool(police) and not any(p.i - 1 in before and f"{before[p.i - 1].lower_} {p.lower_}" in words for p in police)


def _ranked_in_force(token: Token, compounds: list[Token], words: frozenset[str]) -> bool:
    """A rank or title named with its force before it ("an army captain", "a navy major"): a member of it."""
    return token.lower_ in lexicon("person_title") and any(in_lexicon(c, words) for c in compounds)


def _rank_of_force(token: Token, lexicons: dict[str, frozenset[str]], depth: int) -> bool:
    """A military rank that is also a civil title ("captain", "major") placed in a force by the phrase after it
    ("a captain from Light Infantry Battalion 345", "a major of the 33rd Division", "a captain in the army"): a
    member of it; not "the captain of the ferry company", "a major from the city council"."""
    if token.lower_ not in lexicon("military_rank"):
        return False
    return any(
        is_armed(g, lexicons, depth + 1)
        for p in token.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_member_of")
        for g in p.children if g.dep_ == "pobj"
    )


def _commands(owner: Token, members: Token, lexicons: dict[str, frozenset[str]], depth: int) -> bool:
    """ "the general's men", "the militia's men", "the commander ordered his men": whose men they are is
    a commander or an armed group, named or the subject of the verb whose object they are."""
    if owner.pos_ == "PRON":
        owner = _subject_above(members)
        if owner is None or owner.pos_ == "PRON":
            return False
    return in_lexicon(owner, lexicons["commander"]) or is_armed(owner, lexicons, depth + 1)


def _subject_above(token: Token) -> Token | None:
    """The subject of the nearest verb above ``token`` that is not ``token``'s own phrase: "the commander
    ordered his men", "a commander said several of his men had refused", or the possessor of a report noun ("the
    general's admission that his men had fled"): who "his" stands for."""
    inside = {a.i for a in token.ancestors} | {token.i}
    for verb in token.ancestors:
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in lexicon("cue_report_noun"):
            speaker = next((c for c in verb.children if c.dep_ == "poss" and c.i not in inside), None)
            if speaker is not None:
                return speaker  # "the general's admission that his men had fled": the one who admits it
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in inside]
        if subjects:
            return subjects[0]
    return None


def _flat_name(token: Token) -> str:
    """A multiword name at ``token`` with every word the parser hung before it ("the Azawad Liberation Front":
    "Azawad" under "Liberation"; "the March 23 Movement": "March" a modifier, "23" under it), as written."""
    parts, todo = [token], [token]
    while todo:
        kids = [c for c in todo.pop().children if c.dep_ in ("compound", "nmod", "nummod", "punct") and c.i < token.i]
        parts += kids
        todo += kids
    first = min(t.i for t in parts)
    return token.doc[first : token.i + 1].text if all(t.i in {p.i for p in parts} for t in token.doc[first : token.i]) else name_text(token)


def named_firm(token: Token, lexicons: dict[str, frozenset[str]]) -> bool:
    """A business noun (lexicons/business_noun.txt) that no armed reading takes ("the mining company", "the security
    firm", "the bank"): the bare "company" only with a word before it, as "the company" in a war story may be a unit."""
    if not in_lexicon(token, lexicons["business_noun"]) or is_armed(token, lexicons):
        return False
    return token.lemma_.lower() != "company" or any(c.dep_ in ("compound", "amod") and c.i < token.i for c in token.children)
