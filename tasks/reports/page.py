"""``sitrep report --html FILE``: the reports as one self-contained HTML page.

Everything is inline: the styles and the small filter script (``page/``), and
the charts, drawn as SVG by :mod:`tasks.reports.svg`. The page loads nothing
(its Content-Security-Policy forbids it), so it opens offline and can be
mailed as one file. Every text from the warehouse is escaped.
"""
from __future__ import annotations

import os
import tempfile
from datetime import date, datetime, timezone
from html import escape
from importlib import resources
from pathlib import Path
from string import Template
from typing import Callable
from urllib.parse import urlsplit

from tasks.query import Limits, Result, session
from tasks.reports import svg
from tasks.reports.catalogue import Filters, Report, bound, page_query, run

EVENT_ROWS = 5000  # newest mentions in the page's table
CHART_ROWS = 1000  # months and places the charts may draw from
MAP_POINTS = 2000
PLACES_SHOWN = 12
TIMELINE_MONTHS = 36
UNRESOLVED = "(unresolved)"  # events_by_place's name for events without a resolved place
NUMERIC = (int, float)


def _asset(name: str) -> str:
    return resources.files("tasks.reports").joinpath("page", name).read_text(encoding="utf-8")


def _records(result: Result) -> list[dict]:
    return [dict(zip(result.columns, row)) for row in result.rows]


def _text(value) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def link(target: str | None, input_dir: str | None) -> str | None:
    """An href for an article: its http(s) URL, else a file: URL of its source path in the input folder.

    Any other scheme (``javascript:``, ``data:``) gets no link.
    """
    if not target:
        return None
    scheme = urlsplit(target).scheme.lower()
    if scheme in ("http", "https"):
        return target
    if input_dir and not scheme:
        return (Path(input_dir) / target).resolve().as_uri()
    return None


def _anchor(target: str | None, text: str, input_dir: str | None) -> str:
    href = link(target, input_dir)
    if href is None:
        return escape(text)
    return f'<a href="{escape(href)}" rel="noopener noreferrer">{escape(text)}</a>'


def _short(text: str, most: int = 80) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _plural(n: int, word: str, with_number: bool = True) -> str:
    noun = word if n == 1 else word + "s"
    return f"{n} {noun}" if with_number else noun


def _stat(value, label: str) -> str:
    return f'<div class="card stat"><div class="n">{escape(_text(value))}</div><div class="l">{escape(label)}</div></div>'


