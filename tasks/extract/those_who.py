"""Those who gave themselves up: "Those who surrendered were taken to Hasakah", "those who capitulated were shipped
to camps", after a force named in the lines before. "Those" stands for the men of that force, as "they" would; only
for a surrender (those who fled or left are as often the civilians), and never with no force named before.

A desertion told of "those" named by what befell them ("Some of those detained had left their units without
permission", after soldiers held by military police) is the same when the post or unit left is its object
(lexicons/refusal_post.txt: no one but a soldier leaves his unit; not "those who left the city"), and a part of them
("some of those") is read at "those" (round ref22)."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import DocumentContext, context_offset
from tasks.extract.patterns import lexicon
from tasks.extract.token_classes import partitive_of
from tasks.extract.tree import prep_objects


def those_of_a_force(label: str, trigger: Token, named: Token, context: DocumentContext | None) -> bool:
    """``named`` is "those" with a relative clause, the subject of the surrender ``trigger``, after an armed force;
    or, for a refusal of a unit or post left, "those" (or a part of them) with a relative clause or a participle."""
    if context is None or label not in ("SURRENDER", "REFUSAL_TO_FIGHT"):
        return False
    clauses = ("relcl",) if label == "SURRENDER" else ("relcl", "acl")
    if label == "REFUSAL_TO_FIGHT":
        if not any(c.dep_ == "dobj" and c.lower_ in lexicon("refusal_post") for c in trigger.children):
            return False  # "those who left the city", "those who have fled Baghuz": civilians as often
        if partitive_of(named):
            named = prep_objects(named, {"of"})[0]  # "some of those detained"
    return (
        named.lower_ in lexicon("relative_demonstrative")
        and any(c.dep_ in clauses for c in named.children)
        and context.armed_before(context_offset(trigger))
    )
