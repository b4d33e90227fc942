-- Top actors: who surrendered, retreated, cancelled or refused, by events (clusters) and mentions.
named AS NOT MATERIALIZED (
    SELECT actor, actor_side, cluster_number, event_type
    FROM mentions
    WHERE realis AND actor IS NOT NULL
),
sized AS MATERIALIZED (
    SELECT actor, actor_side, count(*) AS mentions
    FROM named
    GROUP BY actor, actor_side
),
top AS (
    SELECT *
    FROM sized
    ORDER BY mentions DESC, actor, actor_side NULLS LAST
    LIMIT $limit
),
busiest AS MATERIALIZED (
    SELECT actor, actor_side, row_number() OVER () AS slot
    FROM top
),
busiest_mentions AS (
    SELECT b.slot, n.cluster_number, n.event_type
    FROM named AS n
    JOIN busiest AS b ON n.actor = b.actor AND n.actor_side IS NOT DISTINCT FROM b.actor_side
),
busiest_counted AS MATERIALIZED (
    -- distinct events of the $limit busiest, keyed by their slot: integers, not strings, are hashed
    SELECT slot, count(DISTINCT cluster_number) AS clusters, count(*) AS mentions,
           string_agg(DISTINCT event_type, ', ' ORDER BY event_type) AS event_types
    FROM busiest_mentions
    GROUP BY slot
),
busiest_events AS (
    SELECT b.actor, b.actor_side, c.clusters, c.mentions, c.event_types
    FROM busiest AS b
    JOIN busiest_counted AS c USING (slot)
),
bar AS (
    -- $limit actors have at least this many events, so any actor shown does; events never outnumber mentions
    SELECT CASE WHEN count(*) < $limit THEN 0 ELSE min(clusters) END AS clusters
    FROM busiest_events
),
contenders AS (
    SELECT s.actor, s.actor_side
    FROM sized AS s
    JOIN bar ON s.mentions >= bar.clusters
    ANTI JOIN busiest AS b ON s.actor = b.actor AND s.actor_side IS NOT DISTINCT FROM b.actor_side
),
others AS (
    SELECT n.actor, n.actor_side, count(DISTINCT n.cluster_number) AS clusters, count(*) AS mentions,
           string_agg(DISTINCT n.event_type, ', ' ORDER BY n.event_type) AS event_types
    FROM named AS n
    SEMI JOIN contenders AS c ON n.actor = c.actor AND n.actor_side IS NOT DISTINCT FROM c.actor_side
    GROUP BY n.actor, n.actor_side
),
counted AS (
    SELECT * FROM busiest_events
    UNION ALL
    SELECT * FROM others
)
SELECT actor, actor_side AS side, clusters, mentions, event_types
FROM counted
ORDER BY clusters DESC, mentions DESC, actor, side NULLS LAST
LIMIT $limit
