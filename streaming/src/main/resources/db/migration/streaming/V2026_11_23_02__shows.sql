-- streaming: shows and their line-ups. Product ids point into the catalog by value only (no foreign key
-- across modules): the streaming module asks io.livemart.core.catalog.Catalog, never core's tables.
CREATE SCHEMA IF NOT EXISTS streaming;

CREATE TABLE streaming.show (
    id              uuid PRIMARY KEY,
    anchor_id       varchar(64)  NOT NULL,
    title           varchar(140) NOT NULL,
    status          varchar(16)  NOT NULL CHECK (status IN ('SCHEDULED', 'LIVE', 'ENDED')),
    janus_room_id   bigint,
    scheduled_start timestamptz,
    started_at      timestamptz,
    ended_at        timestamptz,
    created_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);

CREATE INDEX show_anchor_idx ON streaming.show (anchor_id, created_at);

CREATE TABLE streaming.show_lineup (
    show_id    uuid    NOT NULL REFERENCES streaming.show (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    product_id uuid    NOT NULL,
    PRIMARY KEY (show_id, position)
);
