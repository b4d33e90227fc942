-- Events by country: events (clusters), their mentions, and how many places they happened in.
counted AS (
    SELECT country_code, count(*) AS clusters, sum(mention_count) AS mentions, count(DISTINCT place_name) AS places
    FROM clusters
    GROUP BY country_code
)
SELECT coalesce(country_code, '(unknown)') AS country, clusters, mentions, places
FROM counted
ORDER BY clusters DESC, mentions DESC, counted.country_code NULLS LAST
LIMIT $limit
