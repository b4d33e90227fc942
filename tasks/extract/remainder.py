"""Who "others" are: the rest of the group a clause before names ("dozens of soldiers were killed and others fled"),
or the lines before ("About forty Malian soldiers were captured. The rest fled");
and whether "thousands more" are the rest of a force named in the lines before ("tens of thousands of soldiers had
surrendered. Thousands more gave themselves up"), and "dozens of them" a part of it."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def remainder_antecedent(token: Token) -> Token | None:
    """The subject, earlier in the sentence, of the group whose rest ``token`` ("others") stands for; None for any other token."""
    if token.lower_ not in lexicon("pronoun_remainder") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    earlier = [t for t in token.sent if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PRON")]
    return earlier[-1] if earlier else None


def rest_of_a_group_before(token: Token) -> bool:
    """ "Others fled", "The rest fled" as a subject with no group before it in its sentence and no of-phrase: the
    rest of a group the lines before name ("About forty Malian soldiers were captured. The rest fled"), as "they"."""
    if token.lower_ not in lexicon("pronoun_remainder") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return remainder_antecedent(token) is None and not any(c.dep_ == "prep" for c in token.children)


def companions(token: Token) -> bool:
    """ "others" conjoined after a personal pronoun, "he and four others": the pronoun's companions, whoever he is."""
    return token.lower_ in lexicon("pronoun_remainder") and token.dep_ == "conj" and token.head.pos_ == "PRON" and token.head.lower_ in lexicon("pronoun_personal")


def count_of_more(token: Token) -> bool:
    """ "Thousands more", "scores more", "300 more" as a subject: a count followed by a word of addition, the rest
    of a group named before it."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    count = token.pos_ == "NUM" or token.lemma_.lower() in lexicon("member") or token.lower_ in lexicon("member")
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return count and following is not None and following.lower_ in lexicon("remainder_more")


def count_of_them(token: Token) -> bool:
    """ "Dozens of them", "more than 2,000 of them" as a subject: a count of a group "them" refers back to (a force
    named in the lines before, as for "they")."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    count = token.pos_ == "NUM" or token.lemma_.lower() in lexicon("member") or token.lower_ in lexicon("member")
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    return count and len(of) == 1 and any(o.dep_ == "pobj" and o.lower_ == "them" for o in of[0].children)


def part_of_plain_people(token: Token) -> bool:
    """ "Some of the men", "many of them": a partitive whose "of" phrase is plain people or a pronoun, read like
    "they" (who they are comes from the lines before); not "most of the fighters", which names its group."""
    phrases = [c for c in token.children if c.dep_ == "prep"]
    return all(p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in lexicon("person_plain") for o in p.children) for p in phrases)


def count_beside_a_force(token: Token, armed: Callable[[Token], bool]) -> bool:
    """ "Invaders Flee From Balakliia, Dozens Surrender In Izium Region": a bare count ("dozens", "300") as the subject
    of a clause conjoined to one whose subject is a force, a part of that force (not "Fans flee stadium, dozens ...")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "conj" or any(c.dep_ == "prep" for c in token.children):
        return False
    if not (token.pos_ == "NUM" or token.lemma_.lower() in lexicon("member") or token.lower_ in lexicon("member")):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and armed(c) for c in token.head.head.children)


def bare_count(token: Token) -> bool:
    """ "Dozens surrender near Kidal", "Dissidents surrender in Cauca": a plural noun of number or membership
    (member.txt) as a subject, with no of-phrase, compound or possessor saying whose: who they are is the story's."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN") or not token.lower_.endswith("s"):
        return False
    if token.lemma_.lower() not in lexicon("member") and token.lower_ not in lexicon("member"):
        return False
    return not any(c.dep_ in ("prep", "compound", "poss", "nmod", "amod", "nummod") for c in token.children)


def lead_names_force(offset: int, context) -> bool:
    """Is ``offset`` in the headline, and does the story's first line of text (its lead) name an armed actor?
    A headline's bare count ("Dissidents surrender in Cauca") stands for whom the lead tells of ("Eleven members
    of a dissident faction ... surrendered to the army")."""
    start, end = context.headline
    if not start <= offset <= end:
        return False
    rest = context.text[end:]
    body = len(rest) - len(rest.lstrip())
    if not rest.strip():
        return False
    lead_end = end + body + len(rest.lstrip().split("\n", 1)[0])
    return context.armed_before(lead_end)
