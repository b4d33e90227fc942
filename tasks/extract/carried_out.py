"""A promise kept in the same sentence: "agreed to surrender and did so"."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.entities import entity_type
from tasks.extract.patterns import lexicon


def kept_in_deed(governor: Token, infinitive: Token) -> bool:
    """Does a past verb conjoined to the promise or to its infinitive, with no subject or auxiliary of its
    own, tell what was then done ("agreed to surrender and did so at dawn", "agreed to surrender and handed
    over its positions", "and laid down its arms")? The promise was kept: the event happened."""
    return bool(_deeds(governor, infinitive))


def arranged_and_done(verb: Token, came_by: str, came_from: Token) -> bool:
    """An event noun as the object of a past verb of arranging (lexicons/verb_arrange.txt) with a past deed conjoined
    ("several officers negotiated their surrender and handed over weapons depots", "brokered the surrender of his men
    and led them out"): the arranged event was carried out. Not "were negotiating their surrender" (no deed), nor
    "negotiated its surrender but then demanded guarantees" (no deed of giving up: lexicons/deed_verb.txt)."""
    return came_by == "dobj" and verb.tag_ == "VBD" and verb.lemma_.lower() in lexicon("verb_arrange") and kept_in_deed(verb, came_from)


def arranged_for(verb: Token, came_by: str, came_from: Token) -> bool:
    """A simple past of arranging with a "for"-clause of its own ("a priest arranged for them to hand themselves over
    at a school"): the arrangement was made and tells the act it arranged. Not with a time ahead on the act ("arranged
    for the troops to leave next month"), nor "is arranging for", "will arrange for"."""
    return (
        verb.tag_ == "VBD" and verb.lemma_.lower() in lexicon("verb_arrange") and came_by in ("advcl", "xcomp", "ccomp")
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in came_from.children)
        and not any(_time_ahead(t) for t in came_from.subtree)
    )


def _deeds(governor: Token, infinitive: Token) -> list[Token]:
    return [
        c for c in (*governor.children, *infinitive.children)
        if c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") and c.i > infinitive.i and not _own_subject_or_aux(c)
        and c.lemma_.lower() in lexicon("deed_verb")  # not "agreed to withdraw and demanded guarantees"
    ]


def kept_deeds(infinitive: Token) -> list[Token]:
    """The past verbs that tell a promise's infinitive was carried out (``kept_in_deed``): "agreed to surrender and
    did so in Marawi", where the deed's place is the event's."""
    return _deeds(infinitive.head, infinitive) if infinitive.dep_ == "xcomp" else []


def _own_subject_or_aux(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def kept_in_captivity(governor: Token) -> bool:
    """Is the promise the complement of "after" on a past verb of being taken captive ("was taken captive after
    agreeing to lay down its weapons", "were detained after agreeing to surrender")? The captivity that followed
    tells the promise was kept. Only a promise to surrender (realis.py asks it for SURRENDER rules): "were arrested
    after agreeing to withdraw their troops" says nothing of a withdrawal."""
    after = governor.head
    if governor.dep_ != "pcomp" or after.lower_ != "after" or after.dep_ != "prep":
        return False
    verb = after.head
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    captive = any(c.dep_ in ("oprd", "dobj", "attr") and c.lemma_.lower() in lexicon("captive_noun") for c in verb.children)
    return captive or verb.lemma_.lower() in lexicon("capture_verb")


def announced_then_done(participle: Token) -> bool:
    """ "The pullout of US troops from Niger, announced by the Pentagon in April, was completed in August": a
    reporting participle set off by a comma on an event noun that is the subject of a verb of completing or
    starting (lexicons/verb_complete.txt) says who announced the plan; the writer states that it was carried out."""
    noun = participle.head
    return (
        participle.dep_ == "acl" and participle.i > 0 and participle.doc[participle.i - 1].text == ","
        and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in lexicon("verb_complete")
    )


def capitulation_agreed(governor: Token, infinitive: Token) -> bool:
    """Is the promise a capitulation made by agreeing to it ("Karabakh forces agree to lay down arms", "the
    garrison agreed to surrender", "have agreed to give themselves up")? A force that agrees to give up has given
    up; realis.py asks it for SURRENDER rules only ("agreed to withdraw" is still a promise). Not with a modal on
    the agreeing ("would agree to surrender"), a deadline or a time ahead on the act ("to lay down their arms
    within 30 days", "next month"), nor a hand-over of weapons or posts agreed ("agreed to hand over their heavy
    weapons"): those are later acts."""
    if governor.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(c.tag_ == "MD" for c in governor.children):
        return False
    if governor.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in governor.children):
        return False
    lemma = infinitive.lemma_.lower()
    if infinitive.dep_ != "xcomp" or lemma not in lexicon("capitulation_verb"):
        return False
    if not _idiom_of_giving_up(infinitive, lemma):
        return False
    return not any(_time_ahead(t) for t in infinitive.subtree)


