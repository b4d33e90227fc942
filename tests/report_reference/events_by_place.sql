-- Events by place: the place each event (cluster) resolved to, with its country, events and mentions.
counted AS (
    SELECT place_name, country_code, count(*) AS clusters, sum(mention_count) AS mentions,
           string_agg(DISTINCT event_type, ', ' ORDER BY event_type) AS event_types
    FROM clusters
    GROUP BY place_name, country_code
)
SELECT coalesce(place_name, '(unresolved)') AS place, country_code AS country, clusters, mentions, event_types
FROM counted
ORDER BY clusters DESC, mentions DESC, counted.place_name NULLS LAST, country
LIMIT $limit
