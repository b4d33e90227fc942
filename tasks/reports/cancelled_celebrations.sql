-- Latest cancelled celebrations: place, date, mentions and the evidence sentence of the first article that reports each.
cancelled AS (
    SELECT *
    FROM clusters
    WHERE event_type = 'CANCELLED_CELEBRATION'
),
shown AS MATERIALIZED (
    -- a cluster's evidence is its first report (event_clusters.evidence_*, chosen by the clustering): its location
    -- names a place the cluster does not, so the clusters are ordered without reading a mention
    SELECT *, coalesce(place_name, evidence_location, '(unknown)') AS place
    FROM cancelled
    ORDER BY day DESC NULLS LAST, place, cluster_number  -- the cluster breaks ties: the same rows every time
    LIMIT $limit
),
evidence AS (
    -- the shown clusters' evidence mentions: their articles' numbers pick the row groups to read (a run writes its
    -- events document by document, numbering new documents as it goes)
    SELECT doc_number, event_id, actor, sentence
    FROM events
    WHERE doc_number IN (SELECT evidence_doc_number FROM shown)
),
articles AS (
    SELECT doc_number, coalesce(url, source_path) AS link
    FROM documents
    WHERE doc_number IN (SELECT evidence_doc_number FROM shown)
)
SELECT s.day AS date, s.place, s.country_code AS country, v.actor, s.mention_count AS mentions, v.sentence, a.link
FROM shown AS s
LEFT JOIN evidence AS v ON v.doc_number = s.evidence_doc_number AND v.event_id = s.evidence_event_id
LEFT JOIN articles AS a ON a.doc_number = s.evidence_doc_number
ORDER BY s.day DESC NULLS LAST, s.place, s.cluster_number
LIMIT $limit
