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

from spacy.tokens import Token

from tasks.extract.context import of_token
from tasks.extract.patterns import lexicon
from tasks.extract.roles import candidates

_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"[.!?]\s")


def stands_for_cancellation(trigger: Token) -> bool:
    """Is the trigger's subject a demonstrative after a cancellation told in its sentence or the one before?"""
    demonstratives = lexicon("pronoun_demonstrative")
    subjects = [t for role in ("subj", "pass") for t in candidates(trigger, role) if t.pos_ == "PRON" and t.lower_ in demonstratives]
    if not subjects:
        return False
    pronoun = min(subjects, key=lambda t: t.i)
    if any(_cancel_word(t.lemma_.lower()) for t in trigger.doc[: pronoun.i]):
        return True
    document, offset = of_token(pronoun)
    if document is None:
        return False
    before = document.text[max(0, offset - 400) : offset - (pronoun.idx - trigger.doc[0].idx)]
    ends = [m.end() for m in _SENTENCE_END.finditer(before.rstrip())]
    previous = before[ends[-1] if ends else 0 :]
    return any(_cancel_word(w) for w in _forms(previous))


def _cancel_word(lemma: str) -> bool:
    return lemma in lexicon("trigger_cancel_verb") or lemma in lexicon("trigger_cancel_noun")


def _forms(text: str) -> list[str]:
    """The words of ``text``, lower case, with a past or plural ending taken off ("cancelled", "scrapped", "axed", "bans")."""
    words = [w.lower() for w in _WORD.findall(text)]
    return [w[: len(w) - cut] for w in words for cut in (0, 1, 2, 3) if cut == 0 or w.endswith(("s", "d"))]
