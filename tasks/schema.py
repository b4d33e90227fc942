"""The warehouse's tables, declared once: the writer, the catalog and the tests use these.

A schema may grow (new nullable columns at the end); a column is never renamed
or retyped without bumping SCHEMA_VERSION.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

import pyarrow as pa

SCHEMA_VERSION = 2  # 2: runs.n_files became runs.n_inputs

_TS = pa.timestamp("us", tz="UTC")

DOCUMENTS = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("source_path", pa.string(), nullable=False),
        pa.field("format", pa.string()),
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("published_at", _TS),
        pa.field("published_precision", pa.string()),
        pa.field("source", pa.string()),
        pa.field("language", pa.string()),
        pa.field("encoding", pa.string()),
        pa.field("n_chars", pa.int64()),
        pa.field("n_events", pa.int64()),
        pa.field("text", pa.string()),
        pa.field("extractor_version", pa.string()),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("ingested_at", _TS),
        pa.field("doc_number", pa.int64()),  # the document's number in this warehouse: given once per source_path, kept while it stays
    ]
)

EVENTS = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("source_path", pa.string(), nullable=False),
        pa.field("event_type", pa.string(), nullable=False),
        pa.field("realis", pa.bool_(), nullable=False),
        pa.field("modality", pa.string()),
        pa.field("modality_cue", pa.string()),
        pa.field("trigger", pa.string()),
        pa.field("trigger_start", pa.int64()),
        pa.field("trigger_end", pa.int64()),
        pa.field("sentence", pa.string()),
        pa.field("sentence_start", pa.int64()),
        pa.field("sentence_end", pa.int64()),
        pa.field("actor", pa.string()),
        pa.field("actor_side", pa.string()),
        pa.field("location", pa.string()),
        pa.field("place_name", pa.string()),  # canonical name of the place (GeoNames), null when unresolved
        pa.field("country_code", pa.string()),  # ISO 3166 alpha-3 of the place
        pa.field("admin1", pa.string()),  # first-level division of the place
        pa.field("lat", pa.float64()),
        pa.field("lon", pa.float64()),
        pa.field("geo_precision", pa.string()),  # point / city / admin1 / country
        pa.field("geonames_id", pa.int64()),  # null for places of the project's own file
        pa.field("event_date", pa.date32()),
        pa.field("date_precision", pa.string()),
        pa.field("source", pa.string()),
        pa.field("confidence", pa.float64()),
        pa.field("pattern_id", pa.string()),
        pa.field("extractor_version", pa.string()),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("cluster_id", pa.string()),  # the event_clusters row this mention belongs to; null unless realis
        pa.field("published_at", _TS),  # its article's documents.published_at: the reports filter mentions without a join
        pa.field("doc_number", pa.int64()),  # its article's documents.doc_number: reports count articles as integers
        pa.field("cluster_number", pa.uint64()),  # cluster_id's 16 hex digits as a number (tasks/cluster.py); null with it
        pa.field("day", pa.date32()),  # the mention's day in reports: mention_day(event_date, published_at), stored so a scan can skip by it
    ]
)

EVENT_CLUSTERS = pa.schema(  # one row per real-world event: realis mentions grouped (tasks/cluster.py)
    [
        pa.field("cluster_id", pa.string(), nullable=False),
        pa.field("event_type", pa.string(), nullable=False),
        pa.field("place_name", pa.string()),  # the most specific place its mentions share
        pa.field("country_code", pa.string()),
        pa.field("admin1", pa.string()),
        pa.field("lat", pa.float64()),
        pa.field("lon", pa.float64()),
        pa.field("geo_precision", pa.string()),
        pa.field("first_event_date", pa.date32()),  # first and last of its mentions' event_date at that precision
        pa.field("last_event_date", pa.date32()),
        pa.field("date_precision", pa.string()),  # of those dates: the most precise its mentions give, or unknown
        pa.field("mention_count", pa.int64()),
        pa.field("doc_count", pa.int64()),
        pa.field("first_published_at", _TS),
        pa.field("last_published_at", _TS),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("cluster_number", pa.uint64()),  # cluster_id as a number, as on events
        # its first report, the mention the reports quote (tasks/cluster.py evidence_key): its article's doc_number,
        # its event_id and its location (as written), so that a report finds it without reading every mention
        pa.field("evidence_doc_number", pa.int64()),
        pa.field("evidence_event_id", pa.string()),
        pa.field("evidence_location", pa.string()),
    ]
)

RUNS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("started_at", _TS),
        pa.field("finished_at", _TS),
        pa.field("input_dir", pa.string()),
        pa.field("extractor_version", pa.string()),
        pa.field("n_inputs", pa.int64()),  # articles read (a JSONL line counts once) + quarantined + skipped files
        pa.field("n_documents", pa.int64()),
        pa.field("n_new", pa.int64()),
        pa.field("n_changed", pa.int64()),
        pa.field("n_unchanged", pa.int64()),
        pa.field("n_removed", pa.int64()),
        pa.field("n_failed", pa.int64()),
        pa.field("n_skipped", pa.int64()),
        pa.field("n_events", pa.int64()),
    ]
)

INGEST_ERRORS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("source_path", pa.string(), nullable=False),
        pa.field("error_class", pa.string(), nullable=False),
        pa.field("message", pa.string()),
        pa.field("action", pa.string()),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "events": EVENTS,
    "event_clusters": EVENT_CLUSTERS,
    "runs": RUNS,
    "ingest_errors": INGEST_ERRORS,
}

SORT_KEYS: dict[str, list[str]] = {  # tables kept in several part files: the order a whole read returns
    "documents": ["source_path"],
    "events": ["source_path", "sentence_start", "event_id"],
}


def mention_day(event_date: date | None, published_at: datetime | None) -> date | None:
    """A mention's day: its event date, else the UTC day its article was published, else null."""
    if event_date is not None:
        return event_date
    return published_at.astimezone(timezone.utc).date() if published_at is not None else None


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) → a table of the declared schema; unknown keys are an error."""
    schema = TABLES[name]
    known = set(schema.names)
    for row in rows:
        extra = set(row) - known
        if extra:
            raise ValueError(f"{name}: columns not in the schema: {sorted(extra)}")
    columns = {f.name: [row.get(f.name) for row in rows] for f in schema}
    return pa.Table.from_pydict(columns, schema=schema)
