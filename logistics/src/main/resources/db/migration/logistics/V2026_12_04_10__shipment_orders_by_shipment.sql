-- logistics: a parcel's orders are looked up by the parcel (a delivery moves them on, the packing slip lists them);
-- without this index every such lookup read the whole table (ADR 0021).
CREATE INDEX shipment_order_shipment_idx ON logistics.shipment_order (shipment_id);
