"""A spaCy component: a subject with a participle after it that the parser read as a clause of its own.

"..., as Russian forces attempting to encircle Kyiv from the north were driven back by counterattacks": the
parser makes "forces" the subject of "attempting" (a clause, or a sentence of its own) and leaves "were driven
back" with no subject (or with the participle as its clausal subject), hung on the main verb or at a root of
its own. A bare present participle (no auxiliary)
cannot head a finite clause; nor, when a subjectless verb group follows its phrase at once, can a bare past form of
staging an event ("the independence concert usually staged at the Banquet Hall had also been dropped":
"concert" is the subject of "had been dropped", round cc23; not any past form: "as rebel fighters moved closer to the
city and Russian forces were pushed out", a clause whose subject the parser lost); when the verb group right after
its phrase has no subject, the participle's subject is that verb's subject and the participle describes it ("forces
attempting to encircle Kyiv"). The
component moves those two arcs (and the participle's subordinator, "as", to the verb); the words stay, and so do the
tags but a past form's, which becomes the participle's (VBN).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from tasks.extract.patterns import lexicon

NAME = "sitrep_participle_subject"
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
AUXILIARY_DEPS = {"aux", "auxpass"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
RELATIVE_TAGS = {"WDT", "WP", "WP$"}  # "that", "which", "who": the subject of a relative clause's own finite verb
PARTICIPLE_TAGS = {"VBG", "VBN", "VBD"}  # "attempting"; "the concert usually staged at the hall had been dropped" (a past form of staging, tagged either way)


@Language.component(NAME)
def participle_subject(doc: Doc) -> Doc:
    for participle in list(doc):
        found = _misread(participle)
        if found is not None:
            _repair(participle, *found)
    return doc


def _misread(participle: Token) -> tuple[Token, Token] | None:
    """(subject, verb) when ``participle`` is a bare "-ing" or past form with a subject before it and the verb group
    that starts right after its phrase has no subject of its own."""
    if participle.tag_ not in PARTICIPLE_TAGS or any(c.dep_ in AUXILIARY_DEPS for c in participle.children):
        return None
    if participle.tag_ != "VBG" and not _staging(participle):
        return None  # "as rebel fighters moved closer to the city and Russian forces were pushed out": a past form may be finite
    subjects = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i]
    after = participle.right_edge.i + 1
    if len(subjects) > 1 and not _joined(subjects):
        return None
    if not subjects or after >= len(participle.doc) or subjects[0].tag_ in RELATIVE_TAGS:
        return None  # "the juggernaut that threatened to shred the borders has been battered back": a relative clause's own verb
    first = participle.doc[after]
    verb = first.head
    if first.dep_ not in AUXILIARY_DEPS or first.tag_ not in FINITE_TAGS or verb.i <= first.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in SUBJECT_DEPS and c.i != participle.i for c in verb.children) or any(t.dep_ not in AUXILIARY_DEPS | {"neg", "advmod"} for t in participle.doc[after:verb.i]):
        return None
    return subjects[0], verb


def _staging(participle: Token) -> bool:
    """A past form of staging an event ("staged": lexicons/hold_verb_form.txt, read by its written form, the component
    running before the lemmatizer), which before a subjectless verb group describes the event noun before it; any
    other past form may be a clause's own finite verb the parser misread."""
    return participle.lower_ in lexicon("hold_verb_form")


def _joined(subjects: list[Token]) -> bool:
    """Two subjects the parser hung side by side on the participle, with "and" or "or" between them ("the reception and
    the gala concert usually staged at ..."): one coordinated subject."""
    doc = subjects[0].doc
    return len(subjects) == 2 and any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in doc[subjects[0].i + 1 : subjects[1].i])


def _repair(participle: Token, subject: Token, verb: Token) -> None:
    if participle.dep_ != "ROOT" and participle.head.i != verb.i and not _above(verb, participle):
        verb.head, verb.dep_ = participle.head, participle.dep_  # "..., as forces attempting ... were driven": the clause's place
    elif participle.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    for marker in [c for c in participle.children if c.dep_ == "mark" and c.i < subject.i]:
        marker.head = verb
    for other in [c for c in participle.children if c.dep_ == "nsubj" and subject.i < c.i < participle.i]:
        other.head, other.dep_ = subject, "conj"  # "the reception and the gala concert": the second conjoined to the first
    subject.head = verb
    subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    participle.head, participle.dep_ = subject, "acl"
    if participle.tag_ == "VBD":
        participle.tag_ = "VBN"  # "the concert usually staged at the hall": a past participle, whatever the tagger read


def _above(token: Token, other: Token) -> bool:
    """Is ``token`` an ancestor of ``other``?"""
    return any(a.i == token.i for a in other.ancestors)


def add_to(nlp: Language) -> Language:
    """``nlp`` with the component just before its lemmatizer (or last), once."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, **({"before": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}))
    return nlp
