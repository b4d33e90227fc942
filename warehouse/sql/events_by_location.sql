-- Where events happened: realis events by place as written and its country.
WITH happened AS (
    SELECT event_type, coalesce(location, '(unknown)') AS location, country_code
    FROM events
    WHERE realis
),
counted AS (
    SELECT location, any_value(country_code) AS country, event_type, count(*) AS events
    FROM happened
    GROUP BY location, event_type
)
SELECT * FROM counted
ORDER BY events DESC, location, event_type
LIMIT $limit
