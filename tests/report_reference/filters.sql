-- The reports' SQL before issue 9 (the reference the optimised SQL must equal), joining documents for the day.
-- The filtered inputs of every report: the events (clusters) and mentions that pass the filters, as CTEs
-- `clusters` and `mentions`. Each report's SQL continues this WITH list (sitrep joins the two with a comma).
-- $since, $type and $country are bound values, NULL for "all". A cluster's day is its first event date, else
-- its first article's publication date; a mention's day is its event date, else its article's.
WITH chosen AS (
    SELECT CAST($since AS DATE) AS since, CAST($type AS VARCHAR) AS event_type, CAST($country AS VARCHAR) AS country
),
cluster_days AS (
    SELECT *, coalesce(first_event_date, CAST(first_published_at AS DATE)) AS day
    FROM event_clusters
),
clusters AS (
    SELECT c.*
    FROM cluster_days AS c, chosen
    WHERE (chosen.since IS NULL OR c.day >= chosen.since)
      AND (chosen.event_type IS NULL OR c.event_type = chosen.event_type)
      AND (chosen.country IS NULL OR c.country_code = chosen.country)
),
mention_days AS (
    SELECT e.* EXCLUDE (published_at, day), coalesce(e.event_date, CAST(d.published_at AS DATE)) AS day, d.published_at, d.url, d.title
    FROM events AS e
    LEFT JOIN documents AS d USING (source_path)
),
mentions AS (
    SELECT m.*
    FROM mention_days AS m, chosen
    WHERE (chosen.since IS NULL OR m.day >= chosen.since)
      AND (chosen.event_type IS NULL OR m.event_type = chosen.event_type)
      AND (chosen.country IS NULL OR m.country_code = chosen.country)
)
