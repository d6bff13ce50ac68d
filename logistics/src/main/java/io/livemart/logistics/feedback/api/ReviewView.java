package io.livemart.logistics.feedback.api;

import io.livemart.logistics.feedback.Feedback;
import java.time.Instant;

/** A product review as anyone may read it: no buyer's identity. */
public record ReviewView(int rating, String comment, boolean asShown, Instant createdAt) {

    public static ReviewView of(Feedback f) {
        return new ReviewView(f.rating, f.comment, f.asShown, f.createdAt);
    }
}
