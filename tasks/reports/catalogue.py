"""The canned reports: one ``.sql`` file each in this package, listed in ``order.txt``.

A report's first comment line says what it shows (``sitrep report --list``).
The filters are applied once, in ``filters.sql``: it opens a WITH list whose
CTEs ``clusters`` and ``mentions`` hold what passes ``$since`` (DATE),
``$type`` (event type) and ``$country`` (ISO 3166 alpha-3), each NULL for
"all"; a report's file continues that list with its own CTEs, one per step,
and ends with its SELECT and ``LIMIT $limit``. The values are bound by
DuckDB, never written into the SQL.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import duckdb

from tasks.query import Limits, Result, run_query

FILTERS = ("since", "type", "country")
_COUNTRY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Report:
    name: str
    description: str
    sql: str

    @property
    def title(self) -> str:
        return self.name.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Filters:
    since: date | None = None
    event_type: str | None = None
    country: str | None = None

    @classmethod
    def parse(cls, since: str | None = None, event_type: str | None = None, country: str | None = None) -> "Filters":
        """Filters from command-line text; a bad value raises ValueError with the flag's name."""
        day = None
        if since is not None:
            try:
                day = date.fromisoformat(since)
            except ValueError:
                raise ValueError(f"--since must be a date as YYYY-MM-DD, not {since!r}") from None
        kind = None
        if event_type is not None:
            kind = event_type.strip().upper()
            if kind not in event_types():
                raise ValueError(f"--type must be one of {', '.join(sorted(event_types()))}, not {event_type!r}")
        code = None
        if country is not None:
            code = country.strip().upper()
            if not _COUNTRY.fullmatch(code):
                raise ValueError(f"--country must be an ISO 3166 alpha-3 code such as UKR, not {country!r}")
        return cls(day, kind, code)

    def params(self) -> dict:
        return {"since": self.since, "type": self.event_type, "country": self.country}

    def describe(self) -> str:
        parts = [f"since {self.since.isoformat()}" if self.since else "", self.event_type or "", self.country or ""]
        return ", ".join(p for p in parts if p) or "all events"


def event_types() -> frozenset[str]:
    """The event types the rules know: one patterns file each."""
    folder = resources.files("tasks.extract").joinpath("patterns")
    return frozenset(p.name.removesuffix(".jsonl").upper() for p in folder.iterdir() if p.name.endswith(".jsonl"))


def _folder():
    return resources.files("tasks.reports")


def _prelude() -> str:
    return _folder().joinpath("filters.sql").read_text(encoding="utf-8").rstrip()


def _read(folder, name: str, prelude: str) -> Report:
    body = folder.joinpath(f"{name}.sql").read_text(encoding="utf-8")
    first = body.lstrip().splitlines()[0] if body.strip() else ""
    if not first.startswith("--"):
        raise ValueError(f"report {name}: the first line must be a comment saying what it shows")
    return Report(name, first.removeprefix("--").strip(), ",\n".join((prelude, body)))  # two files, no values


def catalogue() -> dict[str, Report]:
    """Every canned report, in the order of ``order.txt``."""
    names = _folder().joinpath("order.txt").read_text(encoding="utf-8").split()
    prelude = _prelude()
    return {name: _read(_folder(), name, prelude) for name in names}


def page_query(name: str) -> Report:
    """A query of the HTML page (``page/NAME.sql``), not listed among the reports."""
    return _read(_folder().joinpath("page"), name, _prelude())


def bound(sql: str, filters: Filters, limit: int, extra: dict | None = None) -> dict:
    """The values for the parameters ``sql`` names: the filters, the row limit and the ``extra`` values."""
    values = {**filters.params(), "limit": limit, **(extra or {})}
    names = set().union(*(s.named_parameters for s in duckdb.extract_statements(sql)))
    unknown = names - set(values)
    if unknown:
        raise ValueError(f"report SQL names unknown parameters: {', '.join(sorted(unknown))}")
    return {name: values[name] for name in names}


def run(
    warehouse: Path, report: Report, filters: Filters = Filters(), limit: int = 20, limits: Limits = Limits(), extra: dict | None = None,
) -> Result:
    return run_query(warehouse, report.sql, bound(report.sql, filters, limit, extra), limits)


def run_reports(
    warehouse: Path, names: list[str] | None = None, filters: Filters = Filters(), limit: int = 20, limits: Limits = Limits()
) -> dict[str, Result]:
    """The chosen reports (all when ``names`` is empty), in the order asked; an unknown name raises KeyError."""
    known = catalogue()
    chosen = list(dict.fromkeys(names)) if names else list(known)
    unknown = [n for n in chosen if n not in known]
    if unknown:
        raise KeyError(f"unknown report {', '.join(unknown)}; known: {', '.join(known)}")
    return {name: run(warehouse, known[name], filters, limit, limits) for name in chosen}
