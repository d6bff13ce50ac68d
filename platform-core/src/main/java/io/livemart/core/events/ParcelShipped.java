package io.livemart.core.events;

import java.util.List;
import java.util.UUID;

/** A merchant handed a parcel holding these orders to a carrier. */
public record ParcelShipped(UUID shipmentId, List<UUID> orderIds, String carrier, String trackingNumber) {
}
