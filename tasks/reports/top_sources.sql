-- Top sources: who says so (the source a mention cites), by events (clusters), mentions and articles.
-- A mention is a sentence stating an event of one type: a sentence's rows for several participants count once.
cited AS MATERIALIZED (
    SELECT source, cluster_number, doc_number, sentence_start, event_type
    FROM mentions
    WHERE realis AND source IS NOT NULL
),
sized AS MATERIALIZED (
    -- rows, not mentions: each row has at most one event, so rows bound events from above
    SELECT source, count(*) AS row_count
    FROM cited
    GROUP BY source
),
top AS (
    SELECT *
    FROM sized
    ORDER BY row_count DESC, source
    LIMIT $limit
),
busiest AS MATERIALIZED (
    SELECT source, row_number() OVER () AS slot
    FROM top
),
busiest_mentions AS (
    SELECT b.slot, c.cluster_number, c.doc_number, c.sentence_start, c.event_type
    FROM cited AS c
    JOIN busiest AS b USING (source)
),
busiest_counted AS (
    -- distinct events and articles of the $limit busiest, keyed by their slot: integers, not strings, are hashed
    SELECT slot, count(DISTINCT cluster_number) AS clusters, count(DISTINCT (doc_number, sentence_start, event_type)) AS mentions,
           count(DISTINCT doc_number) AS articles
    FROM busiest_mentions
    GROUP BY slot
),
busiest_events AS MATERIALIZED (
    SELECT b.source, c.clusters, c.mentions, c.articles
    FROM busiest AS b
    JOIN busiest_counted AS c USING (slot)
),
bar AS (
    -- $limit sources have at least this many events, so any source shown does; events never outnumber rows
    SELECT CASE WHEN count(*) < $limit THEN 0 ELSE min(clusters) END AS clusters
    FROM busiest_events
),
contenders AS (
    SELECT s.source
    FROM sized AS s
    JOIN bar ON s.row_count >= bar.clusters
    WHERE s.source NOT IN (SELECT source FROM busiest)
),
others AS (
    SELECT source, count(DISTINCT cluster_number) AS clusters, count(DISTINCT (doc_number, sentence_start, event_type)) AS mentions,
           count(DISTINCT doc_number) AS articles
    FROM cited
    WHERE source IN (SELECT source FROM contenders)
    GROUP BY source
),
counted AS (
    SELECT * FROM busiest_events
    UNION ALL
    SELECT * FROM others
)
SELECT source, clusters, mentions, articles
FROM counted
ORDER BY clusters DESC, mentions DESC, source
LIMIT $limit
