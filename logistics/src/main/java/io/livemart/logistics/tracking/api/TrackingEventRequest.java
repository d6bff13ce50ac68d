package io.livemart.logistics.tracking.api;

import io.livemart.core.validation.HttpUrl;
import io.livemart.logistics.tracking.TrackingEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What a carrier posts about one of its parcels. A delivery carries its proof: who received the parcel and
 * the courier's photo; the location is optional.
 */
public record TrackingEventRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and . _ : - only") String eventId,
        @NotBlank @Size(max = 64) String trackingNumber,
        @NotNull TrackingEventType type,
        @NotNull Instant occurredAt,
        @Size(max = 120) String recipientName,
        @HttpUrl String photoUrl,
        @Size(max = 120) String location,
        @Size(max = 500) String note) {
}
