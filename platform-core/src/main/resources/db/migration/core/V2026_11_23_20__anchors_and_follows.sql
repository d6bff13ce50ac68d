-- platform-core: anchors (profiles, followers, current tier). An anchor is known from its first profile
-- or from the first event that names it (a scheduled show, an order, recorded figures).
CREATE TABLE core.anchor (
    id                 varchar(64)  PRIMARY KEY,          -- the Keycloak subject
    display_name       varchar(60),                       -- null until the anchor writes its profile
    avatar_url         varchar(2000),
    bio                varchar(1000),
    followers          integer      NOT NULL DEFAULT 0 CHECK (followers >= 0),
    tier               varchar(16)  NOT NULL DEFAULT 'LOW_LEVEL'
                       CHECK (tier IN ('SUPER', 'FAMOUS', 'ORDINARY', 'LOW_LEVEL')),
    tier_day           date,                              -- UTC day the stored tier holds for; null = recompute
    profile_updated_at timestamptz,
    created_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0
);

CREATE INDEX anchor_listing_idx ON core.anchor (tier, followers DESC) WHERE display_name IS NOT NULL;

CREATE TABLE core.anchor_category (
    anchor_id varchar(64) NOT NULL REFERENCES core.anchor (id) ON DELETE CASCADE,
    position  integer     NOT NULL,
    category  varchar(40) NOT NULL,
    PRIMARY KEY (anchor_id, position)
);

CREATE INDEX anchor_category_idx ON core.anchor_category (lower(category));

-- Who follows whom. anchor.followers is kept equal to the count of these rows in the same transaction.
CREATE TABLE core.anchor_follow (
    anchor_id   varchar(64) NOT NULL REFERENCES core.anchor (id) ON DELETE CASCADE,
    follower_id varchar(64) NOT NULL,
    followed_at timestamptz NOT NULL,
    PRIMARY KEY (anchor_id, follower_id),
    CHECK (anchor_id <> follower_id)
);

CREATE INDEX anchor_follow_follower_idx ON core.anchor_follow (follower_id, followed_at DESC);
