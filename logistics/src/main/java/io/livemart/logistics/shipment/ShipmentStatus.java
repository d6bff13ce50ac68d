package io.livemart.logistics.shipment;

/** Where a parcel is, as its carrier last told us (by event time). Delivered and returned are final. */
public enum ShipmentStatus {
    SHIPPED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_FAILED, DELIVERED, RETURNED_TO_SENDER;

    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED_TO_SENDER;
    }
}
