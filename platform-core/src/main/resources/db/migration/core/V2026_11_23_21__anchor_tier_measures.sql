-- platform-core: what the seller tiers are measured on (docs/adr/0004-seller-tiers.md).

-- Sales per anchor and UTC day, accumulated from OrderPlaced in the order's own transaction.
CREATE TABLE core.anchor_daily_sales (
    anchor_id varchar(64)    NOT NULL,
    day       date           NOT NULL,
    currency  char(3)        NOT NULL,
    gmv       numeric(17, 2) NOT NULL CHECK (gmv >= 0),
    orders    integer        NOT NULL CHECK (orders >= 0),
    units     integer        NOT NULL CHECK (units >= 0),
    PRIMARY KEY (anchor_id, day, currency)
);

-- Audience figures per show, fed by ShowFiguresRecorded (the streaming module, once it measures them).
-- Recording a show again replaces its row.
CREATE TABLE core.anchor_show_figures (
    show_id        uuid        PRIMARY KEY,
    anchor_id      varchar(64) NOT NULL,
    ended_at       timestamptz NOT NULL,
    minutes_live   bigint      NOT NULL CHECK (minutes_live >= 0),
    viewer_minutes bigint      NOT NULL CHECK (viewer_minutes >= 0),
    unique_viewers bigint      NOT NULL CHECK (unique_viewers >= 0),
    engagements    bigint      NOT NULL CHECK (engagements >= 0),
    buyers         bigint      NOT NULL CHECK (buyers >= 0),
    recorded_at    timestamptz NOT NULL
);

CREATE INDEX anchor_show_figures_window_idx ON core.anchor_show_figures (anchor_id, ended_at);
