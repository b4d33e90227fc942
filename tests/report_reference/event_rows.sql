-- Every event mention, realis or not, newest first, with its evidence sentence and a link to its article.
listed AS (
    SELECT day AS date, event_type, realis, modality, coalesce(place_name, location) AS place, country_code AS country,
           actor, actor_side AS side, sentence, coalesce(url, source_path) AS link, coalesce(title, source_path) AS article,
           source_path, sentence_start, event_id
    FROM mentions
)
SELECT date, event_type, realis, modality, place, country, actor, side, sentence, link, article
FROM listed
ORDER BY date DESC NULLS LAST, source_path, sentence_start, event_id
LIMIT $limit
