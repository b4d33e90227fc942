-- Events by month and type: each event (cluster) in the month of its first date (else its first article's), with its mentions.
monthly AS (
    SELECT strftime(date_trunc('month', day), '%Y-%m') AS month, event_type, mention_count
    FROM clusters
),
counted AS (
    SELECT month, event_type, count(*) AS clusters, sum(mention_count) AS mentions
    FROM monthly
    GROUP BY month, event_type
)
SELECT coalesce(month, '(undated)') AS month, event_type, clusters, mentions
FROM counted
ORDER BY counted.month NULLS LAST, event_type
LIMIT $limit
