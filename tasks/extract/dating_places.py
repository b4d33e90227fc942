"""Places that only date an event by another one: "desertions rose sharply after the fall of Avdiivka", "defections
have accelerated since the capture of Lashio". The town is where the landmark happened (lexicon landmark_event_noun),
named in a phrase of time (prep_dating); the dated event happened elsewhere or nowhere said. Only a desertion is
dated so: the fall of a town is the retreat or the surrender of its defenders ("stay until the fall of Raqqa ... the
moment Isis were driven out" is the same event, in Raqqa)."""

from __future__ import annotations

from spacy.tokens import Span

from tasks.extract.patterns import lexicon

DATED_TYPE = "REFUSAL_TO_FIGHT"


def dating_places(sentence: Span, event_type: str) -> set[int]:
    """Token indices of the of-phrases of landmark nouns under a preposition of time, for a desertion."""
    out: set[int] = set()
    if event_type != DATED_TYPE:
        return out
    for noun in sentence:
        if noun.dep_ != "pobj" or noun.head.lower_ not in lexicon("prep_dating"):
            continue
        if noun.lemma_.lower() not in lexicon("landmark_event_noun"):
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            out |= {t.i for t in prep.subtree}
    return out
