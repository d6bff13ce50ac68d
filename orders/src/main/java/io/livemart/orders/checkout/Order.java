package io.livemart.orders.checkout;

import io.livemart.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A buyer's order of one product in one show, attributed to the show and its anchor. */
@Entity(name = "CustomerOrder")
@Table(schema = "orders", name = "customer_order")
public class Order {

    @Id
    public UUID id;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "show_id", nullable = false)
    public UUID showId;

    @Column(name = "anchor_id", nullable = false)
    public String anchorId;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(name = "sku_id", nullable = false)
    public UUID skuId;

    @Column(name = "sku_code", nullable = false)
    public String skuCode;

    /** What the buyer saw: the product's name and the variant. */
    @Column(name = "product_name", nullable = false)
    public String productName;

    /** The anchor's commission in percent, as agreed in its selection when the order was placed. */
    @Column(name = "commission_rate", nullable = false)
    public BigDecimal commissionRate;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_amount", nullable = false)
    public BigDecimal unitAmount;

    @Column(name = "total_amount", nullable = false)
    public BigDecimal totalAmount;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false)
    public PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    /** A digest of the request that created the order, to tell a retry from a different request with the same key. */
    @Column(name = "request_fingerprint", nullable = false)
    public String requestFingerprint;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The sale lot (line-up or flash sale) whose units this order holds. */
    @Column(name = "lot_id")
    public UUID lotId;

    /**
     * The show's marketing modes when the order was placed, comma-separated, for attribution. Filled from an empty
     * list until the streaming module publishes a show's modes (see ADR 0010).
     */
    @Column(name = "marketing_modes", nullable = false)
    public String marketingModes = "";

    /** Until when the units stay reserved for an order awaiting online payment. */
    @Column(name = "reserved_until")
    public Instant reservedUntil;

    @Column(name = "payment_provider")
    public String paymentProvider;

    @Column(name = "payment_reference")
    public String paymentReference;

    /** When the money arrived: online payment, cash on delivery when delivered, or at pick-up. */
    @Column(name = "paid_at")
    public Instant paidAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "refund_status")
    public RefundStatus refundStatus;

    @Column(name = "refund_reference")
    public String refundReference;

    @Column(name = "refunded_at")
    public Instant refundedAt;

    /** When and why the order was cancelled or expired. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "close_reason")
    public String closeReason;

    @Version
    public long version;

    /** Moves the order on, refusing transitions the state machine does not allow. */
    public void moveTo(OrderStatus next) {
        status = status.next(next);
        updatedAt = Instant.now();
    }

    public OrderSnapshot snapshot() {
        Money total = new Money(totalAmount, currency);
        boolean collect = paymentMethod == PaymentMethod.CASH_ON_DELIVERY && paidAt == null;
        return new OrderSnapshot(id, buyerId, merchantId, showId, anchorId, productId, quantity, status, skuCode,
                productName, total, collect ? total : null);
    }
}
