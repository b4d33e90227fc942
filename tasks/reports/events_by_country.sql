-- Events by country: events (clusters), their mentions, and how many places they happened in.
counted AS (
    SELECT country_code, count(*) AS clusters, sum(mention_count) AS mentions
    FROM clusters
    GROUP BY country_code
),
shown AS (
    SELECT *
    FROM counted
    ORDER BY clusters DESC, mentions DESC, country_code NULLS LAST
    LIMIT $limit
),
places AS (
    SELECT c.country_code, count(DISTINCT c.place_name) AS places
    FROM clusters AS c
    SEMI JOIN shown AS s ON c.country_code IS NOT DISTINCT FROM s.country_code
    GROUP BY c.country_code
)
SELECT coalesce(s.country_code, '(unknown)') AS country, s.clusters, s.mentions, p.places
FROM shown AS s
LEFT JOIN places AS p ON s.country_code IS NOT DISTINCT FROM p.country_code
ORDER BY s.clusters DESC, s.mentions DESC, s.country_code NULLS LAST
LIMIT $limit
