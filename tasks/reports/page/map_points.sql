-- Geocoded events (clusters) for the map: one point per event, sized by its mentions.
located AS (
    SELECT *
    FROM clusters
    WHERE lat IS NOT NULL AND lon IS NOT NULL
)
SELECT event_type, coalesce(place_name, '(unnamed)') AS place, country_code AS country, lat, lon, day AS date, mention_count AS mentions
FROM located
ORDER BY mention_count DESC, day NULLS LAST, place, cluster_number  -- the cluster breaks ties: the same points every time
LIMIT $limit
