-- The day of the oldest of the newest $limit mentions, null when they include an undated one (or there are none):
-- event_rows then reads no mention older than it, so the scan skips what the page cannot show before decoding its text.
newest AS (
    SELECT day
    FROM mentions
    ORDER BY day DESC NULLS LAST
    LIMIT $limit
)
SELECT CASE WHEN count(*) = count(day) THEN min(day) END AS cutoff
FROM newest
