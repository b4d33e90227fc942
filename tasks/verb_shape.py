"""Two spaCy components that find the verb of a headline, before the lemmatizer runs.

``sitrep_headline_verb``: a verbless headline is parsed again with a stand-in verb in its verb's slot
(below, ``HEADLINE_NAME``). ``sitrep_verb_shape``: a root the tagger called a noun is a verb when the parser
gave it a subject and a direct object.

Headlines drop the words that tell a verb from a noun ("Israeli Troops Exit Jenin", "Army Quits Base"):
the tagger calls the verb a noun while the parser still gives it a subject and a direct object. A
word at the root of its sentence with both is a verb in any reading, so the component says so before
the lemmatizer runs (its lemma is then the verb's: "quits" -> "quit"). Everything else is left alone.
"""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.attrs import DEP, HEAD, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tasks.extract.patterns import lexicon
from tasks.headline_clauses import comma_clauses

NAME = "sitrep_verb_shape"


@Language.component(NAME)
def verb_shape(doc: Doc) -> Doc:
    for token in doc:
        if root_with_subject_and_object(token) or verb_of_a_relative_clause(token):
            token.pos_ = "VERB"
            token.tag_ = "VBZ" if token.lower_.endswith("s") else "VBP"
        elif bare_infinitive_with_subject_and_object(token):
            token.pos_ = "VERB"
            token.tag_ = "VB"
        elif event_noun_read_as_adjective(token):
            token.pos_, token.tag_, token.dep_ = "NOUN", "NN", "dobj"
            token.set_morph("Number=Sing")
        elif plan_read_as_verb(token):
            token.pos_, token.tag_ = "NOUN", "NNS"
            token.set_morph("Number=Plur")  # the lemmatizer's plural: "plan"
            token.doc[token.i - 1].dep_ = "compound"
    return doc


def plan_read_as_verb(token: Token) -> bool:
    """ "AUSSOM Drawdown Plans and the Ethiopian Question": the plural of a plan noun (lexicons/plan_noun.txt) read as
    the verb of an event noun just before it is the noun the event noun qualifies (a plan, no event)."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        token.tag_ == "VBZ" and token.lower_.endswith("s") and token.lower_[:-1] in lexicon("plan_noun")
        and before is not None and before.head == token and before.dep_ in ("advmod", "npadvmod", "nsubj", "compound")
        and any(before.lower_ in lexicon(name) for name in _EVENT_NOUNS)
    )


_EVENT_NOUNS = ("trigger_retreat_noun", "trigger_departure_noun", "trigger_surrender_noun", "trigger_cancel_noun")


def event_noun_read_as_adjective(token: Token) -> bool:
    """ "TPLF Announces Pullback From Amhara", "Army Denies Retreat From Babanusa": an event noun of the rules the
    tagger called an adjective complement or a bare verb in the object's slot is the verb's object (the event nouns
    have no adjective reading, and a bare verb is no object)."""
    shape = (token.tag_ == "JJ" and token.dep_ in ("acomp", "dobj")) or (token.tag_ == "VB" and token.dep_ == "dobj")  # "IDF Completes Pullback/JJ/dobj"
    return shape and token.head.pos_ in ("VERB", "AUX") and any(token.lower_ in lexicon(name) for name in _EVENT_NOUNS)


def bare_infinitive_with_subject_and_object(token: Token) -> bool:
    """ "helped a US-led coalition push Isis out of the east": a noun that completes a verb with a subject and a
    direct object of its own is the verb's bare infinitive (a noun takes neither)."""
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "NOUN" and token.dep_ in ("ccomp", "xcomp") and token.head.pos_ == "VERB" and "nsubj" in deps and "dobj" in deps


def root_with_subject_and_object(token: Token) -> bool:
    """ "Israeli Troops Exit Jenin": a noun at the root with a subject and a direct object."""
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and "nsubj" in deps and "dobj" in deps


def verb_of_a_relative_clause(token: Token) -> bool:
    """ "Soldiers who desert face jail": a noun heading a relative clause whose subject is its relative pronoun."""
    return token.pos_ == "NOUN" and token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in token.children)


