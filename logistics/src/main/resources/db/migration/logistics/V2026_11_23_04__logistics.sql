-- logistics: parcels, carriers' tracking events and buyers' feedback. Orders are referred to by id only.
CREATE SCHEMA IF NOT EXISTS logistics;

CREATE TABLE logistics.shipment (
    id              uuid PRIMARY KEY,
    merchant_id     varchar(64) NOT NULL,
    buyer_id        varchar(64) NOT NULL,
    carrier         varchar(32) NOT NULL,
    tracking_number varchar(64) NOT NULL,
    status          varchar(32) NOT NULL,
    shipped_at      timestamptz NOT NULL,
    delivered_at    timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT shipment_tracking_unique UNIQUE (carrier, tracking_number)
);

CREATE TABLE logistics.shipment_order (
    shipment_id uuid NOT NULL REFERENCES logistics.shipment (id) ON DELETE CASCADE,
    order_id    uuid NOT NULL,
    CONSTRAINT shipment_order_once UNIQUE (order_id)
);

CREATE TABLE logistics.tracking_event (
    id               uuid PRIMARY KEY,
    shipment_id      uuid         NOT NULL REFERENCES logistics.shipment (id),
    carrier          varchar(32)  NOT NULL,
    carrier_event_id varchar(100) NOT NULL,
    type             varchar(32)  NOT NULL,
    occurred_at      timestamptz  NOT NULL,
    recipient_name   varchar(120),
    received_at      timestamptz  NOT NULL,
    CONSTRAINT tracking_event_once UNIQUE (carrier, carrier_event_id)
);

CREATE INDEX tracking_event_shipment_idx ON logistics.tracking_event (shipment_id, occurred_at);

CREATE TABLE logistics.feedback (
    id          uuid PRIMARY KEY,
    order_id    uuid        NOT NULL UNIQUE,
    buyer_id    varchar(64) NOT NULL,
    product_id  uuid        NOT NULL,
    merchant_id varchar(64) NOT NULL,
    anchor_id   varchar(64) NOT NULL,
    rating      integer     NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     varchar(2000),
    created_at  timestamptz NOT NULL
);
