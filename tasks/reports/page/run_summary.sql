-- The run the page describes: its time and input, and what the warehouse holds (unfiltered).
latest AS (
    SELECT run_id, finished_at, input_dir
    FROM runs
    ORDER BY finished_at DESC NULLS LAST, run_id DESC
    LIMIT 1
),
held AS (
    SELECT (SELECT count(*) FROM documents) AS documents,
           (SELECT count(*) FROM events) AS mentions,
           (SELECT count(*) FROM events WHERE realis) AS realis_mentions,
           (SELECT count(*) FROM event_clusters) AS clusters
)
SELECT l.run_id, l.finished_at, l.input_dir, h.documents, h.mentions, h.realis_mentions, h.clusters
FROM held AS h
LEFT JOIN latest AS l ON true
