-- Top actors: who surrendered, retreated, cancelled or refused, by events (clusters) and mentions.
named AS (
    SELECT actor, actor_side, cluster_id, event_type
    FROM mentions
    WHERE realis AND actor IS NOT NULL
),
sized AS (
    SELECT actor, actor_side, count(*) AS mentions
    FROM named
    GROUP BY actor, actor_side
),
busiest AS (
    SELECT *
    FROM sized
    ORDER BY mentions DESC, actor, actor_side NULLS LAST
    LIMIT $limit
),
busiest_events AS (
    SELECT n.actor, n.actor_side, count(DISTINCT n.cluster_id) AS clusters
    FROM named AS n
    SEMI JOIN busiest AS b ON n.actor = b.actor AND n.actor_side IS NOT DISTINCT FROM b.actor_side
    GROUP BY n.actor, n.actor_side
),
bar AS (
    -- $limit actors have at least this many events, so any actor shown does; events never outnumber mentions
    SELECT CASE WHEN count(*) < $limit THEN 0 ELSE min(clusters) END AS clusters
    FROM busiest_events
),
contenders AS (
    SELECT s.actor, s.actor_side
    FROM sized AS s, bar
    WHERE s.mentions >= bar.clusters
),
counted AS (
    SELECT n.actor, n.actor_side, count(DISTINCT n.cluster_id) AS clusters, count(*) AS mentions,
           string_agg(DISTINCT n.event_type, ', ' ORDER BY n.event_type) AS event_types
    FROM named AS n
    SEMI JOIN contenders AS c ON n.actor = c.actor AND n.actor_side IS NOT DISTINCT FROM c.actor_side
    GROUP BY n.actor, n.actor_side
)
SELECT actor, actor_side AS side, clusters, mentions, event_types
FROM counted
ORDER BY clusters DESC, mentions DESC, actor, side NULLS LAST
LIMIT $limit
