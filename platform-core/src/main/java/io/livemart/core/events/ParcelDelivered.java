package io.livemart.core.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The carrier reported a parcel delivered, with the name of who received it. */
public record ParcelDelivered(UUID shipmentId, List<UUID> orderIds, Instant deliveredAt, String recipientName) {
}
