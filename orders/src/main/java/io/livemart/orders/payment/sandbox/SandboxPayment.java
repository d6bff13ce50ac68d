package io.livemart.orders.payment.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A checkout started at the sandbox, the FAKE payment provider (no money moves): what is to be paid, and what the
 * buyer decided on the sandbox's page. {@code eventId} and {@code decidedAt} make the callback of a decision the same
 * bytes every time it is posted.
 */
@Entity
@Table(schema = "orders", name = "sandbox_payment")
public class SandboxPayment {

    public enum Status {
        OPEN, SUCCEEDED, FAILED
    }

    @Id
    public String reference;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The id of the callback event of the last decision. */
    @Column(name = "event_id")
    public String eventId;

    /** What LiveMart answered to that callback (e.g. "paid"), once it was delivered. */
    @Column
    public String outcome;
}
