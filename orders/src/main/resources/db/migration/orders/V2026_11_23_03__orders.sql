-- orders: what buyers ordered. Show, product, SKU, anchor and merchant are referred to by value only:
-- this module asks the streaming and catalog modules through their published interfaces.
CREATE SCHEMA IF NOT EXISTS orders;

CREATE TABLE orders.customer_order (
    id                  uuid PRIMARY KEY,
    buyer_id            varchar(64)    NOT NULL,
    show_id             uuid           NOT NULL,
    anchor_id           varchar(64)    NOT NULL,
    merchant_id         varchar(64)    NOT NULL,
    product_id          uuid           NOT NULL,
    sku_id              uuid           NOT NULL,
    sku_code            varchar(64)    NOT NULL,
    product_name        varchar(300)   NOT NULL,
    commission_rate     numeric(5, 2)  NOT NULL,
    quantity            integer        NOT NULL CHECK (quantity > 0),
    unit_amount         numeric(15, 2) NOT NULL,
    total_amount        numeric(15, 2) NOT NULL,
    currency            varchar(3)        NOT NULL,
    payment_method      varchar(32)    NOT NULL,
    status              varchar(32)    NOT NULL,
    idempotency_key     varchar(100)   NOT NULL,
    request_fingerprint varchar(64)       NOT NULL,
    created_at          timestamptz    NOT NULL,
    updated_at          timestamptz    NOT NULL,
    version             bigint         NOT NULL DEFAULT 0,
    CONSTRAINT order_idempotency_unique UNIQUE (buyer_id, idempotency_key)
);

CREATE INDEX order_buyer_idx ON orders.customer_order (buyer_id, created_at);
CREATE INDEX order_merchant_idx ON orders.customer_order (merchant_id, status);
CREATE INDEX order_show_idx ON orders.customer_order (show_id);
