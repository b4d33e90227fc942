-- Events that happened (realis), by type: events (clusters of mentions of one real-world event),
-- the event rows and sentences (mentions) behind them, and the articles that report them.
WITH happened AS (
    SELECT event_type, source_path, sentence_start, cluster_id
    FROM events
    WHERE realis
),
counted AS (
    SELECT
        event_type,
        count(*) AS event_rows,
        count(DISTINCT (source_path, sentence_start)) AS mentions,
        count(DISTINCT cluster_id) AS clusters,
        count(DISTINCT source_path) AS documents
    FROM happened
    GROUP BY event_type
)
SELECT * FROM counted
ORDER BY clusters DESC, event_rows DESC, event_type
LIMIT $limit
