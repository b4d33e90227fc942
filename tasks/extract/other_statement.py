"""Two statements hung one on the other as parataxis ("Wine Festival Cancelled After Floods; Growers Plan Solidarity
Sale": tasks/headline_clauses.py), or conjoined after a semicolon ("Wine Festival Cancelled After Storm; Vintners
Plan Charity Sale"): the places of the statement the event is not in are no places of the event. A verb of saying
hung so ("..., officials said") is the event's source, read elsewhere."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def other_statements(trigger: Token) -> set[int]:
    """The tokens of the statements with a subject of their own hung on the trigger or a word above it as parataxis,
    or conjoined after a semicolon, whose verb is no verb of saying and which do not hold the trigger."""
    line = [trigger, *trigger.ancestors]
    out: set[int] = set()
    for word in line:
        for clause in word.children:
            if not _another_statement(clause) or clause in line or clause.lemma_.lower() in lexicon("cue_report"):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                out |= {t.i for t in clause.subtree}
    return out


def _another_statement(clause: Token) -> bool:
    if clause.dep_ == "parataxis":
        return True
    start = clause.left_edge.i
    return clause.dep_ == "conj" and start > 0 and clause.doc[start - 1].text == ";"
