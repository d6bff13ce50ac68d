-- platform-core: stores, products and their SKUs. Other modules never read these tables: they ask
-- io.livemart.core.catalog.Catalog.
CREATE SCHEMA IF NOT EXISTS core;

CREATE TABLE core.store (
    id          uuid PRIMARY KEY,
    merchant_id varchar(64)  NOT NULL UNIQUE,
    name        varchar(80)  NOT NULL,
    description varchar(1000),
    logo_url    varchar(500),
    created_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);

CREATE TABLE core.product (
    id          uuid PRIMARY KEY,
    store_id    uuid          NOT NULL REFERENCES core.store (id),
    merchant_id varchar(64)   NOT NULL,
    name        varchar(120)  NOT NULL,
    description varchar(4000),
    category    varchar(40)   NOT NULL,
    currency    varchar(3)       NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL DEFAULT 0
);

CREATE INDEX product_merchant_idx ON core.product (merchant_id, created_at);
CREATE INDEX product_category_idx ON core.product (category, created_at);

CREATE TABLE core.product_image (
    product_id uuid         NOT NULL REFERENCES core.product (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    url        varchar(500) NOT NULL,
    PRIMARY KEY (product_id, position)
);

CREATE TABLE core.sku (
    id           uuid PRIMARY KEY,
    product_id   uuid           NOT NULL REFERENCES core.product (id) ON DELETE CASCADE,
    merchant_id  varchar(64)    NOT NULL,
    code         varchar(64)    NOT NULL,
    attributes   jsonb          NOT NULL DEFAULT '{}',
    price_amount numeric(15, 2) NOT NULL CHECK (price_amount >= 0),
    cost_amount  numeric(15, 2) NOT NULL CHECK (cost_amount >= 0),
    stock        integer        NOT NULL CHECK (stock >= 0),
    version      bigint         NOT NULL DEFAULT 0,
    CONSTRAINT sku_code_unique_per_store UNIQUE (merchant_id, code)
);

CREATE INDEX sku_product_idx ON core.sku (product_id);
CREATE INDEX sku_price_idx ON core.sku (price_amount);
