package io.livemart.logistics.feedback.api;

import io.livemart.logistics.feedback.Feedback;
import java.time.Instant;
import java.util.UUID;

/** A rating as the API shows it. */
public record FeedbackView(UUID id, UUID orderId, UUID productId, int rating, String comment, Instant createdAt) {

    public static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id, f.orderId, f.productId, f.rating, f.comment, f.createdAt);
    }
}
