package io.livemart.logistics.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A buyer's rating of a delivered order. */
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

    @Column(nullable = false)
    public int rating;

    public String comment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
