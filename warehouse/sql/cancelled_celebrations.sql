-- Every cancelled celebration that happened, with its place, date and who cancelled it.
WITH cancelled AS (
    SELECT e.location, e.country_code, e.event_date, e.actor, e.sentence, e.source_path,
           CAST(d.published_at AS DATE) AS published
    FROM events AS e
    LEFT JOIN documents AS d USING (source_path)
    WHERE e.realis AND e.event_type = 'CANCELLED_CELEBRATION'
)
SELECT
    coalesce(location, '(unknown)') AS place,
    country_code AS country,
    coalesce(event_date, published) AS date,
    actor,
    left(sentence, 100) AS sentence,
    source_path
FROM cancelled
ORDER BY date NULLS LAST, place
LIMIT $limit
