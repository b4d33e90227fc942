"""A sentence its own closing comment labels a claim: "Russian troops left the village, a claim Moscow has not
disputed", "... — an assertion the army rejected". The event is told as reported, by whoever the comment names
or by the claim itself (lexicons/claim_comment_noun.txt; the parse repair is tasks/comma_phrases.py's)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.comma_phrases import is_claim_comment


def closing_claim(trigger: Token, sentence: Span) -> str | None:
    """The claim phrase closing ``sentence`` after the trigger, hung on the trigger's clause, if any."""
    for token in sentence:
        if token.i > trigger.i and token.head.i < token.i and token.dep_ in ("npadvmod", "appos", "dobj", "oprd", "attr") and is_claim_comment(token):
            return sentence.doc[token.left_edge.i : token.right_edge.i + 1].text
    return None
