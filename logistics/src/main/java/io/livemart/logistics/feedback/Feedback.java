package io.livemart.logistics.feedback;

import io.livemart.core.events.FeedbackGiven;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A buyer's rating of a delivered order: the item, the merchant, and whether it was as shown. */
@Entity
@Table(schema = "logistics", name = "feedback")
public class Feedback {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false, unique = true)
    public UUID orderId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(name = "anchor_id", nullable = false)
    public String anchorId;

    @Column(name = "show_id", nullable = false)
    public UUID showId;

    /** The item, 1 to 5. */
    @Column(nullable = false)
    public int rating;

    public String comment;

    /** The merchant (packing, speed, contact), 1 to 5. */
    @Column(name = "merchant_rating", nullable = false)
    public int merchantRating;

    /** Was the item as shown in the show? */
    @Column(name = "as_shown", nullable = false)
    public boolean asShown;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public FeedbackGiven.Ratings ratings() {
        return new FeedbackGiven.Ratings(rating, merchantRating, asShown);
    }
}
