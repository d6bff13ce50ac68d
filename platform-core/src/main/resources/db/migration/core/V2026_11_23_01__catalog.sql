-- platform-core: the catalog. Other modules never read these tables: they ask io.livemart.core.catalog.Catalog.
CREATE SCHEMA IF NOT EXISTS core;

CREATE TABLE core.product (
    id             uuid PRIMARY KEY,
    merchant_id    varchar(64)    NOT NULL,
    name           varchar(120)   NOT NULL,
    description    varchar(2000),
    sku            varchar(64)    NOT NULL,
    price_amount   numeric(15, 2) NOT NULL CHECK (price_amount >= 0),
    price_currency char(3)        NOT NULL,
    stock          integer        NOT NULL CHECK (stock >= 0),
    version        bigint         NOT NULL DEFAULT 0,
    created_at     timestamptz    NOT NULL,
    CONSTRAINT product_sku_unique_per_store UNIQUE (merchant_id, sku)
);

CREATE INDEX product_merchant_idx ON core.product (merchant_id, created_at);
