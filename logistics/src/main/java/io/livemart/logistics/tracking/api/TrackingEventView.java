package io.livemart.logistics.tracking.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livemart.logistics.tracking.TrackingEvent;
import io.livemart.logistics.tracking.TrackingEventType;
import java.time.Instant;
import java.util.UUID;

/** One step of a parcel's timeline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackingEventView(UUID id, UUID shipmentId, String eventId, TrackingEventType type, Instant occurredAt,
        String recipientName, String photoUrl, String location, String note) {

    public static TrackingEventView of(TrackingEvent e) {
        return new TrackingEventView(e.id, e.shipmentId, e.carrierEventId, e.type, e.occurredAt, e.recipientName,
                e.photoUrl, e.location, e.note);
    }
}
