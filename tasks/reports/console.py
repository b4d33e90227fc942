"""Reports in a terminal: one rich table per report, numbers right-aligned, long text wrapped."""
from __future__ import annotations

from datetime import date, datetime
from numbers import Number

from rich import box
from rich.console import Console
from rich.table import Table

from tasks.query import Result

WIDE = {"sentence"}  # columns that take the width left over; their text wraps
OPTIONAL = {"link": 120}  # column: the least terminal width that shows it
TEXT_WIDTH = 24  # the greatest width of other text columns
LINK_WIDTH = 36


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value).replace("\n", " ")


def _kinds(result: Result, i: int) -> set[type]:
    return {type(r[i]) for r in result.rows if r[i] is not None}


def table(title: str, description: str, result: Result, width: int = 120) -> Table:
    """A report as a rich table for a terminal ``width`` columns wide."""
    t = Table(title=title, caption=description, box=box.SIMPLE_HEAVY, title_style="bold", title_justify="left",
              caption_justify="left", header_style="bold cyan", show_edge=False)
    shown = [i for i, name in enumerate(result.columns) if width >= OPTIONAL.get(name, 0)]
    for i in shown:
        name, kinds = result.columns[i], _kinds(result, i)
        if kinds and all(issubclass(k, Number) and k is not bool for k in kinds):
            t.add_column(name, justify="right", no_wrap=True)
        elif kinds and all(issubclass(k, date) for k in kinds):
            t.add_column(name, no_wrap=True)
        elif name in WIDE:
            t.add_column(name, ratio=1, overflow="fold")
        else:
            t.add_column(name, max_width=LINK_WIDTH if name in OPTIONAL else TEXT_WIDTH, overflow="fold")
    for row in result.rows:
        t.add_row(*(cell(row[i]) for i in shown))
    if not result.rows:
        t.add_row(*(["(no rows)"] + [""] * (len(shown) - 1)), style="dim")
    return t


def print_reports(results: dict[str, Result], reports: dict, console: Console) -> None:
    """``reports`` maps each name to its Report (title, description)."""
    for name, result in results.items():
        console.print(table(reports[name].title, reports[name].description, result, console.width))
        console.print()