def verb_in_noun_slot(token: Token) -> bool:
    """A rule's verb that is also a noun ("desert", "deserts"), tagged a noun right after an infinitive's "to" or a
    relative pronoun, or heading a clause with its subordinator, where only a verb fits ("to desert", "who deserts",
    "unless the garrison surrenders"; not "to the desert")."""
    if token.pos_ != "NOUN" or token.i == 0 or token.dep_ == "relcl":
        return False  # a relative clause's noun head is the verb shape's (verb_of_a_relative_clause)
    if token.dep_ in ("compound", "amod"):
        return False  # "fled to desert hideouts", "responded to surrender demands": a noun before a noun
    word = token.lower_
    if word not in lexicon("verb_noun_homograph") and not (word.endswith("s") and word[:-1] in lexicon("verb_noun_homograph")):
        return False
    before = token.doc[token.i - 1]
    marked = token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children)  # "unless the garrison surrenders"
    return before.lower_ == "to" or before.tag_ in ("WP", "WDT") or marked


def add_to(nlp: Language) -> Language:
    """``nlp`` with the components just before its lemmatizer (or last), once: the headline's verb
    found first, then the verb shape."""
    for name in (HEADLINE_NAME, NAME):
        if name not in nlp.pipe_names:
            before = {"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}
            nlp.add_pipe(name, **before)
    return nlp


# A verbless headline (no full stop at its end): "Russian Conscripts Desert Units In Kherson" parses as one long noun phrase
# ("desert units"), "Kyiv Scraps Independence Day Parade" as a root without a subject ("Kyiv/ADJ amod").
# Nothing tells the parser the verb is one; a word it never reads as a noun in that slot does. The
# line is parsed again with that stand-in in the verb's place, and if the stand-in comes out the root,
# a verb with a subject, the line takes the new parse (the words are its own; only the annotation changes).
HEADLINE_NAME = "sitrep_headline_verb"
STAND_IN = {"VBP": "leave", "VBZ": "leaves"}  # the stand-in verb, by agreement: a mechanism, not a word list
NOUN_STAND_IN = "people"  # a plural noun the parser reads as a subject before "to": a mechanism, not a word list
_PLURAL = {"NNS", "NNPS"}
_SINGULAR = {"NN", "NNP"}
_NOMINAL = {"NOUN", "PROPN"}


class VerbForms:
    """Which words are verb forms a headline uses ("desert", "scraps"), from the model's own lemmatizer tables."""

    def __init__(self, base: Iterable[str], rules: Iterable[tuple[str, str]], exceptions: dict[str, list[str]]):
        self.base = frozenset(base)
        self.rules = tuple((old, new) for old, new in rules if old.endswith("s"))
        self.exceptions = {form: lemmas for form, lemmas in exceptions.items() if form.endswith("s")}

    @classmethod
    def of(cls, nlp: Language) -> VerbForms | None:
        if "lemmatizer" not in nlp.pipe_names:
            return None
        lookups = nlp.get_pipe("lemmatizer").lookups
        if not all(lookups.has_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")):
            return None
        return cls(
            lookups.get_table("lemma_index").get("verb", ()),
            lookups.get_table("lemma_rules").get("verb", ()),
            lookups.get_table("lemma_exc").get("verb", {}),
        )

    def tag(self, lower: str) -> str | None:
        """VBP for a base form ("desert"), VBZ for a third person ("scraps", "axes"), else None."""
        if lower in self.base:
            return "VBP"
        if lower in self.exceptions or any(
            lower.endswith(old) and lower[: len(lower) - len(old)] + new in self.base for old, new in self.rules
        ):
            return "VBZ"
        return None


def ends_a_sentence(doc: Doc) -> bool:
    """``doc`` ends with a full stop (closing quotes aside): running text, which a headline never is."""
    return doc.text.rstrip().rstrip("\"'’”)").endswith(".")


def has_predicate(doc: Doc) -> bool:
    """Some sentence of ``doc`` has a verb with a subject at its root."""
    return any(
        s.root.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in s.root.children) for s in doc.sents
    )


def subject_of_a_later_root(token: Token) -> bool:
    """ "Malian soldiers desert as jihadists close in": the headline's verb, tagged a noun, taken for the
    subject of the verb of its "as" clause. Not a root that is an infinitive with its "to" ("US troops to leave Syria"):
    that is the headline's own verb, a future, and the noun before it its subject. The verb form may be tagged a verb
    and still hung as that subject ("Kyiv scraps Independence Day parade, holds quiet ceremony": "Kyiv" its modifier)."""
    later = token.head
    return (
        token.dep_ == "nsubj" and token.pos_ in ("NOUN", "VERB") and later.dep_ == "ROOT" and later.i > token.i + 1
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in later.children)
    )


