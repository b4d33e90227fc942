-- Top actors: who surrendered, retreated, cancelled or refused, by events (clusters) and mentions.
named AS (
    SELECT actor, actor_side, cluster_id, event_type
    FROM mentions
    WHERE realis AND actor IS NOT NULL
),
counted AS (
    SELECT actor, actor_side, count(DISTINCT cluster_id) AS clusters, count(*) AS mentions,
           string_agg(DISTINCT event_type, ', ' ORDER BY event_type) AS event_types
    FROM named
    GROUP BY actor, actor_side
)
SELECT actor, actor_side AS side, clusters, mentions, event_types
FROM counted
ORDER BY clusters DESC, mentions DESC, actor, side NULLS LAST
LIMIT $limit
