-- Realis events by month: the event's own date where the text gives one, else the article's publication date.
WITH happened AS (
    SELECT e.event_type, coalesce(e.event_date, CAST(d.published_at AS DATE)) AS day
    FROM events AS e
    LEFT JOIN documents AS d USING (source_path)
    WHERE e.realis
),
monthly AS (
    SELECT strftime(date_trunc('month', day), '%Y-%m') AS month, event_type, count(*) AS events
    FROM happened
    GROUP BY ALL
)
SELECT coalesce(month, '(undated)') AS month, event_type, events
FROM monthly
ORDER BY month NULLS LAST, event_type
LIMIT $limit