def html_table(result: Result, input_dir: str | None = None) -> str:
    """A report as an HTML table: numbers right-aligned, links as links."""
    if not result.rows:
        return '<p class="empty">No rows.</p>'
    head = "".join(f"<th>{escape(c)}</th>" for c in result.columns)
    body = []
    for row in result.rows:
        cells = []
        for column, value in zip(result.columns, row):
            if column == "link":
                cells.append(f"<td>{_anchor(value, _text(value), input_dir)}</td>")
            elif isinstance(value, NUMERIC) and not isinstance(value, bool):
                cells.append(f'<td class="num">{escape(_text(value))}</td>')
            else:
                cells.append(f"<td>{escape(_text(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<div class="scroll"><table class="report"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def _type_cards(by_type: list[dict], colours: dict[str, str]) -> str:
    cards = []
    for row in by_type:
        c = colours.get(row["event_type"], svg.PALETTE[0])
        cards.append(
            f'<div class="card type" style="--c:{c}"><div class="name">{escape(row["event_type"])}</div>'
            f'<div class="n">{row["clusters"]}</div><div class="l">{_plural(row["clusters"], "event", False)} · '
            f'{_plural(row["mentions"], "mention")} · {_plural(row["articles"], "article")}</div></div>'
        )
    return f'<div class="grid types">{"".join(cards)}</div>' if cards else '<p class="empty">No events match.</p>'


def _timelines(months: list[dict], colours: dict[str, str]) -> str:
    """Bars by month per event type over the last TIMELINE_MONTHS months that have events; older ones are counted."""
    axis = svg.month_range([m["month"] for m in months if m["month"] != "(undated)"])[-TIMELINE_MONTHS:]
    if not axis:
        return '<p class="empty">No dated events.</p>'
    cards = []
    for kind in sorted({m["event_type"] for m in months}):
        counts = {m["month"]: m["clusters"] for m in months if m["event_type"] == kind}
        undated = counts.pop("(undated)", 0)
        earlier = sum(n for month, n in counts.items() if month < axis[0])
        notes = [f"{_plural(earlier, 'event')} before {axis[0]}" if earlier else "", f"{_plural(undated, 'undated event')}" if undated else ""]
        note = f'<p class="note">Not drawn: {"; ".join(n for n in notes if n)}.</p>' if any(notes) else ""
        chart = svg.timeline(axis, counts, colours.get(kind, svg.PALETTE[0]), f"{kind} events by month")
        cards.append(f'<div class="card"><h3>{escape(kind)}</h3>{chart}{note}</div>')
    return f'<div class="grid timelines">{"".join(cards)}</div>'


def _places(places: list[dict]) -> str:
    named = [p for p in places if p["place"] != UNRESOLVED]
    unresolved = sum(p["clusters"] for p in places if p["place"] == UNRESOLVED)
    items = [svg.Bar(f"{p['place']}" + (f" ({p['country']})" if p["country"] else ""), p["clusters"], _plural(p["mentions"], "mention"))
             for p in named[:PLACES_SHOWN]]
    if not items:
        return '<p class="empty">No resolved places.</p>'
    note = f"Events (clusters) per place; the top {len(items)} of {len(named)}"
    note += f"; {_plural(unresolved, 'event')} without a resolved place." if unresolved else "."
    return svg.bars(items, "events by place") + f'<p class="note">{escape(note)}</p>'


def _map(points: list[dict], colours: dict[str, str]) -> str:
    marks = [svg.Point(p["lat"], p["lon"], f"{p['place']} · {p['event_type']} · {_text(p['date'])}", p["mentions"] or 1,
                       colours.get(p["event_type"], svg.PALETTE[0])) for p in points]
    if not marks:
        return '<p class="empty">No geocoded events.</p>'
    legend = "".join(f'<span style="--c:{c}">{escape(t)}</span>' for t, c in colours.items())
    return (svg.world_map(marks, "map of geocoded events") + f'<div class="legend">{legend}</div>'
            f'<p class="note">{_plural(len(marks), "geocoded event")}; circle area grows with mentions. Equirectangular projection.</p>')


def _event_table(rows: list[dict], colours: dict[str, str], input_dir: str | None, truncated: bool) -> str:
    options = "".join(f'<option value="{escape(t)}">{escape(t)}</option>' for t in colours)
    body = []
    for r in rows:
        c = colours.get(r["event_type"], svg.PALETTE[0])
        modality = r["modality"] or ("asserted" if r["realis"] else "")
        place = _text(r["place"]) + (f" ({r['country']})" if r["country"] else "")
        actor = _text(r["actor"]) + (f" · {r['side']}" if r["side"] else "")
        body.append(
            f'<tr class="event" data-type="{escape(r["event_type"])}">'
            f'<td class="date">{escape(_text(r["date"]))}</td>'
            f'<td><span class="badge" style="--c:{c}">{escape(r["event_type"])}</span></td>'
            f'<td><span class="modality{"" if r["realis"] else " irrealis"}">{escape(modality)}</span></td>'
            f"<td>{escape(place)}</td><td>{escape(actor)}</td>"
            f'<td class="sentence">{escape(_text(r["sentence"]))}</td>'
            f'<td class="article">{_anchor(r["link"], _short(_text(r["article"])), input_dir)}</td></tr>'
        )
    more = f'<p class="note">The newest {len(rows)} mentions are listed; narrow the report with --since, --type or --country.</p>' if truncated else ""
    return (
        '<div class="filters"><select id="type" aria-label="event type"><option value="">all types</option>'
        f'{options}</select><input id="q" type="search" placeholder="search sentences, places, actors…" aria-label="search">'
        '<span class="count" id="shown"></span></div>'
        '<div class="scroll"><table id="events"><thead><tr><th>date</th><th>type</th><th>modality</th><th>place</th>'
        f'<th>actor</th><th>evidence</th><th>article</th></tr></thead><tbody>{"".join(body)}</tbody></table></div>{more}'
    )


def event_rows(warehouse: Path, filters: Filters = Filters(), limit: int = EVENT_ROWS + 1, limits: Limits = Limits()) -> Result:
    """The newest ``limit`` mentions for the page's table: first the oldest day they reach (one narrow column),
    then the mentions from that day on, so the wide columns of older ones are never decoded."""
    with session(warehouse, limits) as query:  # one connection for both
        return query(page_query("event_rows").sql, event_rows_values(query, filters, limit))


def event_rows_values(query: Callable[..., Result], filters: Filters, limit: int) -> dict:
    """The bound values of ``page/event_rows.sql``: the filters, the limit and the cutoff day ``query`` finds."""
    first = page_query("event_rows_cutoff").sql
    [[cutoff]] = query(first, bound(first, filters, limit)).rows
    return bound(page_query("event_rows").sql, filters, limit, {"cutoff": cutoff})


def build(
    warehouse: Path, results: dict[str, Result], reports: dict[str, Report], filters: Filters = Filters(),
    limits: Limits = Limits(), now: datetime | None = None,
) -> str:
    """The page's HTML: summary, type cards, timelines, places, map, event table, then the chosen reports."""
    def query(report: Report, limit: int) -> list[dict]:
        return _records(run(warehouse, report, filters, limit, limits))

    [summary] = query(page_query("run_summary"), 1)
    by_type = query(reports["events_by_type"], CHART_ROWS)
    months = query(reports["events_by_month"], CHART_ROWS)
    places = query(reports["events_by_place"], CHART_ROWS)
    points = query(page_query("map_points"), MAP_POINTS)
    rows = _records(event_rows(warehouse, filters, EVENT_ROWS + 1, limits))
    colours = svg.colours([r["event_type"] for r in by_type + rows])
    input_dir = summary["input_dir"]
    now = now or datetime.now(timezone.utc)
    meta = (f"<b>{escape(filters.describe())}</b> · run <b>{escape(_text(summary['run_id']) or 'none')}</b>"
            f" of {escape(_text(summary['finished_at'])[:19].replace('T', ' ') or '—')} UTC"
            f" · input {escape(_text(input_dir) or '—')} · written {escape(now.strftime('%Y-%m-%d %H:%M'))} UTC")
    stats = "".join([
        _stat(summary["documents"], "articles in the warehouse"),
        _stat(summary["clusters"], "events (clusters)"),
        _stat(summary["realis_mentions"], "mentions that happened"),
        _stat(summary["mentions"], "mentions, any modality"),
        _stat(sum(p["place"] != UNRESOLVED for p in places), "places with events"),
    ])
    sections = [
        f'<div class="grid stats">{stats}</div>',
        '<h2 id="types">Events by type</h2>', _type_cards(by_type, colours),
        '<h2 id="timeline">Timeline</h2>', _timelines(months, colours),
        '<h2 id="where">Where</h2>',
        f'<div class="grid two"><div class="card"><h3>Map</h3>{_map(points, colours)}</div>'
        f'<div class="card"><h3>Events by place</h3>{_places(places)}</div></div>',
        '<h2 id="evidence">Events and their evidence</h2>',
        f'<div class="card">{_event_table(rows[:EVENT_ROWS], colours, input_dir, len(rows) > EVENT_ROWS)}</div>',
        '<h2 id="reports">Reports</h2>',
    ]
    for name, result in results.items():
        sections.append(f'<div class="card report"><h3>{escape(reports[name].title)}</h3>'
                        f'<p class="note">{escape(reports[name].description)}</p>{html_table(result, input_dir)}</div>')
    return Template(_asset("page.html")).substitute(
        title=escape("sitrep situation report"), meta=meta, style=_asset("page.css"), script=_asset("page.js"),
        body="\n".join(sections),
    )


def write(path: Path, page: str) -> Path:
    """Write atomically: a reader never sees half a page."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
