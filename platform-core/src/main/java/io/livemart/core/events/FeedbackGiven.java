package io.livemart.core.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A buyer rated a delivered order, or changed that rating. Roll-ups apply the change from {@code before}
 * (null for a new rating) to {@code after}, so an edit never counts twice.
 *
 * @param givenAt when the rating was first given: edits count on that day
 */
public record FeedbackGiven(UUID feedbackId, UUID orderId, UUID productId, String merchantId, String anchorId,
        UUID showId, Ratings before, Ratings after, Instant givenAt) {

    /** What the buyer said: the item (1-5), the merchant (1-5), and whether it was as shown in the show. */
    public record Ratings(int item, int merchant, boolean asShown) {
    }
}
