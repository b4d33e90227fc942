-- Latest cancelled celebrations: place, date, mentions and the evidence sentence of the first article that reports each.
cancelled AS (
    SELECT *
    FROM clusters
    WHERE event_type = 'CANCELLED_CELEBRATION'
),
ranked AS (
    SELECT e.cluster_id, e.location, e.actor, e.sentence, coalesce(d.url, e.source_path) AS link,
           row_number() OVER (PARTITION BY e.cluster_id ORDER BY d.published_at NULLS LAST, e.source_path, e.sentence_start) AS rank
    FROM events AS e
    LEFT JOIN documents AS d USING (source_path)
    WHERE e.cluster_id IN (SELECT cluster_id FROM cancelled)
),
evidence AS (
    SELECT * FROM ranked WHERE rank = 1
)
SELECT c.day AS date, coalesce(c.place_name, v.location, '(unknown)') AS place, c.country_code AS country,
       v.actor, c.mention_count AS mentions, v.sentence, v.link
FROM cancelled AS c
LEFT JOIN evidence AS v USING (cluster_id)
ORDER BY c.day DESC NULLS LAST, place, c.cluster_id
LIMIT $limit
