-- Events by type: events (clusters: the mentions of one real-world event) first, then their mentions and articles.
counted AS (
    SELECT event_type, count(*) AS clusters, sum(mention_count) AS mentions
    FROM clusters
    GROUP BY event_type
),
clustered AS (
    SELECT event_type, source_path
    FROM mentions
    WHERE cluster_id IN (SELECT cluster_id FROM clusters)
),
articles AS (
    SELECT event_type, count(DISTINCT source_path) AS articles
    FROM clustered
    GROUP BY event_type
)
SELECT c.event_type, c.clusters, c.mentions, coalesce(a.articles, 0) AS articles
FROM counted AS c
LEFT JOIN articles AS a USING (event_type)
ORDER BY c.clusters DESC, c.mentions DESC, c.event_type
LIMIT $limit