def headline_verbs(doc: Doc, forms: VerbForms, is_place: Callable[[str], bool]) -> list[tuple[int, str]]:
    """``(index, tag)`` of each word that can be the verb of a verbless headline, the last first: a verb form
    (not a name) right after a word that can be its subject and agrees with it (a plural noun before "desert",
    a singular noun, a name or a place before "scraps", past an adverb: "Hundreds Reportedly Desert"; a lower-case "name" is none), not before "of"."""
    found = []
    for token in doc[1:]:
        before, after = next(t for t in reversed(doc[: token.i]) if t.pos_ != "ADV" or t.i == 0), doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.text[:1].isupper() or (after is not None and after.lower_ == "of"):
            continue
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("compound", "nsubj") and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue  # a verb with its subject already: "as missile threat grows" (not one hung as a noun's modifier)
        if has_own_infinitive(token):
            continue  # "UK troops to leave Afghanistan": the noun's infinitive is the headline's verb, a future
        tag = forms.tag(token.lower_)
        if tag is None:
            continue
        if tag == "VBP" and ((before.tag_ in _PLURAL and before.pos_ in _NOMINAL) or after_coordinated_names(doc, token.i)):
            found.append((token.i, tag))
        elif tag == "VBZ" and (
            (before.tag_ in _SINGULAR and before.pos_ in _NOMINAL) or (before.text[:1].isupper() and is_place(before.text))
        ):
            found.append((token.i, tag))
    ordered = _main_clause_first(doc, _after_a_plural_noun_first(doc, found[::-1]))
    return sorted(ordered, key=lambda f: not after_coordinated_names(doc, f[0]))  # "A and B shelve ...": that verb first


def coerces_infinitive_root(token: Token) -> bool:
    """ "Floods Force Port Macquarie To Cancel ...": a verb of coercing (``coerce_into_verb.txt``) or of ordering
    (``verb_order.txt``: "Russia Orders Troops To Withdraw From ...") tagged a noun before the subject of a root
    infinitive with its "to", which the parser read as the headline's future ("Port Macquarie to cancel")."""
    word, root = token.lower_, next((t for t in token.doc if t.dep_ == "ROOT"), None)
    coerce = lexicon("coerce_into_verb") | lexicon("verb_order")  # "Russia Orders Troops To Withdraw ...": an order, issued
    return (
        root is not None and root.i > token.i + 1 and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
        and any(c.dep_ == "nsubj" and c.i > token.i for c in root.children)  # not "UK forces to leave Syria": its subject
        and (word in coerce or (word.endswith("s") and word[:-1] in coerce))
    )


def after_coordinated_names(doc: Doc, i: int) -> bool:
    """ "Pskov and Kaluga shelve ...", "Lyon and Grenoble scrap ...": two capitalised names joined by "and" right before
    ``doc[i]``, a plural subject for a base verb form."""
    j = i - 1
    while j > 0 and doc[j].text[:1].isupper() and doc[j].lower_ != "and":
        j -= 1
    return j < i - 1 and j > 0 and doc[j].lower_ == "and" and doc[j - 1].text[:1].isupper()


