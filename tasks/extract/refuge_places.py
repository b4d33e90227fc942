"""Where deserters went after leaving ("Russian deserters hiding in Kazakhstan", "deserters from the army are living
in Armenia", "deserted and returned to their villages in Chad"): a refuge or a home reached afterwards, not the
place of the desertion (REFUSAL_TO_FIGHT blind sentences, round 12)."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def refuge_places(trigger: Token) -> set[int]:
    """Tokens of the phrases of a verb of staying said of the deserter (a participle on the noun, or the verb the
    noun is the subject of) and of the goal of a verb of going home joined to the trigger ("and returned to ...")."""
    stay, home = lexicon("refuge_verb"), lexicon("refusal_go_home_verb")
    verbs = [c for c in trigger.children if c.dep_ in ("acl", "relcl", "conj") and c.pos_ in ("VERB", "AUX")]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(trigger.head)
    found: set[int] = set()
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in stay:
            found |= {t.i for p in verb.children if p.dep_ == "prep" for t in p.subtree}
        elif lemma in home and verb.dep_ == "conj":
            found |= {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ in lexicon("prep_elsewhere") for t in p.subtree}
    return found
