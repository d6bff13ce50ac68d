package io.livemart.logistics.feedback.api;

import io.livemart.logistics.feedback.Feedback;
import java.time.Instant;
import java.util.UUID;

/** Feedback as the API shows it; {@code editableUntil} tells the buyer how long it may still be changed. */
public record FeedbackView(UUID id, UUID orderId, UUID productId, UUID showId, int rating, String comment,
        int merchantRating, boolean asShown, Instant createdAt, Instant updatedAt, Instant editableUntil) {

    public static FeedbackView of(Feedback f, Instant editableUntil) {
        return new FeedbackView(f.id, f.orderId, f.productId, f.showId, f.rating, f.comment, f.merchantRating, f.asShown,
                f.createdAt, f.updatedAt, editableUntil);
    }
}
