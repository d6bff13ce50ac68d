package io.livemart.logistics.tracking.api;

import io.livemart.logistics.tracking.TrackingEvent;
import io.livemart.logistics.tracking.TrackingEventType;
import java.time.Instant;
import java.util.UUID;

/** One step of a parcel's timeline. */
public record TrackingEventView(UUID id, UUID shipmentId, String eventId, TrackingEventType type, Instant occurredAt,
        String recipientName) {

    public static TrackingEventView of(TrackingEvent e) {
        return new TrackingEventView(e.id, e.shipmentId, e.carrierEventId, e.type, e.occurredAt, e.recipientName);
    }
}
