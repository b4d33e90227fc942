-- Events that happened (realis), by type: event rows and the sentences (mentions) behind them.
WITH happened AS (
    SELECT event_type, source_path, sentence_start
    FROM events
    WHERE realis
),
counted AS (
    SELECT
        event_type,
        count(*) AS event_rows,
        count(DISTINCT (source_path, sentence_start)) AS mentions,
        count(DISTINCT source_path) AS documents
    FROM happened
    GROUP BY event_type
)
SELECT * FROM counted
ORDER BY event_rows DESC, event_type
LIMIT $limit
