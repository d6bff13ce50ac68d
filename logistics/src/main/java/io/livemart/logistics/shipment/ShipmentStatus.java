package io.livemart.logistics.shipment;

/** Where a parcel is, as far as its carrier has told us. Moves forward only. */
public enum ShipmentStatus {
    SHIPPED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED;

    public boolean isBefore(ShipmentStatus other) {
        return ordinal() < other.ordinal();
    }
}
