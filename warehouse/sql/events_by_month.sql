-- Realis events by month: the event's own date where the text gives one, else the article's publication date.
-- mentions are event rows; clusters are events, each counted once, in the month of its earliest mention.
WITH happened AS (
    SELECT e.event_type, e.cluster_id, coalesce(e.event_date, CAST(d.published_at AS DATE)) AS day
    FROM events AS e
    LEFT JOIN documents AS d USING (source_path)
    WHERE e.realis
),
dated AS (
    SELECT event_type, cluster_id, strftime(date_trunc('month', day), '%Y-%m') AS month
    FROM happened
),
cluster_month AS (
    SELECT cluster_id, min(month) AS month
    FROM dated
    GROUP BY cluster_id
),
mentions AS (
    SELECT month, event_type, count(*) AS mentions
    FROM dated
    GROUP BY ALL
),
clusters AS (
    SELECT d.month, d.event_type, count(DISTINCT d.cluster_id) AS clusters
    FROM dated AS d
    JOIN cluster_month AS c ON c.cluster_id = d.cluster_id AND c.month IS NOT DISTINCT FROM d.month
    GROUP BY ALL
)
SELECT coalesce(m.month, '(undated)') AS month, m.event_type, m.mentions, coalesce(c.clusters, 0) AS clusters
FROM mentions AS m
LEFT JOIN clusters AS c ON c.month IS NOT DISTINCT FROM m.month AND c.event_type = m.event_type
ORDER BY m.month NULLS LAST, m.event_type
LIMIT $limit
