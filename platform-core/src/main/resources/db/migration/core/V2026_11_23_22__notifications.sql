-- platform-core: the in-app notifications inbox. One row per recipient; only the recipient reads them.
CREATE TABLE core.notification (
    id              uuid         PRIMARY KEY,
    recipient_id    varchar(64)  NOT NULL,
    kind            varchar(32)  NOT NULL CHECK (kind IN ('SHOW_SCHEDULED', 'SHOW_STARTED')),
    anchor_id       varchar(64)  NOT NULL,
    anchor_name     varchar(60),
    show_id         uuid         NOT NULL,
    show_title      varchar(200) NOT NULL,
    scheduled_start timestamptz,
    created_at      timestamptz  NOT NULL,
    read_at         timestamptz
);

CREATE INDEX notification_inbox_idx ON core.notification (recipient_id, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON core.notification (recipient_id) WHERE read_at IS NULL;
