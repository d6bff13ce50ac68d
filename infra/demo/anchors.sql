-- Demo data only (never the test database): thirty days of history for the four demo anchors, so that
-- each seller tier has an example. Applied by anchors.sh with psql variables super, famous, ordinary and
-- low (the anchors' Keycloak ids); idempotent. Followers named 'demo-fan-NNNN' are not real users: they
-- stand for an audience the local demo cannot have. Sales and show figures are invented, dated from today.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO core.anchor_follow (anchor_id, follower_id, followed_at)
SELECT a.id, 'demo-fan-' || lpad(g::text, 4, '0'), now() - make_interval(hours => g)
FROM (VALUES (:'super', 1800), (:'famous', 2600), (:'ordinary', 140), (:'low', 12)) AS a(id, fans)
CROSS JOIN LATERAL generate_series(1, a.fans) AS g
ON CONFLICT DO NOTHING;

UPDATE core.anchor a SET followers = (SELECT count(*) FROM core.anchor_follow f WHERE f.anchor_id = a.id)
WHERE a.id IN (:'super', :'famous', :'ordinary', :'low');

-- Daily sales over the trailing 30 UTC days; days already recorded are left as they are.
INSERT INTO core.anchor_daily_sales (anchor_id, day, currency, gmv, orders, units)
SELECT a.id, (now() AT TIME ZONE 'UTC')::date - d, 'EUR',
       round(a.daily * (0.8 + 0.04 * ((d * 37) % 11)), 2), greatest(1, a.daily / 25), greatest(1, a.daily / 20)
FROM (VALUES (:'super', 900), (:'famous', 520), (:'ordinary', 40)) AS a(id, daily)
CROSS JOIN generate_series(0, 29) AS d
ON CONFLICT (anchor_id, day, currency, bucket) DO NOTHING;

-- Eight shows each in the window: minutes live, average concurrent viewers, unique viewers, engagements per
-- viewer-minute and conversion rate per anchor. Re-dated on every run so they stay in the window.
INSERT INTO core.anchor_show_figures (show_id, anchor_id, ended_at, minutes_live, viewer_minutes, unique_viewers,
                                      engagements, buyers, recorded_at)
SELECT md5(a.id || '/demo-show/' || n)::uuid, a.id, now() - make_interval(days => n * 3 + 1),
       a.minutes, a.minutes * a.avg_viewers, a.viewers,
       round(a.minutes * a.avg_viewers * a.engagement), round(a.viewers * a.conversion), now()
FROM (VALUES (:'super',    120, 450, 2500, 0.12, 0.045),
             (:'famous',    90,  60, 1800, 0.02, 0.006),
             (:'ordinary',  60, 160,  420, 0.14, 0.060),
             (:'low',       45,  15,   90, 0.01, 0.003))
     AS a(id, minutes, avg_viewers, viewers, engagement, conversion)
CROSS JOIN generate_series(0, 7) AS n
ON CONFLICT (show_id) DO UPDATE SET ended_at = excluded.ended_at, recorded_at = excluded.recorded_at;

-- The stored tiers are recomputed on the next listing.
UPDATE core.anchor SET tier_day = NULL WHERE id IN (:'super', :'famous', :'ordinary', :'low');

COMMIT;
