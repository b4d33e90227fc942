-- Every event mention, realis or not, newest first, with its evidence sentence and a link to its article.
-- $cutoff is event_rows_cutoff.sql's answer for the same filters and limit: no older mention can be shown.
listed AS (
    SELECT day AS date, event_type, realis, modality, coalesce(place_name, location) AS place, country_code AS country,
           actor, actor_side AS side, sentence, source_path, sentence_start, event_id, doc_number
    FROM mentions
    WHERE CAST($cutoff AS DATE) IS NULL OR day >= CAST($cutoff AS DATE)
),
newest AS (
    SELECT *
    FROM listed
    ORDER BY date DESC NULLS LAST, source_path, sentence_start, event_id
    LIMIT $limit
),
linked AS (
    SELECT n.*, coalesce(d.url, n.source_path) AS link, coalesce(d.title, n.source_path) AS article
    FROM newest AS n
    LEFT JOIN documents AS d USING (doc_number)  -- its article, by the integer key
)
SELECT date, event_type, realis, modality, place, country, actor, side, sentence, link, article
FROM linked
ORDER BY date DESC NULLS LAST, source_path, sentence_start, event_id
LIMIT $limit
