-- Latest cancelled celebrations: place, date, mentions and the evidence sentence of the first article that reports each.
cancelled AS (
    SELECT *
    FROM clusters
    WHERE event_type = 'CANCELLED_CELEBRATION'
),
latest AS (
    -- the clusters that can be among the $limit latest: fewer than $limit others are later (ties on the day stay in)
    SELECT *
    FROM cancelled
    QUALIFY rank() OVER (ORDER BY day DESC NULLS LAST) <= $limit
),
reports AS (
    SELECT cluster_id, location, actor, sentence, source_path, sentence_start
    FROM events
    WHERE cluster_id IN (SELECT cluster_id FROM latest)
),
ranked AS (
    SELECT r.cluster_id, r.location, r.actor, r.sentence, coalesce(d.url, r.source_path) AS link,
           row_number() OVER (PARTITION BY r.cluster_id ORDER BY d.published_at NULLS LAST, r.source_path, r.sentence_start) AS rank
    FROM reports AS r
    LEFT JOIN documents AS d USING (source_path)
),
evidence AS (
    SELECT * FROM ranked WHERE rank = 1
)
SELECT c.day AS date, coalesce(c.place_name, v.location, '(unknown)') AS place, c.country_code AS country,
       v.actor, c.mention_count AS mentions, v.sentence, v.link
FROM latest AS c
LEFT JOIN evidence AS v USING (cluster_id)
ORDER BY c.day DESC NULLS LAST, place
LIMIT $limit
