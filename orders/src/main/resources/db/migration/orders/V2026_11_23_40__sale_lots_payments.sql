-- Sale lots: every batch of units moved into a live counter (a show's line-up SKU when it goes live, or a
-- flash sale), with how many units were allocated and how many went back to the stock of record. This is
-- the record that the Redis counters are reconciled against and rebuilt from.
CREATE TABLE orders.sale_lot (
    id              uuid PRIMARY KEY,
    show_id         uuid           NOT NULL,
    anchor_id       varchar(64)    NOT NULL,
    sku_id          uuid           NOT NULL,
    product_id      uuid           NOT NULL,
    kind            varchar(16)    NOT NULL,
    status          varchar(16)    NOT NULL,
    allocated       integer        NOT NULL CHECK (allocated >= 0),
    returned        integer        NOT NULL DEFAULT 0 CHECK (returned >= 0),
    per_buyer_limit integer        NOT NULL CHECK (per_buyer_limit > 0),
    unit_amount     numeric(15, 2),
    currency        char(3),
    opened_at       timestamptz    NOT NULL,
    ends_at         timestamptz,
    closed_at       timestamptz,
    close_reason    varchar(32),
    version         bigint         NOT NULL DEFAULT 0
);
CREATE INDEX sale_lot_show_idx ON orders.sale_lot (show_id, sku_id, status);
-- At most one open flash sale per SKU and show, and one line-up lot per SKU and show.
CREATE UNIQUE INDEX sale_lot_one_open_flash ON orders.sale_lot (show_id, sku_id) WHERE kind = 'FLASH' AND status = 'OPEN';
CREATE UNIQUE INDEX sale_lot_one_lineup ON orders.sale_lot (show_id, sku_id) WHERE kind = 'LINEUP';

-- Orders: the lot their units came from, their reservation's expiry, payment and refund, and the show's
-- marketing modes at the time of the order (empty until the streaming module publishes them).
ALTER TABLE orders.customer_order
    ADD COLUMN lot_id            uuid,
    ADD COLUMN marketing_modes   varchar(300) NOT NULL DEFAULT '',
    ADD COLUMN reserved_until    timestamptz,
    ADD COLUMN payment_provider  varchar(32),
    ADD COLUMN payment_reference varchar(100),
    ADD COLUMN paid_at           timestamptz,
    ADD COLUMN refund_status     varchar(16),
    ADD COLUMN refund_reference  varchar(100),
    ADD COLUMN refunded_at       timestamptz,
    ADD COLUMN closed_at         timestamptz,
    ADD COLUMN close_reason      varchar(200);
CREATE INDEX order_lot_idx ON orders.customer_order (lot_id);
CREATE INDEX order_expiry_idx ON orders.customer_order (reserved_until) WHERE status = 'AWAITING_PAYMENT';
CREATE UNIQUE INDEX order_payment_reference_unique ON orders.customer_order (payment_provider, payment_reference);

-- Payment provider callbacks, each handled once: a replay with the same body is answered again, a replay
-- with another body is refused.
CREATE TABLE orders.payment_event (
    provider     varchar(32)  NOT NULL,
    event_id     varchar(100) NOT NULL,
    body_digest  char(64)     NOT NULL,
    order_id     uuid         NOT NULL,
    type         varchar(40)  NOT NULL,
    outcome      varchar(40)  NOT NULL,
    received_at  timestamptz  NOT NULL,
    PRIMARY KEY (provider, event_id)
);
