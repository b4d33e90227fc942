-- Where events happened: realis mentions by place as written and its country, and the events
-- (clusters) they belong to; an event reported as "Kherson" and as "the Kherson region" counts in both rows.
WITH happened AS (
    SELECT event_type, coalesce(location, '(unknown)') AS location, country_code, cluster_id
    FROM events
    WHERE realis
),
counted AS (
    SELECT location, any_value(country_code) AS country, event_type,
           count(*) AS mentions, count(DISTINCT cluster_id) AS clusters
    FROM happened
    GROUP BY location, event_type
)
SELECT * FROM counted
ORDER BY clusters DESC, mentions DESC, location, event_type
LIMIT $limit
