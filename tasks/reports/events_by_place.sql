-- Events by place: the place each event (cluster) resolved to, with its country, events and mentions.
counted AS (
    SELECT place_name, country_code, count(*) AS clusters, sum(mention_count) AS mentions
    FROM clusters
    GROUP BY place_name, country_code
),
shown AS (
    SELECT *
    FROM counted
    ORDER BY clusters DESC, mentions DESC, place_name NULLS LAST, country_code
    LIMIT $limit
),
kinds AS (
    SELECT c.place_name, c.country_code, string_agg(DISTINCT c.event_type, ', ' ORDER BY c.event_type) AS event_types
    FROM clusters AS c
    SEMI JOIN shown AS s ON c.place_name IS NOT DISTINCT FROM s.place_name AND c.country_code IS NOT DISTINCT FROM s.country_code
    GROUP BY c.place_name, c.country_code
)
SELECT coalesce(s.place_name, '(unresolved)') AS place, s.country_code AS country, s.clusters, s.mentions, k.event_types
FROM shown AS s
LEFT JOIN kinds AS k ON s.place_name IS NOT DISTINCT FROM k.place_name AND s.country_code IS NOT DISTINCT FROM k.country_code
ORDER BY s.clusters DESC, s.mentions DESC, s.place_name NULLS LAST, country
LIMIT $limit
