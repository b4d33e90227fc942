-- Events by type: events (clusters: the mentions of one real-world event) first, then their mentions and articles.
counted AS (
    SELECT event_type, count(*) AS clusters, sum(mention_count) AS mentions
    FROM clusters
    GROUP BY event_type
),
clustered AS (
    -- the mentions of the clusters counted. Without a date or country filter that is every clustered mention (a
    -- mention's type is its cluster's, and each cluster_number on events is a row of event_clusters): no join
    SELECT m.event_type, m.doc_number
    FROM mentions AS m
    WHERE CAST($since AS DATE) IS NULL AND CAST($country AS VARCHAR) IS NULL AND m.cluster_number IS NOT NULL
    UNION ALL
    SELECT m.event_type, m.doc_number
    FROM mentions AS m
    WHERE (CAST($since AS DATE) IS NOT NULL OR CAST($country AS VARCHAR) IS NOT NULL) AND m.cluster_number IN (SELECT cluster_number FROM clusters)
),
blocks AS (
    -- distinct articles as bits: doc_number is dense (1, 2, 3... per document), so one 64-bit word holds 64 articles
    SELECT event_type, doc_number // 64 AS block, bit_or(CAST(1 AS UBIGINT) << CAST(doc_number % 64 AS UBIGINT)) AS bits
    FROM clustered
    GROUP BY event_type, block
),
articles AS (
    SELECT event_type, sum(bit_count(bits)) AS articles
    FROM blocks
    GROUP BY event_type
)
SELECT c.event_type, c.clusters, c.mentions, coalesce(a.articles, 0) AS articles
FROM counted AS c
LEFT JOIN articles AS a USING (event_type)
ORDER BY c.clusters DESC, c.mentions DESC, c.event_type
LIMIT $limit
