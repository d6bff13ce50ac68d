package io.livemart.logistics.feedback.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A buyer's feedback on a delivered order: the item from 1 to 5 with an optional review, the merchant from
 * 1 to 5, and whether the item was as shown in the show. For an edit, {@code orderId} is ignored.
 */
public record FeedbackRequest(
        UUID orderId,
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 2000) String comment,
        @NotNull @Min(1) @Max(5) Integer merchantRating,
        @NotNull Boolean asShown) {
}
