-- Top sources: who says so (the source a mention cites), by events (clusters), mentions and articles.
cited AS (
    SELECT source, cluster_id, source_path, sentence_start, event_type
    FROM mentions
    WHERE realis AND source IS NOT NULL
),
counted AS (
    SELECT source, count(DISTINCT cluster_id) AS clusters, count(DISTINCT (source_path, sentence_start, event_type)) AS mentions, count(DISTINCT source_path) AS articles
    FROM cited
    GROUP BY source
)
SELECT source, clusters, mentions, articles
FROM counted
ORDER BY clusters DESC, mentions DESC, source
LIMIT $limit
