package io.livemart.logistics.shipment.api;

import io.livemart.logistics.shipment.Shipment;
import io.livemart.logistics.shipment.ShipmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A parcel as the API shows it. */
public record ShipmentView(UUID id, List<UUID> orderIds, String carrier, String trackingNumber, ShipmentStatus status,
        Instant statusAt, Instant shippedAt, Instant deliveredAt, String recipientName, String proofPhotoUrl) {

    public static ShipmentView of(Shipment s) {
        return new ShipmentView(s.id, List.copyOf(s.orderIds), s.carrier, s.trackingNumber, s.status, s.statusAt,
                s.shippedAt, s.deliveredAt, s.recipientName, s.proofPhotoUrl);
    }
}
