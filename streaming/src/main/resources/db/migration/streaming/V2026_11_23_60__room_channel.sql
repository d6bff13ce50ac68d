-- streaming: the room's real-time channel. What must outlive Redis is kept here: gifts (sponsorship income of
-- the show and its anchor) and lotteries (entrants, seed and winners, so that anyone can recompute a draw).
-- Comments, likes, presence and moderation state live in Redis for the length of a show (ADR 0011).

CREATE TABLE streaming.gift (
    code       varchar(32)    PRIMARY KEY,
    name       varchar(64)    NOT NULL,
    price      numeric(15, 2) NOT NULL CHECK (price > 0),
    currency   char(3)        NOT NULL,
    position   integer        NOT NULL
);

INSERT INTO streaming.gift (code, name, price, currency, position) VALUES
    ('rose',    'Rose',        0.10, 'EUR', 1),
    ('tea',     'Cup of tea',  1.00, 'EUR', 2),
    ('rocket',  'Rocket',     10.00, 'EUR', 3),
    ('castle',  'Castle',     50.00, 'EUR', 4);

-- One row per gift sent: the show's and the anchor's sponsorship income. Prices are copied at the time sent.
CREATE TABLE streaming.gift_sent (
    id         uuid           PRIMARY KEY,
    show_id    uuid           NOT NULL REFERENCES streaming.show (id),
    anchor_id  varchar(64)    NOT NULL,
    sender_id  varchar(64)    NOT NULL,
    gift_code  varchar(32)    NOT NULL REFERENCES streaming.gift (code),
    quantity   integer        NOT NULL CHECK (quantity > 0),
    unit_price numeric(15, 2) NOT NULL,
    total      numeric(15, 2) NOT NULL,
    currency   char(3)        NOT NULL,
    sent_at    timestamptz    NOT NULL
);
CREATE INDEX gift_sent_show ON streaming.gift_sent (show_id);
CREATE INDEX gift_sent_anchor ON streaming.gift_sent (anchor_id, sent_at);

CREATE TABLE streaming.lottery (
    id            uuid         PRIMARY KEY,
    show_id       uuid         NOT NULL REFERENCES streaming.show (id),
    anchor_id     varchar(64)  NOT NULL,
    rule          varchar(16)  NOT NULL CHECK (rule IN ('KEYWORD', 'FOLLOWS')),
    keyword       varchar(64),
    winners_count integer      NOT NULL CHECK (winners_count BETWEEN 1 AND 100),
    status        varchar(8)   NOT NULL CHECK (status IN ('OPEN', 'DRAWN')),
    seed          char(64)     NOT NULL,
    seed_hash     char(64)     NOT NULL,
    opened_at     timestamptz  NOT NULL,
    drawn_at      timestamptz,
    CHECK (rule <> 'KEYWORD' OR keyword IS NOT NULL)
);
-- At most one open lottery per show.
CREATE UNIQUE INDEX lottery_open_per_show ON streaming.lottery (show_id) WHERE status = 'OPEN';

CREATE TABLE streaming.lottery_entrant (
    lottery_id uuid        NOT NULL REFERENCES streaming.lottery (id) ON DELETE CASCADE,
    user_id    varchar(64) NOT NULL,
    user_name  varchar(128),
    entered_at timestamptz NOT NULL,
    PRIMARY KEY (lottery_id, user_id)
);

CREATE TABLE streaming.lottery_winner (
    lottery_id uuid        NOT NULL REFERENCES streaming.lottery (id) ON DELETE CASCADE,
    position   integer     NOT NULL,
    user_id    varchar(64) NOT NULL,
    user_name  varchar(128),
    PRIMARY KEY (lottery_id, position)
);
