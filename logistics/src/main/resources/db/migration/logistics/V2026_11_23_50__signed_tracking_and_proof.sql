-- logistics: the status follows the latest carrier event by its time; deliveries keep their proof;
-- events carry the courier's photo, a location and a note (e.g. why an attempt failed).
ALTER TABLE logistics.shipment
    ADD COLUMN status_at       timestamptz,
    ADD COLUMN recipient_name  varchar(120),
    ADD COLUMN proof_photo_url varchar(500);

ALTER TABLE logistics.tracking_event
    ADD COLUMN photo_url varchar(500),
    ADD COLUMN location  varchar(120),
    ADD COLUMN note      varchar(500);

CREATE INDEX shipment_carrier_status_idx ON logistics.shipment (carrier, status);
