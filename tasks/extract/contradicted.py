"""A claim or an announcement of an event that the sentence itself contradicts: "Despite publicly announcing troop
withdrawals, Russia kept its forces near Kyiv", "despite claiming to have pulled out of the city, the militia
remained in control". The concessive clause reports the event, the main clause says the force stayed: it did not
happen (negated). "Despite withdrawing from Kherson, Russian forces kept shelling the city" concedes the event
itself (no verb of saying), and "despite announcing the withdrawal, Moscow continued to shell" does not stay put."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def contradicted_claim(saying: Token) -> Token | None:
    """The verb of staying (lexicons/verb_stay.txt) of the main clause that a concessive "despite"/"although" clause
    of ``saying`` (a verb of saying) is hung on, if any."""
    concessive = lexicon("marker_concessive")
    if saying.dep_ == "pcomp" and saying.head.lower_ in concessive:
        main = saying.head.head  # "despite announcing ...": the preposition hangs on the main verb
    elif saying.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in concessive for c in saying.children):
        main = saying.head  # "although Moscow announced ..."
    else:
        return None
    if main.lemma_.lower() in lexicon("verb_stay") and main.i != saying.i:
        return main
    return None
