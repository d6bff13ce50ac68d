package io.livemart.logistics.tracking.api;

import io.livemart.logistics.tracking.TrackingEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What a carrier posts about one of its parcels. {@code recipientName} is the proof of a delivery. */
public record TrackingEventRequest(
        @NotBlank @Size(max = 100) String eventId,
        @NotBlank @Size(max = 64) String trackingNumber,
        @NotNull TrackingEventType type,
        @NotNull @PastOrPresent Instant occurredAt,
        @Size(max = 120) String recipientName) {
}
