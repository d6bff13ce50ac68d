package io.livemart.logistics.feedback.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A rating from 1 to 5 of a delivered order, with an optional review. */
public record FeedbackRequest(
        @NotNull UUID orderId,
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 2000) String comment) {
}
