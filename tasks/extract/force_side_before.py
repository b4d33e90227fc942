"""Whose force an unnamed one is, from the lines before: the state named last, if it was named with a force.

"Federal troops withdrew from the campus", "531 servicemen had come out", "the men had not returned from
leave": a force named without its side takes the side named before it. A state named just before only as a
place, a refuge, a neighbour or a partner ("near the border with Eritrea", "the group, which works from
Georgia", "mediated by Egypt") is no owner of the force: the owner is the state the lines before name with an
armed word ("Ethiopian troops", "the Ukrainian army"), or the enemy of that force or of the article's country
when named as more than a report's source ("Ukrainian troops encircled a Russian company. The men laid down their
arms": Russia's), and failing that the country the article is about.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from tasks.extract.digest_entries import entry_lines
from tasks.extract.receiving_mentions import owner_named_before
from tasks.extract.reporting_force import only_reports
from tasks.extract.third_party import only_a_third_party
from tasks.normalize.adversaries import enemies_of, state_codes

if TYPE_CHECKING:
    from tasks.extract.context import DocumentContext


def force_side_before(context: "DocumentContext", start: int, article_state: Callable[[], str | None], day: date | None = None) -> str | None:
    """The side named last before ``start`` for a force named without one; a state named there with no armed word
    (not the side of the last armed word before) and no party to the war of ``article_state()`` gives way to that
    state. A digest's entry keeps its own line's."""
    named = owner_named_before(context, start)  # not "surrendered to a Ukrainian drone crew. His unit had retreated": Ukraine's
    if named is None or named not in state_codes() or context.line_start(start) in entry_lines(context):
        return named
    armed = context.armed_side_before(start, sided=True)
    if named == armed:
        return named  # "Russian troops were hit near Kreminna. Troops pulled back": RUS
    article = article_state()
    if _last_mention(context, named, start, only_a_third_party):
        return armed if armed not in (None, named) else (article if article != named else None)  # "Qatar mediated the deal. The fighters then left": not Qatar's
    warring = enemies_of(armed if armed is not None else article, day) if (armed or article) else set()
    if article is None or (named in warring and not _only_a_source(context, named, start)):
        return named  # "encircled a Russian company. The men laid down their arms"; "Russian assaults ... mobilised men refused": RUS
    return article  # not "..., Russia's defence ministry said. The ministry said 531 servicemen had come out": the source's enemy's


def _only_a_source(context: "DocumentContext", code: str, start: int) -> bool:
    """Is the last mention of ``code`` before ``start`` a report's source ("Russia's defence ministry said")?"""
    return _last_mention(context, code, start, only_reports)


def _last_mention(context: "DocumentContext", code: str, start: int, test: Callable[[str, int], bool]) -> bool:
    """Does ``test`` hold of the last mention of ``code`` before ``start`` ("Qatar mediated": a third party)?"""
    mention = next((a for a, _, n in reversed(context.sides_in(0, start)) if n.code == code), None)
    return mention is not None and test(context.text, mention)

