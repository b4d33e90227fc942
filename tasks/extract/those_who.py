"""Those who gave themselves up: "Those who surrendered were taken to Hasakah", "those who capitulated were shipped
to camps", after a force named in the lines before. "Those" stands for the men of that force, as "they" would; only
for a surrender (those who fled or left are as often the civilians), and never with no force named before."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import DocumentContext, context_offset
from tasks.extract.patterns import lexicon


def those_of_a_force(label: str, trigger: Token, named: Token, context: DocumentContext | None) -> bool:
    """``named`` is "those" with a relative clause, the subject of the surrender ``trigger``, after an armed force."""
    return (
        label == "SURRENDER" and context is not None and named.lower_ in lexicon("relative_demonstrative")
        and any(c.dep_ == "relcl" for c in named.children)
        and context.armed_before(context_offset(trigger))
    )