def _time_ahead(token: Token) -> bool:
    """ "next", "tomorrow", or a deadline preposition with a date ("within 30 days", "by the end of the year"); not
    "by" of an agent ("a deal brokered by Russian peacekeepers")."""
    if token.lower_ not in lexicon("future_time_word"):
        return False
    if token.pos_ != "ADP":
        return True
    return any(g.dep_ == "pobj" and entity_type(g) in ("DATE", "TIME") for g in token.children)


def _idiom_of_giving_up(verb: Token, lemma: str) -> bool:
    """ "surrender" or "capitulate" with no object, "lay down (their) arms", "give themselves up", "give up"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    particle = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma == "lay":
        return "down" in particle and any(o.lemma_.lower() in lexicon("arms_word") for o in objects)
    if lemma == "give":  # "give themselves up", and "give up" with no object ("agreed to give up after elders negotiated")
        return "up" in particle and (not objects or any(o.lower_.endswith(("self", "selves")) for o in objects))
    return not objects


def order_obeyed(order: Token, infinitive: Token) -> bool:
    """Is an order followed by a conjunct with its own subject that says it was carried out ("ordered the army to
    lay down its arms, and most units did", "and the garrison complied": lexicons/compliance_verb.txt)? The ordered
    event then happened. Not "and they did not", "but none did" (no one complied), nor a conjunct that carries on
    with an act of its own ("and they did their best to hold": an object other than "so", "it" or "that"), nor one more
    party giving the order ("and the United Nations did too": lexicons/additive_adverb.txt), nor "and few did"
    (lexicons/quantifier_scant.txt)."""
    return any(
        c.dep_ == "conj" and c.i > infinitive.i and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in lexicon("compliance_verb")
        and any(s.dep_ == "nsubj" and s.lower_ not in lexicon("pronoun_negative") and not any(d.lower_ in lexicon("determiner_negative") for d in s.children) and not _scant(s) for s in c.children)
        and not any(d.dep_ == "neg" or (d.dep_ == "advmod" and d.lower_ in lexicon("additive_adverb")) for d in c.children)
        and not any(d.dep_ == "dobj" and d.lower_ not in ("so", "it", "that") for d in c.children)
        for c in order.children
    )


def _scant(subject: Token) -> bool:
    """ "few did", "few of the soldiers complied", "few units did": a negative quantifier with no "a" before it (not
    "a few did")."""
    words = lexicon("quantifier_scant")
    for word in [subject, *(c for c in subject.children if c.dep_ in ("amod", "det", "nummod"))]:
        if word.lower_ in words and not any(d.lower_ == "a" for d in word.children) and not (word.i > 0 and word.doc[word.i - 1].lower_ == "a"):
            return True
    return False


def ordered_in_surrender(order: Token) -> bool:
    """Is the order given by one who surrenders in the same breath ("announced that the government was surrendering
    unconditionally and ordered the army to lay down its arms", "capitulated and ordered his men to give themselves
    up")? The leader's surrender, with the order that carries it out, is the event (ontology: SURRENDER); an order
    alone ("ordered the Kurds to surrender") stays a demand. The surrender must be told as past and unhedged: not
    "would surrender", "refused to surrender", "did not surrender"."""
    beside = [order.head] if order.dep_ == "conj" else []
    beside += [c for c in order.children if c.dep_ == "conj"]
    return any(_gave_up(v) for v in beside)


def _gave_up(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in lexicon("capitulation_verb"):
        return False
    if lemma in ("lay", "give") and not _idiom_of_giving_up(verb, lemma):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.tag_ != "WDT" for c in verb.children):
        return False  # not "surrendered their passports"; the "that" of "announced that ..." may be hung on it as an object
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" for c in verb.children) or any(c.tag_ == "MD" or c.lower_ == "to" for c in helpers):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ in ("VBG", "VBN") and bool(helpers) and all(c.tag_ == "VBD" or c.lemma_ == "have" for c in helpers)
