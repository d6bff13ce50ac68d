package io.livemart.logistics.tracking;

import io.livemart.logistics.shipment.ShipmentStatus;

/** What a carrier can report, and the parcel status each one means. */
public enum TrackingEventType {
    PICKED_UP(ShipmentStatus.PICKED_UP),
    IN_TRANSIT(ShipmentStatus.IN_TRANSIT),
    OUT_FOR_DELIVERY(ShipmentStatus.OUT_FOR_DELIVERY),
    DELIVERY_FAILED(ShipmentStatus.DELIVERY_FAILED),
    DELIVERED(ShipmentStatus.DELIVERED),
    RETURNED_TO_SENDER(ShipmentStatus.RETURNED_TO_SENDER);

    public final ShipmentStatus status;

    TrackingEventType(ShipmentStatus status) {
        this.status = status;
    }
}
