-- platform-core: merchants' offers of products to anchors, and anchors' selections, with the commission.
CREATE TABLE core.offer (
    id              uuid PRIMARY KEY,
    product_id      uuid          NOT NULL REFERENCES core.product (id),
    merchant_id     varchar(64)   NOT NULL,
    commission_rate numeric(5, 2) NOT NULL CHECK (commission_rate BETWEEN 0 AND 100),
    created_at      timestamptz   NOT NULL,
    withdrawn_at    timestamptz,
    version         bigint        NOT NULL DEFAULT 0
);

-- At most one live offer per product.
CREATE UNIQUE INDEX offer_active_per_product ON core.offer (product_id) WHERE withdrawn_at IS NULL;
CREATE INDEX offer_merchant_idx ON core.offer (merchant_id, created_at);

CREATE TABLE core.offer_anchor (
    offer_id  uuid        NOT NULL REFERENCES core.offer (id) ON DELETE CASCADE,
    anchor_id varchar(64) NOT NULL,
    PRIMARY KEY (offer_id, anchor_id)
);

CREATE INDEX offer_anchor_anchor_idx ON core.offer_anchor (anchor_id);

CREATE TABLE core.selection_item (
    id              uuid PRIMARY KEY,
    anchor_id       varchar(64)   NOT NULL,
    product_id      uuid          NOT NULL REFERENCES core.product (id),
    offer_id        uuid          NOT NULL REFERENCES core.offer (id),
    merchant_id     varchar(64)   NOT NULL,
    commission_rate numeric(5, 2) NOT NULL,
    added_at        timestamptz   NOT NULL,
    CONSTRAINT selection_once_per_product UNIQUE (anchor_id, product_id)
);
