-- Top sources: who says so (the source a mention cites), by events (clusters), mentions and articles.
cited AS (
    SELECT source, cluster_id, source_path
    FROM mentions
    WHERE realis AND source IS NOT NULL
),
sized AS (
    SELECT source, count(*) AS mentions
    FROM cited
    GROUP BY source
),
busiest AS (
    SELECT *
    FROM sized
    ORDER BY mentions DESC, source
    LIMIT $limit
),
busiest_events AS (
    SELECT source, count(DISTINCT cluster_id) AS clusters
    FROM cited
    WHERE source IN (SELECT source FROM busiest)
    GROUP BY source
),
bar AS (
    -- $limit sources have at least this many events, so any source shown does; events never outnumber mentions
    SELECT CASE WHEN count(*) < $limit THEN 0 ELSE min(clusters) END AS clusters
    FROM busiest_events
),
contenders AS (
    SELECT s.source
    FROM sized AS s, bar
    WHERE s.mentions >= bar.clusters
),
counted AS (
    SELECT source, count(DISTINCT cluster_id) AS clusters, count(*) AS mentions, count(DISTINCT source_path) AS articles
    FROM cited
    WHERE source IN (SELECT source FROM contenders)
    GROUP BY source
)
SELECT source, clusters, mentions, articles
FROM counted
ORDER BY clusters DESC, mentions DESC, source
LIMIT $limit
