-- logistics: a parcel's row is updated by every carrier event that moves it (four to six times in its life). With its
-- status in an index, each of those updates wrote a new entry into every index of the table; without it, and with room
-- left in each page, PostgreSQL updates the row in place (a HOT update) and touches no index (ADR 0022). The index did
-- not serve its only query, a carrier's parcels still on their way (status NOT IN the final ones), which reads all of the
-- carrier's parcels either way: through (carrier, tracking_number) now.
DROP INDEX IF EXISTS logistics.shipment_carrier_status_idx;
ALTER TABLE logistics.shipment SET (fillfactor = 70);