def has_own_infinitive(token: Token) -> bool:
    """ "UK troops to leave Afghanistan": a word with an infinitive and its "to" right after it, hung on it."""
    return any(
        c.i == token.i + 2 and c.dep_ in ("relcl", "acl") and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def _after_a_plural_noun_first(doc: Doc, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "Malian soldiers desert bases": "bases" would have "soldiers desert" for its subject, a plural noun
    modifying the verb form before it, which headlines do not write; such candidates come last."""
    behind_a_plural = {i for i, _ in found if i >= 2 and doc[i - 2].tag_ in _PLURAL and doc[i - 2].pos_ in _NOMINAL}
    return [f for f in found if f[0] not in behind_a_plural] + [f for f in found if f[0] in behind_a_plural]


def verbs_after_a_comma(doc: Doc, forms: VerbForms) -> list[tuple[int, str]]:
    """``(index, tag)`` of each noun right after a comma that is a verb form agreeing like the root verb of ``doc``
    ("Afghans wave white flag, yield base to Taliban": "yield" after "wave")."""
    roots = [t for t in doc if t.dep_ == "ROOT" and t.pos_ == "VERB" and t.tag_ in STAND_IN]
    if not roots:
        return []
    return [
        (t.i, roots[0].tag_) for t in doc[2:]
        if doc[t.i - 1].text == "," and t.pos_ == "NOUN" and t.i > roots[0].i and forms.tag(t.lower_) == roots[0].tag_
    ]


def _main_clause_first(doc: Doc, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The candidates after a subordinator ("Congolese soldiers desert as M23 rebels close in") come last: the
    verb of an "as" clause is not the headline's."""
    markers = lexicon("marker_statement")
    subordinate = {i for i, _ in found if any(t.lower_ in markers for t in doc[:i])}
    return [f for f in found if f[0] not in subordinate] + [f for f in found if f[0] in subordinate]


def plural_read_as_verb(token: Token, forms: VerbForms) -> bool:
    """ "Tel Aviv scraps fireworks": a plural noun right after a headline's verb, tagged a third-person verb hung on
    it as its complement, though the model's own lemma tables know no verb of which it is a form: the verb's object."""
    head = token.head
    return (
        token.dep_ in ("ccomp", "xcomp") and head.i == token.i - 1 and head.pos_ == "VERB"
        and not any(True for _ in token.children) and no_verb_form(token, forms)
        and not any(c.dep_ == "dobj" for c in head.children)
    )


def no_verb_form(token: Token, forms: VerbForms) -> bool:
    """A word tagged a third-person verb ("fireworks") that the model's lemma tables know as no verb's form."""
    return token.tag_ == "VBZ" and token.lower_ not in forms.base and forms.tag(token.lower_) is None


def agrees(verb: Token, tag: str) -> bool:
    """A stand-in verb agrees with its subject: no third-person singular for a plural noun ("Scores of soldiers desert
    posts in Amhara, officials say": "posts" is no verb of "Scores", "desert" is)."""
    return tag != "VBZ" or not any(c.dep_ == "nsubj" and c.tag_ in _PLURAL for c in verb.children)


def after_a_lead(verb: Token) -> bool:
    """ "Report: Ukrainian Soldiers Desert near Pokrovsk", "Live updates: Governor Scraps Festival": the verb of the
    clause after a headline's lead and its colon, which the parser hangs on the lead's root."""
    head = verb.head
    return head.dep_ == "ROOT" and head.i < verb.i and any(t.text == ":" for t in verb.doc[head.i + 1 : verb.i])


def _is_place(word: str) -> bool:
    from tasks.normalize import places

    return bool(places.find(word, "places"))


_COPIED = (TAG, POS, MORPH, HEAD, DEP)
MAX_HEADLINE_TOKENS = 40  # longer lines are no headlines: never parsed again, whatever their shape


class HeadlineVerb:
    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._forms: VerbForms | None | bool = False

    def __call__(self, doc: Doc) -> Doc:
        if self._forms is False:
            self._forms = VerbForms.of(self.nlp)
        if not self._forms:
            return doc
        doc = self._headline(doc)
        if len(doc) > MAX_HEADLINE_TOKENS or ends_a_sentence(doc):
            return doc
        return comma_clauses(doc, self._clause_alone, list(_COPIED))

    def _clause_alone(self, part: Span) -> Doc:
        """A stretch of a headline parsed on its own, its verb found as a headline's."""
        return self._headline(self._parse([t.text for t in part], [bool(t.whitespace_) for t in part][:-1] + [False]))

    def _headline(self, doc: Doc) -> Doc:
        doc = self._verb_read_as_noun(doc)
        if len(doc) > MAX_HEADLINE_TOKENS or ends_a_sentence(doc):
            return doc
        for token in doc:
            if plural_read_as_verb(token, self._forms):
                token.pos_, token.tag_, token.dep_ = "NOUN", "NNS", "dobj"
        predicate = has_predicate(doc) and not any(t.dep_ == "ROOT" and no_verb_form(t, self._forms) for t in doc)
        if predicate and not any(subject_of_a_later_root(t) or coerces_infinitive_root(t) for t in doc):
            found = self._reported_clause(doc)
            return found if found is not None else self._second_verb(doc)
        if not predicate and (found := self._subject_of_own_infinitive(doc)) is not None:
            return found
        for i, tag in headline_verbs(doc, self._forms, _is_place):
            if predicate and not subject_of_a_later_root(doc[i]) and not after_coordinated_names(doc, i) and not coerces_infinitive_root(doc[i]):
                continue  # a headline with a verb is parsed again only for the verb form taken for that verb's subject
            again = self._parse([STAND_IN[tag] if t.i == i else t.text for t in doc], [bool(t.whitespace_) for t in doc])
            verb = again[i]
            if verb.pos_ == "VERB" and (verb.dep_ == "ROOT" or after_a_lead(verb)) and any(c.dep_ == "nsubj" for c in verb.children):
                doc.from_array(list(_COPIED), again.to_array(list(_COPIED)))
                return doc
        return doc

    def _verb_read_as_noun(self, doc: Doc) -> Doc:
        """ "urged troops to desert", "soldiers who desert will lose": a rule's verb the tagger called a noun where
        only a verb fits, parsed again with a stand-in; the new parse is kept when the stand-in comes out a verb."""
        for token in doc:
            tag = self._forms.tag(token.lower_) if verb_in_noun_slot(token) else None
            if tag is None:
                continue
            again = self._parse([STAND_IN[tag] if t.i == token.i else t.text for t in doc], [bool(t.whitespace_) for t in doc])
            if again[token.i].pos_ == "VERB":
                doc.from_array(list(_COPIED), again.to_array(list(_COPIED)))
        return doc

    def _subject_of_own_infinitive(self, doc: Doc) -> Doc | None:
        """ "UK troops to leave Afghanistan", parsed as a noun with its infinitive hung on it: the plural noun at the
        root swapped for a plain plural noun; the new parse is kept when that noun is the root infinitive's subject."""
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.tag_ not in _PLURAL or not has_own_infinitive(root):
            return None
        again = self._parse([NOUN_STAND_IN if t.i == root.i else t.text for t in doc], [bool(t.whitespace_) for t in doc])
        noun, verb = again[root.i], again[root.i + 2]
        if noun.dep_ != "nsubj" or noun.head.i != verb.i or verb.dep_ != "ROOT":
            return None
        tag, pos = root.tag_, root.pos_
        doc.from_array(list(_COPIED), again.to_array(list(_COPIED)))
        doc[root.i].tag_, doc[root.i].pos_ = tag, pos  # the word keeps its own tag: only its place in the parse changes
        return doc

    def _reported_clause(self, doc: Doc) -> Doc | None:
        """ "AFU servicemen surrender in Kursk region, Russian MoD says": the clause a headline's source reports, before
        the comma, read as a noun phrase hung on the verb of saying; its verb form parsed again with a stand-in, the new
        parse kept when the stand-in comes out a verb with a subject that completes the same root."""
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ != "VERB" or root.lower_ not in lexicon("report_verb_form"):
            return None  # only a verb of saying reports a clause ("..., Russian MoD Says"; no lemmas yet): no parse again for any other
        commas = [t.i for t in doc[: root.i] if t.text == ","]
        heads = [c for c in root.children if c.dep_ in ("ccomp", "dep", "parataxis") and c.pos_ in _NOMINAL and commas and c.i < commas[-1]]
        if not heads:
            return None
        own = [(c.i, tag) for c in heads if (tag := self._forms.tag(c.lower_)) is not None]  # "servicemen surrender": the head itself
        for i, tag in own + headline_verbs(doc[: commas[-1]].as_doc(), self._forms, _is_place):
            again = self._parse([STAND_IN[tag] if t.i == i else t.text for t in doc], [bool(t.whitespace_) for t in doc])
            verb = again[i]
            if verb.pos_ == "VERB" and verb.head.i == root.i and verb.dep_ in ("ccomp", "dep", "parataxis") and any(c.dep_ == "nsubj" for c in verb.children) and agrees(verb, tag):
                doc.from_array(list(_COPIED), again.to_array(list(_COPIED)))
                return doc
        return None

    def _second_verb(self, doc: Doc) -> Doc:
        """ "Afghans wave white flag, yield base": a headline's second verb after a comma, tagged a noun, parsed
        again with a stand-in; the new parse is kept when the stand-in comes out a verb conjoined to the root."""
        for i, tag in verbs_after_a_comma(doc, self._forms):
            again = self._parse([STAND_IN[tag] if t.i == i else t.text for t in doc], [bool(t.whitespace_) for t in doc])
            verb = again[i]
            if verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
                doc.from_array(list(_COPIED), again.to_array(list(_COPIED)))
                return doc
        return doc

    def _parse(self, words: list[str], spaces: list[bool]) -> Doc:
        """``words`` through the pipeline's components before this one."""
        again = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for name, component in self.nlp.pipeline:
            if name == HEADLINE_NAME:
                break
            again = component(again)
        return again


@Language.factory(HEADLINE_NAME)
def make_headline_verb(nlp: Language, name: str) -> HeadlineVerb:
    return HeadlineVerb(nlp)
