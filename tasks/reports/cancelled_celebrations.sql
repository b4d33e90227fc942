-- Latest cancelled celebrations: place, date, mentions and the evidence sentence of the first article that reports each.
cancelled AS MATERIALIZED (
    SELECT *
    FROM clusters
    WHERE event_type = 'CANCELLED_CELEBRATION'
),
newest AS (
    SELECT day
    FROM cancelled
    ORDER BY day DESC NULLS LAST
    LIMIT $limit
),
cutoff AS (
    -- the $limit-th latest day: a cluster of that day or later is among the $limit latest (ties stay in); when the
    -- $limit latest reach undated clusters, or there are fewer, every cluster is
    SELECT min(day) AS day, count(day) = $limit AS reached
    FROM newest
),
latest AS (
    SELECT c.*
    FROM cancelled AS c, cutoff
    WHERE NOT cutoff.reached OR c.day >= cutoff.day
),
reports AS MATERIALIZED (
    -- integers and dictionary-encoded columns only: the paths and ids of 10M mentions are not decoded
    SELECT cluster_number, doc_number, published_at, sentence_start, location, actor, sentence
    FROM events
    WHERE cluster_number IN (SELECT cluster_number FROM latest)
),
articles AS (
    SELECT doc_number, source_path, coalesce(url, source_path) AS link
    FROM documents
    WHERE doc_number IN (SELECT doc_number FROM reports)
),
linked AS (
    SELECT r.*, a.source_path, a.link
    FROM reports AS r
    JOIN articles AS a USING (doc_number)
),
ranked AS (
    -- events.published_at is its article's documents.published_at
    SELECT *, row_number() OVER (PARTITION BY cluster_number ORDER BY published_at NULLS LAST, source_path, sentence_start) AS rank
    FROM linked
),
evidence AS (
    SELECT * FROM ranked WHERE rank = 1
)
SELECT c.day AS date, coalesce(c.place_name, v.location, '(unknown)') AS place, c.country_code AS country,
       v.actor, c.mention_count AS mentions, v.sentence, v.link
FROM latest AS c
LEFT JOIN evidence AS v USING (cluster_number)
ORDER BY c.day DESC NULLS LAST, place
LIMIT $limit
