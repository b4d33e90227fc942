-- The filtered inputs of every report: the events (clusters) and mentions that pass the filters, as CTEs
-- `clusters` and `mentions`. Each report's SQL continues this WITH list (sitrep joins the two with a comma).
-- $since, $type and $country are bound values, NULL for "all", compared where each table is read (DuckDB folds
-- the bound values, so a filter reaches the Parquet scan and its row-group statistics). A cluster's day is its first event date, else
-- its first article's publication date; a mention's day is `events.day`, stored with it: its event date, else its
-- article's UTC publication date (no join with `documents`, which a report joins after its own filter when it shows a
-- url or title; a plain column, so a scan skips row groups by it).
WITH cluster_days AS NOT MATERIALIZED (
    SELECT *, coalesce(first_event_date, CAST(first_published_at AS DATE)) AS day
    FROM event_clusters
),
clusters AS NOT MATERIALIZED (
    SELECT c.*
    FROM cluster_days AS c
    WHERE (CAST($since AS DATE) IS NULL OR c.day >= CAST($since AS DATE))
      AND (CAST($type AS VARCHAR) IS NULL OR c.event_type = CAST($type AS VARCHAR))
      AND (CAST($country AS VARCHAR) IS NULL OR c.country_code = CAST($country AS VARCHAR))
),
mentions AS NOT MATERIALIZED (
    SELECT m.*
    FROM events AS m
    WHERE (CAST($since AS DATE) IS NULL OR m.day >= CAST($since AS DATE))
      AND (CAST($type AS VARCHAR) IS NULL OR m.event_type = CAST($type AS VARCHAR))
      AND (CAST($country AS VARCHAR) IS NULL OR m.country_code = CAST($country AS VARCHAR))
)
