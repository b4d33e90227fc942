"""A demonstrative that stands for a cancellation just told, not for the celebration it was of.

"City officials debated whether the parade should be cancelled, but the mayor said that would never happen":
"that" is the cancellation the clause before spoke of, so "would never happen" denies it; read as the parade
the document named ("it will not take place"), it would make a cancellation of the denial. A demonstrative
(lexicons/pronoun_demonstrative.txt) as the subject of a not-held verb, with a verb or noun of cancelling
(trigger_cancel_verb.txt, trigger_cancel_noun.txt) before it in its sentence or in the sentence before, is that
cancellation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from tasks.extract.context import of_token
from tasks.extract.name_scan import SENTENCE_END
from tasks.extract.patterns import lexicon
from tasks.extract.prefilter import forms
from tasks.extract.roles import candidates

_WORD = re.compile(r"[A-Za-z]+")


def stands_for_cancellation(trigger: Token) -> bool:
    """Is the trigger's subject a demonstrative after a cancellation told in its sentence or the one before?"""
    demonstratives = lexicon("pronoun_demonstrative")
    subjects = [t for role in ("subj", "pass") for t in candidates(trigger, role) if t.pos_ == "PRON" and t.lower_ in demonstratives]
    if not subjects:
        return False
    pronoun = min(subjects, key=lambda t: t.i)
    sentence = pronoun.sent
    if any(t.lemma_.lower() in _cancel_lemmas() for t in trigger.doc[sentence.start : pronoun.i]):
        return True
    if sentence.start > 0:  # the sentence before, parsed with this one
        return any(t.lemma_.lower() in _cancel_lemmas() for t in trigger.doc[sentence.start - 1].sent)
    document, offset = of_token(pronoun)
    if document is None:
        return False
    before = document.text[max(0, offset - 400) : offset - (pronoun.idx - sentence[0].idx)]
    ends = [m.end() for m in SENTENCE_END.finditer(before.rstrip())]
    previous = before[ends[-1] if ends else 0 :]
    return any(w.lower() in _cancel_forms() for w in _WORD.findall(previous))


@lru_cache(maxsize=1)
def _cancel_lemmas() -> frozenset[str]:
    return lexicon("trigger_cancel_verb") | lexicon("trigger_cancel_noun")


@lru_cache(maxsize=1)
def _cancel_forms() -> frozenset[str]:
    """The inflected forms of the cancel words ("cancelled", "scrapped", "bans"): whole words, not a stem cut off
    any word ("bands" is no form of "ban")."""
    return frozenset(f for w in _cancel_lemmas() if " " not in w for f in forms(w))
